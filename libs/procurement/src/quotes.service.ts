import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { AccessPolicy, OrganizationsService } from '@hamkar/clusters';
import { BadInput, Conflict, dec, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { minorUnits } from './allocation';
import { PriceTier, tiersAreValid, unitPriceAt } from './price-tiers';
import { ProcurementAccess } from './procurement-access';
import type { ProcurementLot } from './lot.entity';
import { checkLotIds, noLotsInNeed, perLotRequired, ProcurementLots } from './procurement-lots';
import { Procurement } from './procurement.entity';
import { Quote, QuoteLot } from './quote.entity';

export interface NewQuote {
  organizationId: string;
  /** On a need without lots. */
  tiers?: PriceTier[];
  /** On a need with lots: tiers for each lot quoted (any of them), and at most how much of it the supplier can deliver. */
  lots?: Array<{ lotId: string; tiers: PriceTier[]; maxQuantity?: string }>;
  leadTimeDays: number;
  validUntil: Date;
  notes?: string;
  warrantyMonths?: number;
  paymentTermsDays?: number;
}

const tiersOut = (tiers: PriceTier[]) =>
  tiers.map((t) => ({ minQuantity: dec(t.minQuantity).toFixed(), unitPrice: dec(t.unitPrice).toFixed() }));

/** A quote's line for one lot, priced at the lot's pooled quantity (or at what the supplier can deliver, if less). */
function lotLineView(line: QuoteLot, lot: ProcurementLot | undefined, currency: string) {
  const quantity = lot
    ? line.maxQuantity !== null && dec(line.maxQuantity).lt(lot.totalQuantity)
      ? dec(line.maxQuantity)
      : dec(lot.totalQuantity)
    : dec(0);
  const unitPriceAtTotal = unitPriceAt(line.tiers, quantity.toFixed());
  return {
    lotId: line.lotId,
    tiers: tiersOut(line.tiers),
    maxQuantity: line.maxQuantity === null ? null : dec(line.maxQuantity).toFixed(),
    quantity: quantity.toFixed(),
    unitPriceAtTotal,
    totalPrice: unitPriceAtTotal === null ? null : dec(unitPriceAtTotal).times(quantity).toFixed(minorUnits(currency)),
  };
}

export function quoteView(q: Quote, p: Procurement, lots: ProcurementLot[] = []) {
  const lines = (q.lots ?? []).map((line) =>
    lotLineView(
      line,
      lots.find((l) => l.id === line.lotId),
      p.currency,
    ),
  );
  if (q.lots) {
    const priced = lines.filter((l) => l.totalPrice !== null);
    const totalPrice = priced.length ? priced.reduce((s, l) => s.plus(l.totalPrice!), dec(0)).toFixed(minorUnits(p.currency)) : null;
    return {
      ...baseView(q),
      tiers: [],
      lots: lines,
      unitPriceAtTotal: null,
      totalPrice,
      aboveMaxUnitPrice:
        p.maxUnitPrice !== null && lines.some((l) => l.unitPriceAtTotal !== null && dec(l.unitPriceAtTotal).gt(p.maxUnitPrice!)),
    };
  }
  const unitPriceAtTotal = unitPriceAt(q.tiers, p.totalQuantity);
  return {
    ...baseView(q),
    tiers: tiersOut(q.tiers),
    lots: lines,
    unitPriceAtTotal,
    totalPrice: unitPriceAtTotal === null ? null : dec(unitPriceAtTotal).times(p.totalQuantity).toFixed(minorUnits(p.currency)),
    aboveMaxUnitPrice: unitPriceAtTotal !== null && p.maxUnitPrice !== null && dec(unitPriceAtTotal).gt(p.maxUnitPrice),
  };
}
export type QuoteView = ReturnType<typeof quoteView>;

function baseView(q: Quote) {
  return {
    id: q.id,
    procurementId: q.procurementId,
    supplierOrganizationId: q.supplierOrganizationId,
    status: q.status,
    leadTimeDays: q.leadTimeDays,
    warrantyMonths: q.warrantyMonths,
    paymentTermsDays: q.paymentTermsDays,
    validUntil: q.validUntil,
    notes: q.notes,
    createdAt: q.createdAt,
  };
}

const badTiers = (field: string) =>
  new BadInput(
    'tiers must go up in quantity and never up in price',
    [{ field, message: 'minQuantity must strictly increase and unitPrice must not increase', code: 'quote.tiers-not-increasing' }],
    { code: 'quote.tiers-not-increasing' },
  );

/** Sealed quotes: a supplier sees only its own; the buyers see all, priced at the pooled quantity, once quoting has closed. */
@Injectable()
export class QuotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly outbox: Outbox,
    private readonly lots: ProcurementLots,
    private readonly organizations: OrganizationsService,
  ) {}

  async submit(userId: string, id: string, input: NewQuote): Promise<QuoteView> {
    if (input.tiers && !tiersAreValid(input.tiers)) throw badTiers('tiers');
    input.lots?.forEach((l, i) => {
      if (!tiersAreValid(l.tiers)) throw badTiers(`lots.${i}.tiers`);
    });
    if (input.validUntil.getTime() <= Date.now())
      throw new RuleBroken(
        'validUntil must be in the future',
        [{ field: 'validUntil', message: 'must be in the future', code: 'input.not-in-future' }],
        { code: 'input.not-in-future' },
      );
    return this.dataSource.transaction(async (manager) => {
      const { procurement } = await this.access.load(userId, id, 'quote.submit', manager, true);
      await this.policy.requireActsIn(userId, procurement.clusterId, input.organizationId, manager);
      const org = await this.organizations.get(input.organizationId, manager);
      if (org?.kind !== 'supplier') throw new RuleBroken('Only supplier organizations quote', { code: 'quote.not-a-supplier' });
      if (procurement.status !== 'quoting')
        throw new Conflict(`Quotes are accepted only while quoting (the procurement is ${procurement.status})`, {
          code: 'procurement.wrong-state',
          params: { state: procurement.status },
        });
      const needLots = await this.lots.of(manager, id);
      if (needLots.length > 0 && (input.lots === undefined || input.tiers !== undefined)) throw perLotRequired('lots');
      if (needLots.length === 0 && input.lots !== undefined) throw noLotsInNeed('lots');
      if (input.lots) checkLotIds(needLots, input.lots);
      await manager.update(
        Quote,
        { procurementId: id, supplierOrganizationId: input.organizationId, status: Not('replaced') },
        { status: 'replaced' },
      );
      const quote = await manager.save(
        Quote,
        manager.create(Quote, {
          procurementId: id,
          supplierOrganizationId: input.organizationId,
          submittedBy: userId,
          tiers: tiersOut(input.tiers ?? []),
          lots:
            input.lots?.map((l) => ({
              lotId: l.lotId,
              tiers: tiersOut(l.tiers),
              maxQuantity: l.maxQuantity === undefined ? null : dec(l.maxQuantity).toFixed(),
            })) ?? null,
          leadTimeDays: input.leadTimeDays,
          validUntil: input.validUntil,
          notes: input.notes ?? null,
          warrantyMonths: input.warrantyMonths ?? null,
          paymentTermsDays: input.paymentTermsDays ?? null,
          status: 'live',
        }),
      );
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'performance',
        jobId: `quoted-${quote.id}`,
        data: { organizationId: input.organizationId, quoted: true },
      });
      return quoteView(quote, procurement, needLots);
    });
  }

  /** After a material amendment, the supplier stands by its quote under the new terms. */
  async confirm(userId: string, quoteId: string): Promise<QuoteView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Quote, { id: quoteId });
      if (!found) throw new NotFound('quote');
      const { procurement } = await this.access.load(userId, found.procurementId, 'quote.submit', manager, true, 'quote');
      await this.policy.requireActsIn(userId, procurement.clusterId, found.supplierOrganizationId, manager);
      const quote = await manager.findOneByOrFail(Quote, { id: quoteId });
      if (procurement.status !== 'quoting')
        throw new Conflict(`Quotes are confirmed only while quoting (the procurement is ${procurement.status})`, {
          code: 'procurement.wrong-state',
          params: { state: procurement.status },
        });
      if (quote.status !== 'needs-confirmation')
        throw new Conflict(`This quote has nothing to confirm (it is ${quote.status})`, {
          code: 'quote.nothing-to-confirm',
          params: { status: quote.status },
        });
      quote.status = 'live';
      await manager.update(Quote, { id: quoteId }, { status: 'live' });
      return quoteView(quote, procurement, await this.lots.of(manager, procurement.id));
    });
  }

  /**
   * Until quoting closes, nobody but its author sees a quote: buyers learn only how many have
   * arrived. After the opening, buyers see every quote; a supplier always sees only its own.
   */
  async list(userId: string, id: string): Promise<{ sealed: boolean; count: number; items: QuoteView[]; nextCursor: null }> {
    const { procurement, membership } = await this.access.load(userId, id);
    const inPlay = await this.dataSource
      .getRepository(Quote)
      .find({ where: { procurementId: id, status: Not('replaced') }, order: { createdAt: 'ASC' } });
    const sealed = procurement.quotesOpenedAt === null;
    let visible = inPlay;
    if (sealed || !this.policy.can(membership, 'quote.read-all')) {
      const mine = await this.policy.actingFor(
        userId,
        inPlay.map((q) => q.supplierOrganizationId),
      );
      visible = inPlay.filter((q) => mine.has(q.supplierOrganizationId));
    }
    const lots = await this.lots.of(this.dataSource.manager, id);
    const items = visible.map((q) => quoteView(q, procurement, lots));
    items.sort((a, b) => (a.totalPrice === null ? 1 : b.totalPrice === null ? -1 : dec(a.totalPrice).cmp(dec(b.totalPrice))));
    return { sealed, count: inPlay.length, items, nextCursor: null };
  }
}
