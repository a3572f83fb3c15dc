import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessPolicy,
  AuditLog,
  CLUSTER_ROLES,
  PERMISSIONS,
  ClustersService,
  InvitationsService,
  MembershipsService,
  OrganizationsService,
} from '@hamkar/clusters';
import { PageQuery, pageLimit, UuidParam } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { ChangeRoleDto, CreateClusterDto, CreateInvitationDto, UpdateClusterDto } from './dto';

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

  /** Name, sector, region, description and the cluster's language (admins). */
  @Patch(':clusterId')
  update(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: UpdateClusterDto) {
    return this.clusters.update(userId, clusterId, dto);
  }

  @Post(':clusterId/invitations')
  @RateLimited('invite')
  invite(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateInvitationDto) {
    return this.invitations.invite(userId, clusterId, dto);
  }

  /** Invitations still waiting for an answer (admins and agents). */
  @Get(':clusterId/invitations')
  async pendingInvitations(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return { items: await this.invitations.pending(userId, clusterId), nextCursor: null };
  }

  @Get(':clusterId/members')
  async members(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return { items: await this.memberships.list(userId, clusterId), nextCursor: null };
  }

  @Patch(':clusterId/members/:userId')
  changeRole(
    @UserId() callerId: string,
    @UuidParam('clusterId') clusterId: string,
    @UuidParam('userId') userId: string,
    @Body() dto: ChangeRoleDto,
  ) {
    return this.memberships.changeRole(callerId, clusterId, userId, dto.role);
  }

  @Delete(':clusterId/members/:userId')
  @HttpCode(204)
  async remove(@UserId() callerId: string, @UuidParam('clusterId') clusterId: string, @UuidParam('userId') userId: string) {
    await this.memberships.remove(callerId, clusterId, userId);
  }

  /** The caller's role, organization and allowed actions here, from the one permission table. */
  @Get(':clusterId/permissions')
  @ApiOkResponse({
    description:
      "The caller's role, the organization it acts for in this cluster, and every action its role allows (from the one permission table).",
    schema: {
      type: 'object',
      required: ['role', 'organizationId', 'actions'],
      properties: {
        role: { type: 'string', enum: [...CLUSTER_ROLES] },
        organizationId: { type: 'string', format: 'uuid', nullable: true },
        actions: { type: 'array', items: { type: 'string', enum: Object.keys(PERMISSIONS) }, example: ['cluster.read', 'message.post'] },
      },
    },
  })
  permissions(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.policy.permissionsOf(userId, clusterId);
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
