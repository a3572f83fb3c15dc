import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Conflict } from '@hamkar/common';
import { SupplierPerformance } from '@hamkar/suppliers';
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
    private readonly performance: SupplierPerformance,
  ) {}

  async forBuyer(userId: string, id: string) {
    const { procurement } = await this.access.load(userId, id, 'quote.read-all');
    if (procurement.quotesOpenedAt === null) throw new Conflict('The quotes are sealed until quoting closes', { code: 'quote.sealed' });
    return { criteria: procurement.criteria, ranking: await this.rank(this.dataSource.manager, procurement) };
  }

  /** Only quotes that count (live) are ranked; each supplier's record comes from the suppliers' context. */
  async rank(manager: EntityManager, p: Procurement): Promise<Ranked[]> {
    const quotes = await manager.find(Quote, { where: { procurementId: p.id, status: 'live' } });
    if (quotes.length === 0) return [];
    const records = await this.performance.recordsOf([...new Set(quotes.map((q) => q.supplierOrganizationId))], manager);
    const candidates: Candidate[] = quotes.map((q) => ({
      quoteId: q.id,
      supplierOrganizationId: q.supplierOrganizationId,
      unitPrice: unitPriceAt(q.tiers, p.totalQuantity),
      leadTimeDays: q.leadTimeDays,
      deliveryRecord: records.get(q.supplierOrganizationId)!.share,
      warrantyMonths: q.warrantyMonths,
      paymentTermsDays: q.paymentTermsDays,
    }));
    return rankQuotes(p.criteria, candidates);
  }
}
