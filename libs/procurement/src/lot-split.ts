import Decimal from 'decimal.js';
import { dec } from '@hamkar/common/pure';
import { allocate, Allocation, Share } from './allocation';

export interface LotAward {
  supplierOrganizationId: string;
  /** How much of the lot this supplier delivers; the awards of a lot add up to its pooled quantity. */
  quantity: string;
  unitPrice: string;
}

export interface SupplierAllocation {
  supplierOrganizationId: string;
  total: string;
  allocations: Allocation[];
}

const places = (q: string) => (q.split('.')[1] ?? '').length;

/**
 * Splits one lot, awarded to several suppliers by quantity, between the firms that pooled it.
 * Quantities first: each supplier but the last takes from every firm its proportional share,
 * rounded down to the finest quantity step used, and the steps still missing go one each to the
 * firms with the largest remainders (ties: larger quantity, then organization id) that still have
 * quantity left; the last supplier takes what each firm has left. So every firm's parts add up to
 * its quantity and every supplier's to its award. Money then follows the one rule of `allocate`:
 * each supplier's total is its quantity × price rounded to the minor unit, split between the firms
 * so the amounts add up to it exactly, none more than one minor unit from its exact share.
 */
export function splitLot(shares: Share[], awards: LotAward[], currency: string): SupplierAllocation[] {
  const pooled = shares.reduce((s, x) => s.plus(x.quantity), dec(0));
  const awarded = awards.reduce((s, x) => s.plus(x.quantity), dec(0));
  if (!pooled.eq(awarded)) throw new Error(`the awards add up to ${awarded.toFixed()}, the lot to ${pooled.toFixed()}`);
  const scale = Math.max(
    0,
    ...shares.map((s) => places(dec(s.quantity).toFixed())),
    ...awards.map((a) => places(dec(a.quantity).toFixed())),
  );
  const step = new Decimal(1).dividedBy(new Decimal(10).pow(scale));
  const left = new Map(shares.map((s) => [s.organizationId, dec(s.quantity)]));

  return awards.map((award, index) => {
    let cells: Array<{ organizationId: string; quantity: Decimal }>;
    if (index === awards.length - 1) {
      cells = shares.map((s) => ({ organizationId: s.organizationId, quantity: left.get(s.organizationId)! }));
    } else {
      const exact = shares.map((s) => ({ share: s, exact: dec(s.quantity).times(award.quantity).dividedBy(pooled) }));
      const taken = exact.map((e) => ({
        ...e,
        quantity: Decimal.min(e.exact.toDecimalPlaces(scale, Decimal.ROUND_DOWN), left.get(e.share.organizationId)!),
      }));
      let missing = dec(award.quantity)
        .minus(taken.reduce((s, x) => s.plus(x.quantity), dec(0)))
        .dividedBy(step)
        .toNumber();
      const order = [...taken].sort(
        (a, b) =>
          b.exact.minus(b.quantity).cmp(a.exact.minus(a.quantity)) ||
          dec(b.share.quantity).cmp(dec(a.share.quantity)) ||
          (a.share.organizationId < b.share.organizationId ? -1 : 1),
      );
      while (missing > 0) {
        const room = order.find((t) => left.get(t.share.organizationId)!.minus(t.quantity).gte(step));
        if (!room) throw new Error('no firm has quantity left for this award');
        room.quantity = room.quantity.plus(step);
        missing--;
        // The next step goes to the next firm in line, not the same one again.
        order.push(order.splice(order.indexOf(room), 1)[0]);
      }
      cells = taken.map((t) => ({ organizationId: t.share.organizationId, quantity: t.quantity }));
    }
    for (const c of cells) left.set(c.organizationId, left.get(c.organizationId)!.minus(c.quantity));
    const parts = cells.filter((c) => c.quantity.gt(0)).map((c) => ({ organizationId: c.organizationId, quantity: c.quantity.toFixed() }));
    const { total, allocations } = allocate(parts, award.unitPrice, currency);
    return { supplierOrganizationId: award.supplierOrganizationId, total, allocations };
  });
}

export interface LotPart {
  lotId: string;
  supplierOrganizationId: string;
  organizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

/**
 * The orders a need with lots places: one per firm and supplier, with a line for each lot (or part
 * of a split lot) that supplier delivers to that firm; quantity and amount are the lines' sums.
 */
export function ordersOfLots(
  parts: LotPart[],
): Array<{ organizationId: string; supplierOrganizationId: string; quantity: string; amount: string; lines: LotPart[] }> {
  const groups = new Map<string, LotPart[]>();
  for (const part of parts) {
    const key = `${part.organizationId}:${part.supplierOrganizationId}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  return [...groups.values()].map((lines) => ({
    organizationId: lines[0].organizationId,
    supplierOrganizationId: lines[0].supplierOrganizationId,
    quantity: lines.reduce((s, l) => s.plus(l.quantity), dec(0)).toFixed(),
    amount: lines.reduce((s, l) => s.plus(l.amount), dec(0)).toFixed(),
    lines,
  }));
}
