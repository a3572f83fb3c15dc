import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The record matching scores on: quotes sent, awards won, deliveries on time, from real procurements. */
@Injectable()
export class SupplierPerformance {
  constructor(private readonly dataSource: DataSource) {}

  /** A delivery counts once, when the buying firm confirms receipt of its order. */
  async record(e: { organizationId: string; quoted?: boolean; won?: boolean; delivered?: { onTime: boolean; inFull?: boolean; withoutIssue?: boolean } }): Promise<void> {
    await this.dataSource.query(
      `UPDATE supplier_profiles
          SET quotes_sent = quotes_sent + $2, awards_won = awards_won + $3,
              deliveries_total = deliveries_total + $4, deliveries_on_time = deliveries_on_time + $5,
              deliveries_in_full = deliveries_in_full + $6, deliveries_without_issue = deliveries_without_issue + $7
        WHERE organization_id = $1`,
      [e.organizationId, e.quoted ? 1 : 0, e.won ? 1 : 0, e.delivered ? 1 : 0, e.delivered?.onTime ? 1 : 0, e.delivered?.inFull ? 1 : 0, e.delivered?.withoutIssue ? 1 : 0],
    );
  }
}
