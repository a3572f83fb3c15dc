import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What the cluster dashboard reads about membership, without touching clusters' tables. The caller
 * has already checked who may see the cluster's figures.
 */
@Injectable()
export class ClusterFigures {
  constructor(private readonly dataSource: DataSource) {}

  async memberIds(clusterId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(`SELECT user_id FROM memberships WHERE cluster_id = $1`, [
      clusterId,
    ]);
    return rows.map((r) => r.user_id);
  }

  async membersByRole(clusterId: string): Promise<Array<{ role: string; n: number }>> {
    return this.dataSource.query(`SELECT role, count(*)::int AS n FROM memberships WHERE cluster_id = $1 GROUP BY role ORDER BY role`, [
      clusterId,
    ]);
  }

  /** Members who joined, per month (`YYYY-MM`) of the last `months` months, this one included. */
  async joinedByMonth(clusterId: string, months: number): Promise<Map<string, number>> {
    const rows: Array<{ month: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', created_at), 'YYYY-MM') AS month, count(*)::int AS n FROM memberships
        WHERE cluster_id = $1 AND created_at >= date_trunc('month', now()) - ($2::int - 1) * interval '1 month'
          AND created_at < date_trunc('month', now()) + interval '1 month'
        GROUP BY 1`,
      [clusterId, months],
    );
    return new Map(rows.map((r) => [r.month, r.n]));
  }
}
