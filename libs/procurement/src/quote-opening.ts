import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '@hamkar/clusters';
import type { Procurement } from './procurement.entity';

/** Quotes a supplier has in play: its live quote, or one waiting for it to confirm after an amendment. */
export const QUOTES_IN_PLAY = `status <> 'replaced'`;

export async function quoteCounts(manager: EntityManager, procurementIds: string[]): Promise<Map<string, number>> {
  if (procurementIds.length === 0) return new Map();
  const rows: Array<{ id: string; n: number }> = await manager.query(
    `SELECT procurement_id AS id, count(*)::int AS n FROM quotes WHERE procurement_id = ANY($1) AND ${QUOTES_IN_PLAY} GROUP BY procurement_id`,
    [procurementIds],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * The public opening of the quotes, once, when quoting closes (at the deadline or early by the
 * organiser): from then on the participating firms see every quote. The audit log keeps when,
 * by whom and how many were opened.
 */
@Injectable()
export class QuoteOpening {
  constructor(private readonly audit: AuditLog) {}

  async open(manager: EntityManager, p: Procurement, actorId: string | null): Promise<void> {
    const opened: Array<{ quotes_opened_at: Date }> = await manager.query(
      `UPDATE procurements SET quotes_opened_at = now() WHERE id = $1 AND quotes_opened_at IS NULL RETURNING quotes_opened_at`,
      [p.id],
    );
    // TypeORM's raw UPDATE answers [rows, count].
    const row = (Array.isArray(opened[0]) ? (opened[0] as unknown as Array<{ quotes_opened_at: Date }>) : opened)[0];
    if (!row) return;
    p.quotesOpenedAt = new Date(row.quotes_opened_at);
    const count = (await quoteCounts(manager, [p.id])).get(p.id) ?? 0;
    await this.audit.record(manager, {
      clusterId: p.clusterId,
      actorId,
      action: 'procurement.quotes-opened',
      targetType: 'procurement',
      targetId: p.id,
      data: { at: p.quotesOpenedAt.toISOString(), count },
    });
  }
}
