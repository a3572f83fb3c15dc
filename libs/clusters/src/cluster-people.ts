import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ClusterRole } from './membership.entity';

/**
 * Who is in a cluster, for other contexts that tell people something (notifications, channel seats,
 * mentions) or count firms. Nothing here checks access: the caller already did.
 */
@Injectable()
export class ClusterPeople {
  constructor(private readonly dataSource: DataSource) {}

  /** The members' user ids: only some roles, only those acting for one organization, or without one person. */
  async userIds(
    clusterId: string,
    only: { roles?: readonly ClusterRole[]; organizationId?: string; except?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT user_id FROM memberships
        WHERE cluster_id = $1 AND ($2::text[] IS NULL OR role = ANY($2))
          AND ($3::uuid IS NULL OR organization_id = $3) AND ($4::uuid IS NULL OR user_id <> $4)`,
      [clusterId, only.roles ? [...only.roles] : null, only.organizationId ?? null, only.except ?? null],
    );
    return rows.map((r) => r.user_id);
  }

  /** Those of `userIds` who are members of the cluster. */
  async among(clusterId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM memberships WHERE cluster_id = $1 AND user_id = ANY($2)`,
      [clusterId, userIds],
    );
    return rows.map((r) => r.user_id);
  }

  /** Which of `userIds` share at least one cluster with the user (presence is shown only to them). */
  async sharingAClusterWith(userId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT theirs.user_id FROM memberships mine
         JOIN memberships theirs ON theirs.cluster_id = mine.cluster_id
        WHERE mine.user_id = $1 AND theirs.user_id = ANY($2::uuid[])`,
      [userId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** People who act for these organizations (hold a seat in them), wherever they sit. */
  async actingFor(organizationIds: string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT user_id FROM organization_members WHERE organization_id = ANY($1)`,
      [organizationIds],
    );
    return rows.map((r) => r.user_id);
  }

  /** The firms of a cluster: organizations that sit in it through a member. */
  async memberFirmCount(clusterId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await manager.query(
      `SELECT count(DISTINCT organization_id)::int AS n FROM memberships
        WHERE cluster_id = $1 AND role = 'member' AND organization_id IS NOT NULL`,
      [clusterId],
    );
    return n;
  }
}
