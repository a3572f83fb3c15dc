import fc from 'fast-check';
import Decimal from 'decimal.js';
import { minorUnits } from './allocation';
import { splitLot } from './lot-split';

const sum = (xs: Array<string | Decimal>) => xs.reduce<Decimal>((s, x) => s.plus(x), new Decimal(0));

describe('splitting a lot between suppliers and firms', () => {
  it('splits 1000 kg pooled 600 + 400 between two spinners, 700 and 300 kg, in proportion', () => {
    const [first, second] = splitLot(
      [
        { organizationId: 'a', quantity: '600' },
        { organizationId: 'b', quantity: '400' },
      ],
      [
        { supplierOrganizationId: 's1', quantity: '700', unitPrice: '12.5' },
        { supplierOrganizationId: 's2', quantity: '300', unitPrice: '13' },
      ],
      'AZN',
    );
    expect(first).toEqual({
      supplierOrganizationId: 's1',
      total: '8750.00',
      allocations: [
        { organizationId: 'a', quantity: '420', unitPrice: '12.5', amount: '5250.00' },
        { organizationId: 'b', quantity: '280', unitPrice: '12.5', amount: '3500.00' },
      ],
    });
    expect(second.allocations.map((x) => [x.organizationId, x.quantity, x.amount])).toEqual([
      ['a', '180', '2340.00'],
      ['b', '120', '1560.00'],
    ]);
  });

  it('refuses awards that do not add up to the lot', () => {
    expect(() =>
      splitLot([{ organizationId: 'a', quantity: '10' }], [{ supplierOrganizationId: 's', quantity: '9', unitPrice: '1' }], 'AZN'),
    ).toThrow('add up');
  });

  it("for any lot, split and firms: each supplier's amounts sum exactly to its total, each firm gets exactly its quantity, each amount within one minor unit of its exact share (property)", () => {
    const quantity = fc.integer({ min: 1, max: 5_000_000 }).map((n) => new Decimal(n).dividedBy(1000));
    const price = fc.integer({ min: 1, max: 100_000_000 }).map((n) => new Decimal(n).dividedBy(10_000).toFixed());
    const lot = fc.array(quantity, { minLength: 1, maxLength: 30 }).chain((quantities) => {
      const pooled = sum(quantities);
      const steps = pooled.times(1000).toNumber();
      // Cut points in thousandths split the pooled quantity between one to four suppliers.
      return fc.tuple(
        fc.constant(quantities),
        fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, steps - 1) }), { maxLength: Math.min(3, steps - 1) }),
        fc.array(price, { minLength: 4, maxLength: 4 }),
      );
    });
    fc.assert(
      fc.property(lot, fc.constantFrom('AZN', 'IRR', 'KWD'), ([quantities, cuts, prices], currency) => {
        const pooled = sum(quantities);
        const edges = [0, ...[...cuts].sort((a, b) => a - b), pooled.times(1000).toNumber()];
        const awards = edges.slice(1).map((e, i) => ({
          supplierOrganizationId: `s${i}`,
          quantity: new Decimal(e - edges[i]).dividedBy(1000).toFixed(),
          unitPrice: prices[i],
        }));
        const shares = quantities.map((q, i) => ({ organizationId: `org-${String(i).padStart(2, '0')}`, quantity: q.toFixed() }));
        const result = splitLot(shares, awards, currency);
        const unit = new Decimal(1).dividedBy(new Decimal(10).pow(minorUnits(currency)));
        // The finest quantity step the lot uses: thousandths, or hundredths when every quantity is in them.
        const places = Math.max(...[...shares, ...awards].map((x) => new Decimal(x.quantity).decimalPlaces()));
        const step = new Decimal(1).dividedBy(new Decimal(10).pow(places));
        result.forEach((r, i) => {
          expect(sum(r.allocations.map((a) => a.amount)).eq(r.total)).toBe(true);
          expect(
            new Decimal(r.total).eq(
              new Decimal(awards[i].quantity).times(awards[i].unitPrice).toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP),
            ),
          ).toBe(true);
          expect(sum(r.allocations.map((a) => a.quantity)).eq(awards[i].quantity)).toBe(true);
          for (const a of r.allocations) {
            expect(new Decimal(a.unitPrice).times(a.quantity).minus(a.amount).abs().lte(unit)).toBe(true);
            // Quantities stay near the proportional share: within one step per supplier.
            const exact = new Decimal(shares.find((s) => s.organizationId === a.organizationId)!.quantity)
              .times(awards[i].quantity)
              .dividedBy(pooled);
            expect(exact.minus(a.quantity).abs().lte(step.times(awards.length))).toBe(true);
          }
        });
        for (const s of shares)
          expect(
            sum(result.flatMap((r) => r.allocations.filter((a) => a.organizationId === s.organizationId).map((a) => a.quantity))).eq(
              s.quantity,
            ),
          ).toBe(true);
      }),
      {
        numRuns: 300,
        // Found by an earlier run: a firm of 0.01 in a lot counted in hundredths, where a step is 0.01, not 0.001.
        examples: [[[[new Decimal('0.01'), new Decimal('4936.28')], [1486230], ['0.0001', '0.0001', '0.0001', '0.0001']], 'AZN']],
      },
    );
  });
});
