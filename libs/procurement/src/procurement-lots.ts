import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { dec, RuleBroken } from '@hamkar/common';
import { minorUnits } from './allocation';
import { LotAllocation, LotAward } from './lot-award.entity';
import { LotParticipation, ProcurementLot } from './lot.entity';

export interface NewLot {
  title: string;
  categoryCode: string;
  unit: string;
  /** The posting firm's own quantity in this lot. */
  quantity: string;
}

export interface LotQuantity {
  lotId: string;
  quantity: string;
}

export const perLotRequired = (field: string) =>
  new RuleBroken(
    'This need has lots: give them per lot',
    [{ field, message: 'required per lot on a need with lots', code: 'lot.per-lot-required' }],
    { code: 'lot.per-lot-required' },
  );
export const noLotsInNeed = (field: string) =>
  new RuleBroken('This need has no lots', [{ field, message: 'this need has no lots', code: 'lot.none-in-need' }], {
    code: 'lot.none-in-need',
  });
export const duplicateLot = (field: string) =>
  new RuleBroken('Each lot may appear once', [{ field, message: 'each lot may appear once', code: 'lot.duplicate' }], {
    code: 'lot.duplicate',
  });
export const unknownLot = (field: string, lotId: string) =>
  new RuleBroken('This need has no such lot', [{ field, message: 'not a lot of this need', code: 'lot.unknown', params: { lotId } }], {
    code: 'lot.unknown',
    params: { lotId },
  });

/** Names people would take for the same lot: case, spacing and Persian/Arabic letter forms aside. */
const sameTitle = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase().replace(/ي/g, 'ی').replace(/ك/g, 'ک');

/** Checks a list of lots given per lot id (quantities, tiers) against the need's lots. */
export function checkLotIds(lots: ProcurementLot[], given: Array<{ lotId: string }>, field = 'lots'): void {
  const known = new Set(lots.map((l) => l.id));
  const seen = new Set<string>();
  given.forEach((g, i) => {
    if (!known.has(g.lotId)) throw unknownLot(`${field}.${i}.lotId`, g.lotId);
    if (seen.has(g.lotId)) throw duplicateLot(`${field}.${i}.lotId`);
    seen.add(g.lotId);
  });
}

/**
 * The lots of a need and each firm's quantity in them. Every write happens under the procurement's
 * row lock, which the caller holds, so the lots' pooled totals are exact under concurrency.
 */
@Injectable()
export class ProcurementLots {
  of(manager: EntityManager, procurementId: string): Promise<ProcurementLot[]> {
    return manager.find(ProcurementLot, { where: { procurementId }, order: { number: 'ASC' } });
  }

  /** The need's lots, with the posting firm's quantity in each (its participation row exists already). */
  async create(manager: EntityManager, procurementId: string, organizationId: string, lots: NewLot[]): Promise<void> {
    const titles = lots.map((l) => sameTitle(l.title));
    const twice = titles.findIndex((t, i) => titles.indexOf(t) !== i);
    if (twice >= 0) throw duplicateLot(`lots.${twice}.title`);
    const rows = await manager.save(
      ProcurementLot,
      lots.map((l, i) =>
        manager.create(ProcurementLot, {
          procurementId,
          number: i + 1,
          title: l.title,
          categoryCode: l.categoryCode,
          unit: l.unit,
          totalQuantity: dec(l.quantity).toFixed(),
        }),
      ),
    );
    await manager.insert(
      LotParticipation,
      rows.map((r, i) => ({ lotId: r.id, organizationId, procurementId, quantity: dec(lots[i].quantity).toFixed() })),
    );
  }

  /** Replaces a firm's quantities per lot; answers the sum, its participation's quantity. */
  async setQuantities(
    manager: EntityManager,
    lots: ProcurementLot[],
    procurementId: string,
    organizationId: string,
    quantities: LotQuantity[],
  ): Promise<Decimal> {
    checkLotIds(lots, quantities);
    await manager.delete(LotParticipation, { procurementId, organizationId });
    await manager.insert(
      LotParticipation,
      quantities.map((q) => ({ lotId: q.lotId, organizationId, procurementId, quantity: dec(q.quantity).toFixed() })),
    );
    return quantities.reduce((s, q) => s.plus(q.quantity), dec(0));
  }

  /** Each lot's pooled quantity again from its participations (after a firm joins, changes or leaves). */
  async recount(manager: EntityManager, procurementId: string): Promise<void> {
    await manager.query(
      `UPDATE procurement_lots l SET total_quantity = coalesce((SELECT sum(lp.quantity) FROM lot_participations lp WHERE lp.lot_id = l.id), 0) WHERE l.procurement_id = $1`,
      [procurementId],
    );
  }

  /** The lots as shown on the need: each firm's quantity, and once awarded, each supplier's part and every firm's allocation in it. */
  async view(manager: EntityManager, procurementId: string, currency: string) {
    const lots = await this.of(manager, procurementId);
    if (lots.length === 0) return [];
    const [shares, awards, allocations] = await Promise.all([
      manager.find(LotParticipation, { where: { procurementId }, order: { organizationId: 'ASC' } }),
      // The larger part of a split first, as a reader scans it.
      manager.find(LotAward, { where: { procurementId }, order: { awardedAt: 'ASC', quantity: 'DESC', supplierOrganizationId: 'ASC' } }),
      manager.find(LotAllocation, { where: { procurementId }, order: { organizationId: 'ASC' } }),
    ]);
    const places = minorUnits(currency);
    return lots.map((l) => ({
      id: l.id,
      number: l.number,
      title: l.title,
      categoryCode: l.categoryCode,
      unit: l.unit,
      totalQuantity: dec(l.totalQuantity).toFixed(),
      awardedAt: l.awardedAt,
      participants: shares
        .filter((s) => s.lotId === l.id)
        .map((s) => ({ organizationId: s.organizationId, quantity: dec(s.quantity).toFixed() })),
      awards: awards
        .filter((a) => a.lotId === l.id)
        .map((a) => ({
          supplierOrganizationId: a.supplierOrganizationId,
          quoteId: a.quoteId,
          quantity: dec(a.quantity).toFixed(),
          unitPrice: dec(a.unitPrice).toFixed(),
          total: dec(a.total).toFixed(places),
          allocations: allocations
            .filter((x) => x.lotId === l.id && x.supplierOrganizationId === a.supplierOrganizationId)
            .map((x) => ({
              organizationId: x.organizationId,
              quantity: dec(x.quantity).toFixed(),
              unitPrice: dec(x.unitPrice).toFixed(),
              amount: dec(x.amount).toFixed(places),
              saving: x.saving === null ? null : dec(x.saving).toFixed(),
            })),
        })),
    }));
  }
}
export type LotView = Awaited<ReturnType<ProcurementLots['view']>>[number];
