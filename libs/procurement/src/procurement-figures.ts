import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What other contexts may read about a cluster's pooled buying, without touching its tables:
 * savings of awarded procurements month by month, and the firms that took part. The caller has
 * already checked who may see the cluster's figures.
 */
@Injectable()
export class ProcurementFigures {
  constructor(private readonly dataSource: DataSource) {}

  /** Savings against buying alone, per month of award, in one currency. */
  async savingsByMonth(clusterId: string, currency: string): Promise<Array<{ month: string; savings: string }>> {
    const rows: Array<{ month: string; savings: string }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', pr.awarded_at), 'YYYY-MM-DD') AS month, sum(a.saving)::text AS savings
         FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id
        WHERE pr.cluster_id = $1 AND pr.currency = $2 AND pr.awarded_at IS NOT NULL AND a.saving IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
      [clusterId, currency],
    );
    return rows;
  }

  /** Each organization that joined a pooled purchase, with when it first did (for counting firms across joint actions). */
  async firstParticipations(clusterId: string): Promise<Array<{ organizationId: string; first: Date }>> {
    return this.dataSource.query(
      `SELECT pa.organization_id AS "organizationId", min(pa.created_at) AS first
         FROM participations pa JOIN procurements pr ON pr.id = pa.procurement_id
        WHERE pr.cluster_id = $1 GROUP BY pa.organization_id`,
      [clusterId],
    );
  }

  /** Organizations that joined a pooled purchase, counted in the month they first did. */
  async participantsByMonth(clusterId: string): Promise<Array<{ month: string; joined: number }>> {
    const rows: Array<{ month: string; joined: number }> = await this.dataSource.query(
      `SELECT to_char(first, 'YYYY-MM-DD') AS month, count(*)::int AS joined
         FROM (SELECT pa.organization_id, date_trunc('month', min(pa.created_at)) AS first
                 FROM participations pa JOIN procurements pr ON pr.id = pa.procurement_id
                WHERE pr.cluster_id = $1 GROUP BY pa.organization_id) f
        GROUP BY 1 ORDER BY 1`,
      [clusterId],
    );
    return rows;
  }

  /** People who joined or changed a participation in the last `days` days. */
  async joinersSince(clusterId: string, days: number): Promise<string[]> {
    const rows: Array<{ joined_by: string }> = await this.dataSource.query(
      `SELECT DISTINCT pa.joined_by FROM participations pa JOIN procurements pr ON pr.id = pa.procurement_id
        WHERE pr.cluster_id = $1 AND pa.updated_at > now() - $2::int * interval '1 day'`,
      [clusterId, days],
    );
    return rows.map((r) => r.joined_by);
  }

  async byStatus(clusterId: string): Promise<Array<{ status: string; n: number }>> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM procurements WHERE cluster_id = $1 GROUP BY status ORDER BY status`,
      [clusterId],
    );
  }

  /** Awarded (or completed) procurements per currency, with their pooled value and savings (decimal strings). */
  async awarded(clusterId: string): Promise<Array<{ currency: string; awarded: number; value: string; savings: string }>> {
    return this.dataSource.query(
      `SELECT pr.currency, count(DISTINCT pr.id)::int AS awarded, coalesce(sum(a.amount), 0)::text AS value, coalesce(sum(a.saving), 0)::text AS savings
         FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id
        WHERE pr.cluster_id = $1 AND pr.status IN ('awarded', 'completed') GROUP BY pr.currency ORDER BY pr.currency`,
      [clusterId],
    );
  }

  /**
   * Per month (`YYYY-MM`) of the last `months` months: procurements published and awarded, and the
   * pooled value and savings of those awarded, per currency as `IRR 1200; AZN 30.50`.
   */
  async perMonth(
    clusterId: string,
    months: number,
  ): Promise<Map<string, { published: number; awarded: number; pooledValue: string; savings: string }>> {
    const rows: Array<{ month: string; published: number; awarded: number; pooled_value: string; savings: string }> =
      await this.dataSource.query(
        `SELECT to_char(mo.month, 'YYYY-MM') AS month,
              (SELECT count(*) FROM procurements pr WHERE pr.cluster_id = $1 AND pr.published_at >= mo.month AND pr.published_at < mo.month + interval '1 month')::int AS published,
              (SELECT count(*) FROM procurements pr WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month')::int AS awarded,
              (SELECT coalesce(string_agg(x.currency || ' ' || x.v, '; ' ORDER BY x.currency), '') FROM (SELECT pr.currency, sum(a.amount)::text AS v FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month' GROUP BY pr.currency) x) AS pooled_value,
              (SELECT coalesce(string_agg(x.currency || ' ' || x.v, '; ' ORDER BY x.currency), '') FROM (SELECT pr.currency, sum(a.saving)::text AS v FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month' AND a.saving IS NOT NULL GROUP BY pr.currency) x) AS savings
         FROM generate_series(date_trunc('month', now()) - ($2::int - 1) * interval '1 month', date_trunc('month', now()), interval '1 month') AS mo(month)`,
        [clusterId, months],
      );
    return new Map(
      rows.map((r) => [r.month, { published: r.published, awarded: r.awarded, pooledValue: r.pooled_value, savings: r.savings }]),
    );
  }
}
