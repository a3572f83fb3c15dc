import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { UsersService } from '@hamkar/identity';
import { UserId } from './current-user.decorator';
import { UpdateMeDto } from './dto';
import { MeView, UserView } from './views';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeView })
  async me(@UserId() userId: string): Promise<MeView> {
    const [user, memberships, organizations] = await Promise.all([
      this.users.get(userId),
      this.memberships.ofUser(userId),
      this.organizations.ofUser(userId),
    ]);
    return { ...user, memberships, organizations: organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })) };
  }

  @Patch()
  @ApiOkResponse({ type: UserView })
  update(@UserId() userId: string, @Body() dto: UpdateMeDto): Promise<UserView> {
    return this.users.update(userId, dto);
  }
}
