import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Conflict, dec } from '@hamkar/common';
import { SupplierPerformance } from '@hamkar/suppliers';
import { Candidate, rankQuotes, Ranked } from './evaluation';
import { unitPriceAt } from './price-tiers';
import { ProcurementLot } from './lot.entity';
import { ProcurementAccess } from './procurement-access';
import type { Procurement } from './procurement.entity';
import { Quote } from './quote.entity';

/** The weighted comparison of a procurement's opened quotes, for buyers and for the award. */
@Injectable()
export class QuoteEvaluation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly performance: SupplierPerformance,
  ) {}

  async forBuyer(userId: string, id: string) {
    const { procurement } = await this.access.load(userId, id, 'quote.read-all');
    if (procurement.quotesOpenedAt === null) throw new Conflict('The quotes are sealed until quoting closes', { code: 'quote.sealed' });
    const m = this.dataSource.manager;
    // A need with lots is compared lot by lot: each lot is awarded on its own.
    const lots = await m.find(ProcurementLot, { where: { procurementId: id }, order: { number: 'ASC' } });
    if (lots.length)
      return {
        criteria: procurement.criteria,
        ranking: [],
        lots: await Promise.all(lots.map(async (l) => ({ lotId: l.id, ranking: await this.rank(m, procurement, l) }))),
      };
    return { criteria: procurement.criteria, ranking: await this.rank(m, procurement), lots: [] };
  }

  /**
   * Only quotes that count (live) are ranked; each supplier's record comes from the suppliers' context.
   * With `lot`, the quotes for that lot, each priced at the lot's pooled quantity (or at what it can deliver, if less).
   */
  async rank(manager: EntityManager, p: Procurement, lot?: Pick<ProcurementLot, 'id' | 'totalQuantity'>): Promise<Ranked[]> {
    const live = await manager.find(Quote, { where: { procurementId: p.id, status: 'live' } });
    const quotes = lot ? live.filter((q) => q.lots?.some((l) => l.lotId === lot.id)) : live;
    if (quotes.length === 0) return [];
    const records = await this.performance.recordsOf([...new Set(quotes.map((q) => q.supplierOrganizationId))], manager);
    const candidates: Candidate[] = quotes.map((q) => ({
      quoteId: q.id,
      supplierOrganizationId: q.supplierOrganizationId,
      unitPrice: lot ? lotUnitPrice(q, lot) : unitPriceAt(q.tiers, p.totalQuantity),
      leadTimeDays: q.leadTimeDays,
      deliveryRecord: records.get(q.supplierOrganizationId)!.share,
      warrantyMonths: q.warrantyMonths,
      paymentTermsDays: q.paymentTermsDays,
    }));
    return rankQuotes(p.criteria, candidates);
  }
}

function lotUnitPrice(q: Quote, lot: Pick<ProcurementLot, 'id' | 'totalQuantity'>): string | null {
  const line = q.lots!.find((l) => l.lotId === lot.id)!;
  const quantity = line.maxQuantity !== null && dec(line.maxQuantity).lt(lot.totalQuantity) ? line.maxQuantity : lot.totalQuantity;
  return unitPriceAt(line.tiers, quantity);
}
