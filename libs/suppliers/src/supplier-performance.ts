import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryCounts, recordShare } from './match-score';

export interface DeliveryRecord extends DeliveryCounts {
  /** The record as matching and the weighted evaluation score it, in [0, 1] (see recordShare). */
  share: number;
}

/** The record matching scores on: quotes sent, awards won, deliveries on time, from real procurements. */
@Injectable()
export class SupplierPerformance {
  constructor(private readonly dataSource: DataSource) {}

  /** A delivery counts once, when the buying firm confirms receipt of its order. */
  async record(e: {
    organizationId: string;
    quoted?: boolean;
    won?: boolean;
    delivered?: { onTime: boolean; inFull?: boolean; withoutIssue?: boolean };
  }): Promise<void> {
    await this.dataSource.query(
      `UPDATE supplier_profiles
          SET quotes_sent = quotes_sent + $2, awards_won = awards_won + $3,
              deliveries_total = deliveries_total + $4, deliveries_on_time = deliveries_on_time + $5,
              deliveries_in_full = deliveries_in_full + $6, deliveries_without_issue = deliveries_without_issue + $7
        WHERE organization_id = $1`,
      [
        e.organizationId,
        e.quoted ? 1 : 0,
        e.won ? 1 : 0,
        e.delivered ? 1 : 0,
        e.delivered?.onTime ? 1 : 0,
        e.delivered?.inFull ? 1 : 0,
        e.delivered?.withoutIssue ? 1 : 0,
      ],
    );
  }

  /** Each supplier's delivery record; one without a profile has none yet (and scores as a newcomer). */
  async recordsOf(organizationIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, DeliveryRecord>> {
    type Row = { organization_id: string; on_time: number; in_full: number; without_issue: number; total: number };
    const rows: Row[] = await manager.query(
      `SELECT organization_id, deliveries_on_time AS on_time, deliveries_in_full AS in_full,
              deliveries_without_issue AS without_issue, deliveries_total AS total
         FROM supplier_profiles WHERE organization_id = ANY($1)`,
      [organizationIds],
    );
    const records = new Map<string, DeliveryRecord>();
    for (const id of organizationIds) {
      const r = rows.find((x) => x.organization_id === id);
      const counts = {
        deliveriesOnTime: r?.on_time ?? 0,
        deliveriesInFull: r?.in_full ?? 0,
        deliveriesWithoutIssue: r?.without_issue ?? 0,
        deliveriesTotal: r?.total ?? 0,
      };
      records.set(id, { ...counts, share: recordShare(counts) });
    }
    return records;
  }
}
