import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFound, RuleBroken } from '@hamkar/common';
import { UsersService } from '@hamkar/identity';
import { RealtimePublisher } from '@hamkar/realtime';
import { AccessPolicy } from './access/access-policy';
import { AuditLog } from './audit-log';
import { ClusterRole, Membership } from './membership.entity';

export interface MemberView {
  userId: string;
  displayName: string;
  role: ClusterRole;
  organizationId: string | null;
  joinedAt: Date;
}

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly realtime: RealtimePublisher,
    private readonly users: UsersService,
  ) {}

  async list(callerId: string, clusterId: string): Promise<MemberView[]> {
    await this.policy.authorize(callerId, clusterId, 'members.read');
    const members = await this.dataSource.manager.findBy(Membership, { clusterId });
    const byUser = new Map(members.map((m) => [m.userId, m]));
    return (await this.users.byName([...byUser.keys()])).map((u) => {
      const m = byUser.get(u.id)!;
      return { userId: u.id, displayName: u.displayName, role: m.role, organizationId: m.organizationId, joinedAt: m.createdAt };
    });
  }

  async ofUser(userId: string): Promise<Array<{ clusterId: string; role: ClusterRole; organizationId: string | null }>> {
    const rows = await this.dataSource.manager.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((m) => ({ clusterId: m.clusterId, role: m.role, organizationId: m.organizationId }));
  }

  async changeRole(callerId: string, clusterId: string, userId: string, role: ClusterRole): Promise<MemberView> {
    await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(callerId, clusterId, 'members.manage', 'cluster', manager);
      const target = await this.lockMember(manager, clusterId, userId);
      if (target.role === 'admin' && role !== 'admin') await this.keepOneAdmin(manager, clusterId);
      await manager.update(Membership, { id: target.id }, { role });
      await this.audit.record(manager, {
        clusterId,
        actorId: callerId,
        action: 'member.role-changed',
        targetType: 'user',
        targetId: userId,
        data: { from: target.role, to: role },
      });
    });
    return (await this.list(callerId, clusterId)).find((m) => m.userId === userId)!;
  }

  async remove(callerId: string, clusterId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (callerId !== userId) await this.policy.authorize(callerId, clusterId, 'members.manage', 'cluster', manager);
      const target = await this.lockMember(manager, clusterId, userId);
      if (target.role === 'admin') await this.keepOneAdmin(manager, clusterId);
      await manager.delete(Membership, { id: target.id });
      await this.audit.record(manager, {
        clusterId,
        actorId: callerId,
        action: 'member.removed',
        targetType: 'user',
        targetId: userId,
        data: { role: target.role },
      });
    });
    // Its sockets reconnect and get their rooms again from the database, without this cluster.
    this.realtime.disconnectUser(userId);
  }

  /** Adds or updates a membership inside the caller's transaction (invitation acceptance, seeding). */
  async admit(
    manager: EntityManager,
    clusterId: string,
    userId: string,
    role: ClusterRole,
    organizationId: string | null,
  ): Promise<Membership> {
    // An invitation to a lower role, accepted by the sole admin, must not leave the cluster without one.
    const current = await manager.findOne(Membership, { where: { clusterId, userId }, lock: { mode: 'pessimistic_write' } });
    if (current?.role === 'admin' && role !== 'admin') await this.keepOneAdmin(manager, clusterId);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ clusterId, userId, role, organizationId })
      .orUpdate(['role', 'organization_id'], ['cluster_id', 'user_id'])
      .execute();
    return manager.findOneByOrFail(Membership, { clusterId, userId });
  }

  private async lockMember(manager: EntityManager, clusterId: string, userId: string): Promise<Membership> {
    const target = await manager.findOne(Membership, { where: { clusterId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!target || !(await this.users.contact(userId, manager))) throw new NotFound('member');
    return target;
  }

  // Locks every admin row of the cluster, so two admins demoting each other at once cannot both win.
  private async keepOneAdmin(manager: EntityManager, clusterId: string) {
    const admins = await manager.find(Membership, { where: { clusterId, role: 'admin' }, lock: { mode: 'pessimistic_write' } });
    if (admins.length <= 1) throw new RuleBroken('A cluster must keep at least one admin', { code: 'membership.last-admin' });
  }
}
