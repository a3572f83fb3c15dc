import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { UsersService } from '@hamkar/identity';
import { UserId } from './current-user.decorator';
import { UpdateMeDto } from './dto';

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
  async me(@UserId() userId: string) {
    const [user, memberships, organizations] = await Promise.all([this.users.get(userId), this.memberships.ofUser(userId), this.organizations.ofUser(userId)]);
    return { ...user, memberships, organizations: organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })) };
  }

  @Patch()
  update(@UserId() userId: string, @Body() dto: UpdateMeDto) {
    return this.users.update(userId, dto);
  }
}
