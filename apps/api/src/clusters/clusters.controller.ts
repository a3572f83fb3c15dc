import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessPolicy, AuditLog, ClustersService, InvitationsService, MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { PageQuery, pageLimit, UuidParam } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { ChangeRoleDto, CreateClusterDto, CreateInvitationDto, UpdateClusterDto } from './dto';
import {
  AuditPage,
  ClusterPage,
  ClusterView,
  CreatedInvitationView,
  MemberPage,
  MemberView,
  OrganizationPage,
  PendingInvitationPage,
  PermissionsView,
} from './views';

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
  @ApiCreatedResponse({ type: ClusterView })
  create(@UserId() userId: string, @Body() dto: CreateClusterDto): Promise<ClusterView> {
    return this.clusters.create(userId, dto);
  }

  @Get()
  @ApiOkResponse({ type: ClusterPage })
  async mine(@UserId() userId: string): Promise<ClusterPage> {
    return { items: await this.clusters.mine(userId), nextCursor: null };
  }

  @Get(':clusterId')
  @ApiOkResponse({ type: ClusterView })
  get(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<ClusterView> {
    return this.clusters.get(userId, clusterId);
  }

  /** Name, sector, region, description and the cluster's language (admins). */
  @Patch(':clusterId')
  @ApiOkResponse({ type: ClusterView })
  update(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: UpdateClusterDto): Promise<ClusterView> {
    return this.clusters.update(userId, clusterId, dto);
  }

  @Post(':clusterId/invitations')
  @RateLimited('invite')
  @ApiCreatedResponse({ type: CreatedInvitationView })
  invite(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<CreatedInvitationView> {
    return this.invitations.invite(userId, clusterId, dto);
  }

  /** Invitations still waiting for an answer (admins and agents). */
  @Get(':clusterId/invitations')
  @ApiOkResponse({ type: PendingInvitationPage })
  async pendingInvitations(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<PendingInvitationPage> {
    return { items: await this.invitations.pending(userId, clusterId), nextCursor: null };
  }

  @Get(':clusterId/members')
  @ApiOkResponse({ type: MemberPage })
  async members(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<MemberPage> {
    return { items: await this.memberships.list(userId, clusterId), nextCursor: null };
  }

  @Patch(':clusterId/members/:userId')
  @ApiOkResponse({ type: MemberView })
  changeRole(
    @UserId() callerId: string,
    @UuidParam('clusterId') clusterId: string,
    @UuidParam('userId') userId: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<MemberView> {
    return this.memberships.changeRole(callerId, clusterId, userId, dto.role);
  }

  @Delete(':clusterId/members/:userId')
  @HttpCode(204)
  async remove(@UserId() callerId: string, @UuidParam('clusterId') clusterId: string, @UuidParam('userId') userId: string): Promise<void> {
    await this.memberships.remove(callerId, clusterId, userId);
  }

  /** The caller's role, organization and allowed actions here, from the one permission table. */
  @Get(':clusterId/permissions')
  @ApiOkResponse({ type: PermissionsView })
  permissions(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<PermissionsView> {
    return this.policy.permissionsOf(userId, clusterId);
  }

  /** Organizations taking part in the cluster. */
  @Get(':clusterId/organizations')
  @ApiOkResponse({ type: OrganizationPage })
  async clusterOrganizations(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<OrganizationPage> {
    await this.policy.authorize(userId, clusterId, 'cluster.read');
    return { items: await this.organizations.inCluster(clusterId), nextCursor: null };
  }

  @Get(':clusterId/audit')
  @ApiOkResponse({ type: AuditPage })
  // PageQuery lives in libs/common, which stays free of swagger (see notifications.controller.ts).
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: "The previous page's nextCursor." })
  async auditLog(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() page: PageQuery): Promise<AuditPage> {
    await this.policy.authorize(userId, clusterId, 'cluster.audit');
    return this.audit.list(clusterId, pageLimit(page), page.cursor);
  }
}
