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
}
