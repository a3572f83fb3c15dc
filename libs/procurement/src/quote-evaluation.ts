import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Conflict } from '@hamkar/common';
import { Candidate, rankQuotes, Ranked } from './evaluation';
import { unitPriceAt } from './price-tiers';
import { ProcurementAccess } from './procurement-access';
import type { Procurement } from './procurement.entity';
import { Quote } from './quote.entity';

/** The weighted comparison of a procurement's opened quotes, for buyers and for the award. */
@Injectable()
export class QuoteEvaluation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
  ) {}

  async forBuyer(userId: string, id: string) {
    const { procurement } = await this.access.load(userId, id, 'quote.read-all');
    if (procurement.quotesOpenedAt === null) throw new Conflict('The quotes are sealed until quoting closes', { code: 'quote.sealed' });
    return { criteria: procurement.criteria, ranking: await this.rank(this.dataSource.manager, procurement) };
  }

  /** Only quotes that count (live) are ranked; each supplier's record is read from its profile. */
  async rank(manager: EntityManager, p: Procurement): Promise<Ranked[]> {
    const quotes = await manager.find(Quote, { where: { procurementId: p.id, status: 'live' } });
    if (quotes.length === 0) return [];
    const records: Array<{ organization_id: string; deliveries_on_time: number; deliveries_total: number }> = await manager.query(
      `SELECT organization_id, deliveries_on_time, deliveries_total FROM supplier_profiles WHERE organization_id = ANY($1)`,
      [quotes.map((q) => q.supplierOrganizationId)],
    );
    const record = new Map(records.map((r) => [r.organization_id, r]));
    const candidates: Candidate[] = quotes.map((q) => ({
      quoteId: q.id,
      supplierOrganizationId: q.supplierOrganizationId,
      unitPrice: unitPriceAt(q.tiers, p.totalQuantity),
      leadTimeDays: q.leadTimeDays,
      deliveriesOnTime: record.get(q.supplierOrganizationId)?.deliveries_on_time ?? 0,
      deliveriesTotal: record.get(q.supplierOrganizationId)?.deliveries_total ?? 0,
      warrantyMonths: q.warrantyMonths,
      paymentTermsDays: q.paymentTermsDays,
    }));
    return rankQuotes(p.criteria, candidates);
  }
}
