import fc from 'fast-check';
import Decimal from 'decimal.js';
import { minorUnits } from './allocation';
import { LotPart, ordersOfLots, splitLot } from './lot-split';

const sum = (xs: Array<string | Decimal>) => xs.reduce<Decimal>((s, x) => s.plus(x), new Decimal(0));
const FIRMS = ['org-a', 'org-b', 'org-c', 'org-d', 'org-e', 'org-f'];
const SUPPLIERS = ['s-1', 's-2', 's-3', 's-4'];

/** One lot: some of the firms with a quantity each, cut between one to four of the suppliers by quantity. */
const aLot = fc
  .record({
    firms: fc.subarray(FIRMS, { minLength: 1 }),
    thousandths: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: FIRMS.length, maxLength: FIRMS.length }),
    suppliers: fc.shuffledSubarray(SUPPLIERS, { minLength: 1, maxLength: 4 }),
    prices: fc.array(
      fc.integer({ min: 1, max: 50_000_000 }).map((n) => new Decimal(n).dividedBy(10_000).toFixed()),
      { minLength: 4, maxLength: 4 },
    ),
    cutSeed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ firms, thousandths, suppliers, prices, cutSeed }) => {
    const shares = firms.map((f, i) => ({ organizationId: f, quantity: new Decimal(thousandths[i]).dividedBy(1000).toFixed() }));
    const steps = sum(shares.map((s) => s.quantity))
      .times(1000)
      .toNumber();
    // Cut points in thousandths, distinct and inside the lot, one fewer than the suppliers (fewer if the lot is tiny).
    const cuts = [
      ...new Set(
        cutSeed
          .slice(0, suppliers.length - 1)
          .map((c) => 1 + Math.floor(c * (steps - 1)))
          .filter((c) => c < steps),
      ),
    ].sort((a, b) => a - b);
    const edges = [0, ...cuts, steps];
    const awards = edges.slice(1).map((e, i) => ({
      supplierOrganizationId: suppliers[i],
      quantity: new Decimal(e - edges[i]).dividedBy(1000).toFixed(),
      unitPrice: prices[i],
    }));
    return { shares, awards };
  });

describe('a need with several lots, each awarded on its own and some split between suppliers', () => {
  it("for any lots, split quantities and participants: per-lot allocations sum exactly to each award's total, each within one minor unit of its exact share, and the orders per firm and supplier add up (property)", () => {
    fc.assert(
      fc.property(fc.array(aLot, { minLength: 1, maxLength: 5 }), fc.constantFrom('AZN', 'IRR', 'KWD'), (lots, currency) => {
        const unit = new Decimal(1).dividedBy(new Decimal(10).pow(minorUnits(currency)));
        const parts: LotPart[] = [];
        let awarded = new Decimal(0);
        lots.forEach((lot, n) => {
          const result = splitLot(lot.shares, lot.awards, currency);
          result.forEach((r, i) => {
            const award = lot.awards[i];
            // The supplier's total is its quantity × price, rounded once; the firms' amounts add up to it exactly.
            expect(
              new Decimal(r.total).eq(
                new Decimal(award.quantity).times(award.unitPrice).toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP),
              ),
            ).toBe(true);
            expect(sum(r.allocations.map((a) => a.amount)).eq(r.total)).toBe(true);
            expect(sum(r.allocations.map((a) => a.quantity)).eq(award.quantity)).toBe(true);
            for (const a of r.allocations) expect(new Decimal(a.quantity).times(a.unitPrice).minus(a.amount).abs().lte(unit)).toBe(true);
            awarded = awarded.plus(r.total);
            parts.push(...r.allocations.map((a) => ({ lotId: `lot-${n}`, supplierOrganizationId: r.supplierOrganizationId, ...a })));
          });
          // Every firm in the lot gets exactly what it pooled, across the lot's suppliers.
          for (const s of lot.shares)
            expect(
              sum(parts.filter((x) => x.lotId === `lot-${n}` && x.organizationId === s.organizationId).map((x) => x.quantity)).eq(
                s.quantity,
              ),
            ).toBe(true);
        });
        const orders = ordersOfLots(parts);
        // One order per firm and supplier, whose lines are its lots; together the orders are the whole award.
        expect(new Set(orders.map((o) => `${o.organizationId}:${o.supplierOrganizationId}`)).size).toBe(orders.length);
        for (const o of orders) {
          expect(new Set(o.lines.map((l) => l.lotId)).size).toBe(o.lines.length);
          expect(sum(o.lines.map((l) => l.amount)).eq(o.amount)).toBe(true);
        }
        expect(sum(orders.map((o) => o.amount)).eq(awarded)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
