import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { AuditLog } from '@hamkar/clusters';
import { dec, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { allocate } from './allocation';
import { AllocationRow } from './allocation.entity';
import { ProcurementLot } from './lot.entity';
import { Participation } from './participation.entity';
import { perLotRequired } from './procurement-lots';
import { unitPriceAt } from './price-tiers';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import { nextStatus } from './procurement-state';
import { OrdersService } from './orders.service';
import { ProcurementsService } from './procurements.service';
import { Procurement } from './procurement.entity';
import { QuoteEvaluation } from './quote-evaluation';
import { Quote } from './quote.entity';

/** Choosing a quote: the price at the pooled quantity applies to every participant, split so the amounts sum exactly. */
@Injectable()
export class AwardProcurement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly events: ProcurementEvents,
    private readonly procurements: ProcurementsService,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
    private readonly orders: OrdersService,
    private readonly evaluation: QuoteEvaluation,
  ) {}

  /** Awarding a quote other than the top-ranked one needs a written reason, kept in the audit log. */
  async award(userId: string, id: string, quoteId: string, reason?: string) {
    const p = await this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, id, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      const status = nextStatus(p.status, 'award');
      if (await manager.existsBy(ProcurementLot, { procurementId: id })) throw perLotRequired('quoteId');
      const quote = await manager.findOneBy(Quote, { id: quoteId, procurementId: id, status: Not('replaced') });
      if (!quote) throw new NotFound('quote');
      if (quote.status === 'needs-confirmation')
        throw new RuleBroken('Its supplier has not confirmed this quote since the need was amended', { code: 'quote.needs-confirmation' });
      if (quote.validUntil.getTime() < Date.now()) throw new RuleBroken('This quote is no longer valid', { code: 'quote.expired' });
      const unitPrice = unitPriceAt(quote.tiers, p.totalQuantity);
      if (unitPrice === null)
        throw new RuleBroken('No tier of this quote applies to the pooled quantity', { code: 'quote.no-tier-applies' });
      const ranking = await this.evaluation.rank(manager, p);
      const chosen = ranking.find((r) => r.quoteId === quote.id);
      if (ranking[0] && ranking[0].quoteId !== quote.id && !reason?.trim())
        throw new RuleBroken(
          'This is not the top-ranked quote: say why it is chosen',
          [{ field: 'reason', message: 'required when the quote is not ranked first', code: 'award.reason-required' }],
          { code: 'award.reason-required', params: { topQuoteId: ranking[0].quoteId } },
        );
      const participants = await manager.find(Participation, { where: { procurementId: id }, order: { organizationId: 'ASC' } });
      const { total, allocations } = allocate(participants, unitPrice, p.currency);
      const rows = allocations;
      await manager.insert(
        AllocationRow,
        allocations.map((a) => {
          const alone = unitPriceAt(quote.tiers, a.quantity);
          return { procurementId: id, ...a, saving: alone === null ? null : dec(alone).minus(a.unitPrice).times(a.quantity).toFixed() };
        }),
      );
      Object.assign(p, { status, awardedQuoteId: quote.id, awardTotal: total, awardedAt: new Date() });
      await manager.update(Procurement, { id }, { status, awardedQuoteId: quote.id, awardTotal: total, awardedAt: p.awardedAt });
      await this.orders.place(manager, p, quote.supplierOrganizationId, quote.leadTimeDays, rows);
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: userId,
        action: 'procurement.awarded',
        targetType: 'procurement',
        targetId: id,
        data: {
          quoteId,
          total,
          currency: p.currency,
          rank: chosen?.rank ?? null,
          score: chosen?.score ?? null,
          topQuoteId: ranking[0]?.quoteId ?? null,
          reason: reason?.trim() || null,
        },
      });
      const people = await this.access.peopleOf(manager, [...participants.map((x) => x.organizationId), quote.supplierOrganizationId]);
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: people,
        kind: 'procurement.awarded',
        title: p.title,
        body: `${total} ${p.currency}`,
        link: `/procurements/${id}`,
        data: { procurementId: id, quoteId },
        dedupeKey: `procurement-awarded:${id}`,
      });
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'performance',
        jobId: `won-${id}`,
        data: { organizationId: quote.supplierOrganizationId, won: true },
      });
      const others = await manager.find(Quote, { where: { procurementId: id, status: 'live' } });
      const losers = await this.access.peopleOf(
        manager,
        others.filter((q) => q.id !== quote.id).map((q) => q.supplierOrganizationId),
      );
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: losers,
        kind: 'procurement.not-awarded',
        title: p.title,
        link: `/procurements/${id}`,
        data: { procurementId: id },
        dedupeKey: `procurement-not-awarded:${id}`,
      });
      return p;
    });
    this.events.changed(p);
    return this.procurements.get(userId, id);
  }
}
