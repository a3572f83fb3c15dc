import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Forbidden, NotFound, RuleBroken } from '@hamkar/common';
import { Membership } from '../membership.entity';
import { OrganizationMember } from '../organization-member.entity';
import { actionsOf, Permission, PERMISSIONS, roleMay } from './permissions';

/**
 * "May this user do this here?" for every module and every transport. A non-member gets the
 * same 404 as for a cluster that does not exist, so ids of foreign clusters leak nothing.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  // Asked on every request, so plain SQL: the query builder costs more than the query itself.
  async membership(userId: string, clusterId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    const [row]: Array<{ membership: MembershipJson | null }> = await manager.query(`SELECT ${membershipColumn('$1', '$2')}`, [
      userId,
      clusterId,
    ]);
    return membershipFrom(row.membership, userId, clusterId);
  }

  /** The membership read by a query that selected `membershipColumn`, or 404 named after what was asked for. */
  requireMembership(json: MembershipJson | null, userId: string, clusterId: string, what = 'cluster'): Membership {
    const membership = membershipFrom(json, userId, clusterId);
    if (!membership) throw new NotFound(what);
    return membership;
  }

  /** The caller's membership, or 404 named after what they asked for. */
  async requireMember(userId: string, clusterId: string, what = 'cluster', manager?: EntityManager): Promise<Membership> {
    const membership = await this.membership(userId, clusterId, manager);
    if (!membership) throw new NotFound(what);
    return membership;
  }

  /** 404 to outsiders, 403 to members whose role lacks the permission. */
  async authorize(
    userId: string,
    clusterId: string,
    permission: Permission,
    what = 'cluster',
    manager?: EntityManager,
  ): Promise<Membership> {
    const membership = await this.requireMember(userId, clusterId, what, manager);
    if (!roleMay(membership.role, permission))
      throw new Forbidden(`Your role (${membership.role}) may not do this: ${permission}`, {
        code: 'access.denied',
        params: { action: permission, role: membership.role },
      });
    return membership;
  }

  /** What the caller may do here, straight from the table, so clients show only what will work. */
  async permissionsOf(
    userId: string,
    clusterId: string,
  ): Promise<{ role: Membership['role']; organizationId: string | null; actions: Permission[] }> {
    const membership = await this.requireMember(userId, clusterId);
    return { role: membership.role, organizationId: membership.organizationId, actions: actionsOf(membership.role) };
  }

  can(membership: Membership | null, permission: Permission): boolean {
    return !!membership && roleMay(membership.role, permission);
  }

  /** Acting for an organization (posting its need, joining, quoting) needs a seat in it. */
  async requireActsFor(userId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const seat = await manager.findOneBy(OrganizationMember, { userId, organizationId });
    if (!seat) throw noSeat();
  }

  /**
   * Acting for an organization inside a cluster: a seat in it, and the organization takes part in
   * the cluster (a member sits there for it). A firm from outside cannot join, post or quote, so a
   * phantom firm cannot inflate a pooled total nor a shell supplier bid.
   */
  async requireActsIn(
    userId: string,
    clusterId: string,
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const [row]: Array<{ in_cluster: boolean; seat: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM memberships WHERE cluster_id = $1 AND organization_id = $2) AS in_cluster,
              EXISTS (SELECT 1 FROM organization_members WHERE organization_id = $2 AND user_id = $3) AS seat`,
      [clusterId, organizationId, userId],
    );
    if (!row.in_cluster) throw notInCluster(organizationId);
    if (!row.seat) throw noSeat();
  }

  /** Granting a seat in an organization is for that organization's own admins. */
  async isOrganizationAdmin(userId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(OrganizationMember, { userId, organizationId, role: 'admin' });
  }

  async takesPart(clusterId: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(Membership, { clusterId, organizationId });
  }

  async actsFor(userId: string, organizationId: string): Promise<boolean> {
    return (await this.actingFor(userId, [organizationId])).has(organizationId);
  }

  /**
   * Which of `organizationIds` the user has a seat in, in one query however many are asked: a list
   * (quotes, orders, documents) filters its rows by the seats it learns here, never row by row.
   */
  async actingFor(
    userId: string,
    organizationIds: Iterable<string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return new Set();
    const rows: Array<{ organization_id: string }> = await manager.query(
      `SELECT organization_id FROM organization_members WHERE user_id = $1 AND organization_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.organization_id));
  }

  /** The cluster's people whose role may do `permission` (to tell organisers of what they oversee). */
  async peopleWhoMay(clusterId: string, permission: Permission, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT user_id FROM memberships WHERE cluster_id = $1 AND role = ANY($2)`,
      [clusterId, [...PERMISSIONS[permission]]],
    );
    return rows.map((r) => r.user_id);
  }

  /** Cluster ids the user belongs to, for socket rooms and cross-cluster lists. */
  async clusterIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.findBy(Membership, { userId });
    return rows.map((m) => m.clusterId);
  }
}

export interface MembershipJson {
  id: string;
  role: Membership['role'];
  organization_id: string | null;
  created_at: string;
}

/**
 * A select-list column `membership`: the user's membership of the cluster, as JSON, or null. A
 * query that also reads other rows (a channel and its cluster) learns membership in the same
 * round trip; `requireMembership` then applies the rule. Both arguments are SQL (parameters or
 * columns), never input.
 */
export const membershipColumn = (userSql: string, clusterSql: string) =>
  `(SELECT row_to_json(mb) FROM (SELECT id, role, organization_id, created_at FROM memberships WHERE user_id = ${userSql} AND cluster_id = ${clusterSql}) mb) AS membership`;

const membershipFrom = (json: MembershipJson | null, userId: string, clusterId: string): Membership | null =>
  json
    ? Object.assign(new Membership(), {
        id: json.id,
        clusterId,
        userId,
        role: json.role,
        organizationId: json.organization_id,
        createdAt: new Date(json.created_at),
      })
    : null;

const noSeat = () => new Forbidden('You do not act for this organization', { code: 'organization.no-seat' });

export const notInCluster = (organizationId: string) =>
  new RuleBroken('This organization does not take part in this cluster', {
    code: 'organization.not-in-cluster',
    params: { organizationId },
  });
