import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '@hamkar/common';
import { Membership } from '../membership.entity';
import { OrganizationMember } from '../organization-member.entity';
import { Permission, roleMay } from './permissions';

/**
 * "May this user do this here?" for every module and every transport. A non-member gets the
 * same 404 as for a cluster that does not exist, so ids of foreign clusters leak nothing.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  membership(userId: string, clusterId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    return manager.findOneBy(Membership, { userId, clusterId });
  }

  /** The caller's membership, or 404 named after what they asked for. */
  async requireMember(userId: string, clusterId: string, what = 'cluster', manager?: EntityManager): Promise<Membership> {
    const membership = await this.membership(userId, clusterId, manager);
    if (!membership) throw new NotFound(what);
    return membership;
  }

  /** 404 to outsiders, 403 to members whose role lacks the permission. */
  async authorize(userId: string, clusterId: string, permission: Permission, what = 'cluster', manager?: EntityManager): Promise<Membership> {
    const membership = await this.requireMember(userId, clusterId, what, manager);
    if (!roleMay(membership.role, permission)) throw new Forbidden(`Your role (${membership.role}) may not do this: ${permission}`);
    return membership;
  }

  can(membership: Membership | null, permission: Permission): boolean {
    return !!membership && roleMay(membership.role, permission);
  }

  /** Acting for an organization (posting its need, joining, quoting) needs a seat in it. */
  async requireActsFor(userId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const seat = await manager.findOneBy(OrganizationMember, { userId, organizationId });
    if (!seat) throw new Forbidden('You do not act for this organization');
  }

  async actsFor(userId: string, organizationId: string): Promise<boolean> {
    return !!(await this.dataSource.manager.findOneBy(OrganizationMember, { userId, organizationId }));
  }

  /** Cluster ids the user belongs to, for socket rooms and cross-cluster lists. */
  async clusterIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.findBy(Membership, { userId });
    return rows.map((m) => m.clusterId);
  }
}
