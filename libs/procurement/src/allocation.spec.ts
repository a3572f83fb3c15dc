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

  it('always sums exactly to the total and stays within one minor unit of the exact share (randomised)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 500; run++) {
      const shares = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, i) => ({ organizationId: `org-${i}`, quantity: (rnd() * 1000).toFixed(3) }));
      const price = (rnd() * 100).toFixed(4);
      const { total, allocations } = allocate(shares, price, 'AZN');
      expect(sum(allocations.map((a) => a.amount))).toBe(new Decimal(total).toFixed());
      for (const a of allocations) {
        const exact = new Decimal(price).times(a.quantity);
        expect(exact.minus(a.amount).abs().lte('0.01')).toBe(true);
      }
    }
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
