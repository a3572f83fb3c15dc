import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganizationsService } from '@hamkar/clusters';
import { UuidParam } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { CreateOrganizationDto } from './dto';
import { OrganizationPage, OrganizationView } from './views';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganizationView })
  create(@UserId() userId: string, @Body() dto: CreateOrganizationDto): Promise<OrganizationView> {
    return this.organizations.create(userId, dto);
  }

  /** The caller's own organizations (the ones it may act for). */
  @Get()
  @ApiOkResponse({ type: OrganizationPage })
  async mine(@UserId() userId: string): Promise<OrganizationPage> {
    return { items: await this.organizations.ofUser(userId), nextCursor: null };
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationView })
  get(@UserId() userId: string, @UuidParam('id') id: string): Promise<OrganizationView> {
    return this.organizations.getVisible(userId, id);
  }
}
