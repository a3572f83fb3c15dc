import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Forbidden, Gone, NotFound } from '@hamkar/common';
import { newSecret, sha256, UsersService } from '@hamkar/identity';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { AccessPolicy, notInCluster } from './access/access-policy';
import { AuditLog } from './audit-log';
import { Cluster } from './cluster.entity';
import { Invitation } from './invitation.entity';
import { invitationMail } from './invitation-mail';
import { ClusterRole } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { OrganizationMember } from './organization-member.entity';

const INVITATION_TTL_DAYS = 14;

export interface NewInvitation {
  email: string;
  role: ClusterRole;
  organizationId?: string;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The token is returned once, here, and mailed; only its hash is kept. */
  async invite(callerId: string, clusterId: string, input: NewInvitation) {
    return this.dataSource.transaction(async (manager) => {
      const caller = await this.policy.authorize(callerId, clusterId, 'members.invite', 'cluster', manager);
      // Agents bring people in; only admins hand out admin seats.
      if (input.role === 'admin' && caller.role !== 'admin')
        throw new Forbidden('Only admins may invite admins', { code: 'invitation.admin-only' });
      if (input.organizationId) await this.requireSeatGranter(manager, callerId, clusterId, input.organizationId);
      const token = newSecret();
      const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000);
      const email = input.email.trim().toLowerCase();
      const invitation = await manager.save(
        Invitation,
        manager.create(Invitation, {
          clusterId,
          email,
          role: input.role,
          organizationId: input.organizationId ?? null,
          tokenHash: sha256(token),
          invitedBy: callerId,
          expiresAt,
        }),
      );
      const cluster = await manager.findOneByOrFail(Cluster, { id: clusterId });
      // The web client routes by the hash, so the link opens the acceptance screen whatever serves the page.
      const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/#/invitations/${token}`;
      const mail = invitationMail(cluster.defaultLocale, cluster.name, input.role, link, expiresAt);
      await this.outbox.add(manager, {
        queue: Queues.mail,
        name: 'send',
        jobId: `invitation-${invitation.id}`,
        data: { to: email, kind: 'invitation', ...mail },
      });
      await this.audit.record(manager, {
        clusterId,
        actorId: callerId,
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: invitation.id,
        data: { email, role: input.role },
      });
      return { id: invitation.id, token, expiresAt, clusterId, email, role: input.role, organizationId: invitation.organizationId };
    });
  }

  /** Invitations not yet accepted and not expired, newest first, for those who may invite. */
  async pending(callerId: string, clusterId: string) {
    await this.policy.authorize(callerId, clusterId, 'members.invite');
    const rows = await this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.cluster_id = :clusterId AND i.accepted_at IS NULL AND i.expires_at > now()', { clusterId })
      .orderBy('i.created_at', 'DESC')
      .limit(500)
      .getMany();
    return rows.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      organizationId: i.organizationId,
      invitedBy: i.invitedBy,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    }));
  }

  async accept(userId: string, token: string, organizationId?: string) {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFound('invitation');
      if (invitation.acceptedAt) throw new Gone('This invitation has already been used', { code: 'invitation.used' });
      if (invitation.expiresAt.getTime() <= Date.now()) throw new Gone('This invitation has expired', { code: 'invitation.expired' });
      const user = await this.users.contact(userId, manager);
      if (!user) throw new NotFound('user');
      if (user.emailNormalized !== invitation.email)
        throw new Forbidden('This invitation was sent to another email address', { code: 'invitation.other-email' });
      const orgId = organizationId ?? invitation.organizationId;
      // Naming another organization than the invitation's needs a seat there already; the invitation's own is the seat it grants.
      if (organizationId && organizationId !== invitation.organizationId) await this.policy.requireActsFor(userId, organizationId, manager);
      else if (invitation.organizationId) {
        // Asked again at acceptance: the seat is the inviter's to give only while they still administer the organization there.
        await this.requireSeatGranter(manager, invitation.invitedBy, invitation.clusterId, invitation.organizationId);
        await manager
          .createQueryBuilder()
          .insert()
          .into(OrganizationMember)
          .values({ organizationId: invitation.organizationId, userId, role: 'member' })
          .orIgnore()
          .execute();
      }
      const membership = await this.memberships.admit(manager, invitation.clusterId, userId, invitation.role, orgId ?? null);
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedBy: userId });
      await this.audit.record(manager, {
        clusterId: invitation.clusterId,
        actorId: userId,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        data: { role: invitation.role },
      });
      return { clusterId: membership.clusterId, role: membership.role, organizationId: membership.organizationId };
    });
  }

  /**
   * An invitation that names an organization gives the invitee a seat in it, so it may name only an
   * organization that takes part in this cluster and that the inviter administers. Otherwise anyone
   * could make a cluster of their own and invite themselves into a competitor.
   */
  private async requireSeatGranter(manager: EntityManager, inviterId: string, clusterId: string, organizationId: string): Promise<void> {
    if (!(await this.policy.takesPart(clusterId, organizationId, manager))) throw notInCluster(organizationId);
    if (!(await this.policy.isOrganizationAdmin(inviterId, organizationId, manager)))
      throw new Forbidden("Only the organization's own admins may give a seat in it", {
        code: 'invitation.not-organization-admin',
        params: { organizationId },
      });
  }
}
