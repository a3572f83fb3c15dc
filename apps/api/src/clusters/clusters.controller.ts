import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessPolicy, AuditLog, ClustersService, InvitationsService, MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { PageQuery, pageLimit, UuidParam } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { ChangeRoleDto, CreateClusterDto, CreateInvitationDto } from './dto';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('clusters')
export class ClustersController {
  constructor(
    private readonly clusters: ClustersService,
    private readonly memberships: MembershipsService,
    private readonly invitations: InvitationsService,
    private readonly organizations: OrganizationsService,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  create(@UserId() userId: string, @Body() dto: CreateClusterDto) {
    return this.clusters.create(userId, dto);
  }

  @Get()
  async mine(@UserId() userId: string) {
    return { items: await this.clusters.mine(userId), nextCursor: null };
  }

  @Get(':clusterId')
  get(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.clusters.get(userId, clusterId);
  }

  @Post(':clusterId/invitations')
  @RateLimited('invite')
  invite(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateInvitationDto) {
    return this.invitations.invite(userId, clusterId, dto);
  }

  @Get(':clusterId/members')
  async members(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return { items: await this.memberships.list(userId, clusterId), nextCursor: null };
  }

  @Patch(':clusterId/members/:userId')
  changeRole(@UserId() callerId: string, @UuidParam('clusterId') clusterId: string, @UuidParam('userId') userId: string, @Body() dto: ChangeRoleDto) {
    return this.memberships.changeRole(callerId, clusterId, userId, dto.role);
  }

  @Delete(':clusterId/members/:userId')
  @HttpCode(204)
  async remove(@UserId() callerId: string, @UuidParam('clusterId') clusterId: string, @UuidParam('userId') userId: string) {
    await this.memberships.remove(callerId, clusterId, userId);
  }

  /** Organizations taking part in the cluster. */
  @Get(':clusterId/organizations')
  async clusterOrganizations(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    await this.policy.authorize(userId, clusterId, 'cluster.read');
    return { items: await this.organizations.inCluster(clusterId), nextCursor: null };
  }

  @Get(':clusterId/audit')
  async auditLog(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() page: PageQuery) {
    await this.policy.authorize(userId, clusterId, 'cluster.audit');
    return this.audit.list(clusterId, pageLimit(page), page.cursor);
  }
}
