import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditLog } from '@hamkar/clusters';
import { Conflict, dec, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { LotAllocation, LotAward } from './lot-award.entity';
import { LotParticipation, ProcurementLot } from './lot.entity';
import { LotOrders } from './lot-orders';
import { splitLot } from './lot-split';
import { unitPriceAt } from './price-tiers';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import { nextStatus } from './procurement-state';
import { Procurement } from './procurement.entity';
import { ProcurementsService } from './procurements.service';
import { QuoteEvaluation } from './quote-evaluation';
import { Quote } from './quote.entity';

export interface LotAwardInput {
  /** One quote takes the whole lot; several split it, each naming its quantity, adding up to the lot's pooled quantity. */
  awards: Array<{ quoteId: string; quantity?: string }>;
  reason?: string;
}

const fieldRule = (field: string, message: string, code: string, params?: Record<string, string>) =>
  new RuleBroken(message, [{ field, message, code, params }], { code, params });

/**
 * Awarding one lot of a need, to one supplier or split between several by quantity when none can
 * deliver all of it. Each firm's part of each supplier's award follows `splitLot`: quantities in
 * proportion, amounts by the largest-remainder rule, so they add up exactly. When the last lot is
 * awarded the need is `awarded`, and each firm gets one order per supplier listing its lots.
 */
@Injectable()
export class AwardLot {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly events: ProcurementEvents,
    private readonly procurements: ProcurementsService,
    private readonly evaluation: QuoteEvaluation,
    private readonly orders: LotOrders,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async award(userId: string, id: string, lotId: string, input: LotAwardInput) {
    const p = await this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, id, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      const status = nextStatus(p.status, 'award');
      const lot = await manager.findOneBy(ProcurementLot, { id: lotId, procurementId: id });
      if (!lot) throw new NotFound('lot');
      if (lot.awardedAt) throw new Conflict('This lot has been awarded already', { code: 'lot.already-awarded' });
      const parts = await this.parts(manager, p, lot, input);

      const ranking = await this.evaluation.rank(manager, p, lot);
      const top = ranking[0];
      const reason = input.reason?.trim() || null;
      if (top && !parts.some((x) => x.quote.id === top.quoteId) && !reason) {
        throw new RuleBroken(
          'The top-ranked quote for this lot is not among those chosen: say why',
          [{ field: 'reason', message: 'required when the quote ranked first is passed over', code: 'award.reason-required' }],
          { code: 'award.reason-required', params: { topQuoteId: top.quoteId } },
        );
      }
      const shares = (await manager.find(LotParticipation, { where: { lotId }, order: { organizationId: 'ASC' } })).map((s) => ({
        organizationId: s.organizationId,
        quantity: s.quantity,
      }));
      const split = splitLot(
        shares,
        parts.map((x) => ({ supplierOrganizationId: x.quote.supplierOrganizationId, quantity: x.quantity, unitPrice: x.unitPrice })),
        p.currency,
      );
      const now = new Date();
      await manager.insert(
        LotAward,
        split.map((s, i) => ({
          lotId,
          supplierOrganizationId: s.supplierOrganizationId,
          procurementId: id,
          quoteId: parts[i].quote.id,
          quantity: parts[i].quantity,
          unitPrice: parts[i].unitPrice,
          total: s.total,
          awardedAt: now,
        })),
      );
      await manager.insert(
        LotAllocation,
        split.flatMap((s, i) =>
          s.allocations.map((a) => {
            const alone = unitPriceAt(parts[i].tiers, a.quantity);
            return {
              lotId,
              supplierOrganizationId: s.supplierOrganizationId,
              organizationId: a.organizationId,
              procurementId: id,
              quantity: a.quantity,
              unitPrice: a.unitPrice,
              amount: a.amount,
              saving: alone === null ? null : dec(alone).minus(a.unitPrice).times(a.quantity).toFixed(),
            };
          }),
        ),
      );
      await manager.update(ProcurementLot, { id: lotId }, { awardedAt: now });
      const chosen = ranking.filter((r) => parts.some((x) => x.quote.id === r.quoteId));
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: userId,
        action: 'procurement.lot-awarded',
        targetType: 'procurement',
        targetId: id,
        data: {
          lotId,
          lot: lot.number,
          awards: split.map((s, i) => ({
            quoteId: parts[i].quote.id,
            quantity: parts[i].quantity,
            unitPrice: parts[i].unitPrice,
            total: s.total,
          })),
          currency: p.currency,
          ranks: chosen.map((r) => ({ quoteId: r.quoteId, rank: r.rank, score: r.score })),
          topQuoteId: top?.quoteId ?? null,
          reason,
        },
      });

      const left = await manager.query(`SELECT count(*)::int AS n FROM procurement_lots WHERE procurement_id = $1 AND awarded_at IS NULL`, [
        id,
      ]);
      if (left[0].n === 0) await this.complete(manager, p, status, now);
      return p;
    });
    this.events.changed(p);
    return this.procurements.get(userId, id);
  }

  /** The chosen quotes, each with the quantity of the lot it delivers and its tier price at that quantity. */
  private async parts(manager: EntityManager, p: Procurement, lot: ProcurementLot, input: LotAwardInput) {
    const ids = input.awards.map((a) => a.quoteId);
    const twice = ids.findIndex((x, i) => ids.indexOf(x) !== i);
    if (twice >= 0) throw fieldRule(`awards.${twice}.quoteId`, "Each quote may appear once in a lot's award", 'award.quote-twice');
    if (dec(lot.totalQuantity).lte(0)) throw new RuleBroken('Nobody has a quantity in this lot', { code: 'lot.nothing-pooled' });
    const quotes = await manager.find(Quote, { where: { id: In(ids), procurementId: p.id, status: Not('replaced') } });
    const split = input.awards.length > 1;
    const parts = input.awards.map((a, i) => {
      const quote = quotes.find((q) => q.id === a.quoteId);
      if (!quote) throw new NotFound('quote');
      if (quote.status === 'needs-confirmation')
        throw new RuleBroken('Its supplier has not confirmed this quote since the need was amended', { code: 'quote.needs-confirmation' });
      if (quote.validUntil.getTime() < Date.now()) throw new RuleBroken('This quote is no longer valid', { code: 'quote.expired' });
      const line = quote.lots?.find((l) => l.lotId === lot.id);
      if (!line) throw fieldRule(`awards.${i}.quoteId`, 'This quote offers nothing for this lot', 'lot.not-quoted', { quoteId: quote.id });
      if (split && a.quantity === undefined)
        throw fieldRule(`awards.${i}.quantity`, "A split names each supplier's quantity", 'lot.quantity-required');
      const quantity = dec(a.quantity ?? lot.totalQuantity).toFixed();
      if (line.maxQuantity !== null && dec(quantity).gt(line.maxQuantity))
        throw fieldRule(
          `awards.${i}.quantity`,
          `This supplier delivers at most ${dec(line.maxQuantity).toFixed()}`,
          'lot.over-supplier-maximum',
          { quoteId: quote.id, max: dec(line.maxQuantity).toFixed() },
        );
      const unitPrice = unitPriceAt(line.tiers, quantity);
      if (unitPrice === null) throw new RuleBroken('No tier of this quote applies to its quantity', { code: 'quote.no-tier-applies' });
      return { quote, quantity, unitPrice, tiers: line.tiers };
    });
    const awarded = parts.reduce((s, x) => s.plus(x.quantity), dec(0));
    if (!awarded.eq(lot.totalQuantity)) {
      throw fieldRule(
        'awards',
        `The parts add up to ${awarded.toFixed()}, the lot to ${dec(lot.totalQuantity).toFixed()}`,
        'lot.split-not-adding-up',
        { quantity: dec(lot.totalQuantity).toFixed(), awarded: awarded.toFixed() },
      );
    }
    return parts;
  }

  /** The last lot is awarded: the need moves on, and every firm gets its orders. */
  private async complete(manager: EntityManager, p: Procurement, status: Procurement['status'], now: Date) {
    const awards = await manager.find(LotAward, { where: { procurementId: p.id } });
    const total = awards.reduce((s, a) => s.plus(a.total), dec(0)).toFixed();
    Object.assign(p, { status, awardTotal: total, awardedAt: now });
    await manager.update(Procurement, { id: p.id }, { status, awardTotal: total, awardedAt: now });
    await this.audit.record(manager, {
      clusterId: p.clusterId,
      actorId: null,
      action: 'procurement.awarded',
      targetType: 'procurement',
      targetId: p.id,
      data: { total, currency: p.currency, lots: true },
    });
    const suppliers = [...new Set(awards.map((a) => a.supplierOrganizationId))];
    await this.orders.place(manager, p, awards);
    const participants: Array<{ organization_id: string }> = await manager.query(
      `SELECT organization_id FROM participations WHERE procurement_id = $1`,
      [p.id],
    );
    const people = await this.access.peopleOf(manager, [...participants.map((x) => x.organization_id), ...suppliers]);
    await this.notifier.notify(manager, {
      clusterId: p.clusterId,
      userIds: people,
      kind: 'procurement.awarded',
      title: p.title,
      body: `${total} ${p.currency}`,
      link: `/procurements/${p.id}`,
      data: { procurementId: p.id },
      dedupeKey: `procurement-awarded:${p.id}`,
    });
    for (const s of suppliers)
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'performance',
        jobId: `won-${p.id}-${s}`,
        data: { organizationId: s, won: true },
      });
    const others = await manager.find(Quote, { where: { procurementId: p.id, status: 'live' } });
    const losers = await this.access.peopleOf(
      manager,
      [...new Set(others.map((q) => q.supplierOrganizationId))].filter((s) => !suppliers.includes(s)),
    );
    await this.notifier.notify(manager, {
      clusterId: p.clusterId,
      userIds: losers,
      kind: 'procurement.not-awarded',
      title: p.title,
      link: `/procurements/${p.id}`,
      data: { procurementId: p.id },
      dedupeKey: `procurement-not-awarded:${p.id}`,
    });
  }
}
