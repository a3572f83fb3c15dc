import fc from 'fast-check';
import Decimal from 'decimal.js';
import { allocate, minorUnits } from './allocation';

const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed();

describe('allocating an award between participants', () => {
  it('splits three equal shares of 100.00 as 33.34 + 33.33 + 33.33, summing exactly', () => {
    const { total, allocations } = allocate(
      [
        { organizationId: 'a', quantity: '1' },
        { organizationId: 'b', quantity: '1' },
        { organizationId: 'c', quantity: '1' },
      ],
      '33.333333',
      'USD',
    );
    expect(total).toBe('100.00');
    expect(allocations.map((a) => a.amount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('uses the currency minor unit: rials have none', () => {
    expect(minorUnits('IRR')).toBe(0);
    expect(minorUnits('AZN')).toBe(2);
    const { total, allocations } = allocate(
      [
        { organizationId: 'a', quantity: '2.5' },
        { organizationId: 'b', quantity: '1.25' },
      ],
      '1000001',
      'IRR',
    );
    expect(total).toBe('3750004');
    expect(sum(allocations.map((a) => a.amount))).toBe('3750004');
    expect(allocations.every((a) => !a.amount.includes('.'))).toBe(true);
  });

  it('always sums exactly to the total and stays within one minor unit of each exact share (property)', () => {
    const quantity = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).dividedBy(1000).toFixed());
    const price = fc.integer({ min: 1, max: 100_000_000 }).map((n) => new Decimal(n).dividedBy(10_000).toFixed());
    fc.assert(
      fc.property(
        fc.array(quantity, { minLength: 1, maxLength: 60 }),
        price,
        fc.constantFrom('AZN', 'IRR', 'USD', 'KWD'),
        (quantities, unitPrice, currency) => {
          const shares = quantities.map((q, i) => ({ organizationId: `org-${i}`, quantity: q }));
          const { total, allocations } = allocate(shares, unitPrice, currency);
          const unit = new Decimal(1).dividedBy(new Decimal(10).pow(minorUnits(currency)));
          expect(sum(allocations.map((a) => a.amount))).toBe(new Decimal(total).toFixed());
          for (const a of allocations) expect(new Decimal(unitPrice).times(a.quantity).minus(a.amount).abs().lte(unit)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('breaks equal remainders by larger quantity, then by organization id', () => {
    const { allocations } = allocate(
      [
        { organizationId: 'b', quantity: '1' },
        { organizationId: 'a', quantity: '1' },
      ],
      '0.005',
      'USD',
    );
    expect(allocations).toEqual([
      { organizationId: 'b', quantity: '1', unitPrice: '0.005', amount: '0.00' },
      { organizationId: 'a', quantity: '1', unitPrice: '0.005', amount: '0.01' },
    ]);
  });
});
