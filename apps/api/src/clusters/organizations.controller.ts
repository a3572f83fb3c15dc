import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OrganizationsService } from '@hamkar/clusters';
import { UuidParam } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { CreateOrganizationDto } from './dto';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  create(@UserId() userId: string, @Body() dto: CreateOrganizationDto) {
    return this.organizations.create(userId, dto);
  }

  /** The caller's own organizations (the ones it may act for). */
  @Get()
  async mine(@UserId() userId: string) {
    return { items: await this.organizations.ofUser(userId), nextCursor: null };
  }

  @Get(':id')
  get(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.organizations.getVisible(userId, id);
  }
}
