import { tierProgress } from './tier-progress';

const tier = (minQuantity: string, unitPrice: string, categoryCode = '5106', currency = 'IRR') => ({
  categoryCode,
  minQuantity,
  unitPrice,
  currency,
});

describe('tier progress while firms pool', () => {
  const offers = [
    { supplierOrganizationId: 'a', tiers: [tier('100', '1000'), tier('1000', '930'), tier('5000', '880')] },
    { supplierOrganizationId: 'b', tiers: [tier('500', '960'), tier('2000', '900')] },
  ];

  it('shows the best price the pooled quantity reaches and what the next tier needs', () => {
    expect(tierProgress(offers, '510610', 'IRR', '820')).toEqual({
      unitPrice: '960',
      supplierOrganizationId: 'b',
      next: { minQuantity: '1000', unitPrice: '930', missing: '180', percentCheaper: 3.1 },
    });
  });

  it('ignores tiers of other categories and currencies', () => {
    const other = [{ supplierOrganizationId: 'c', tiers: [tier('1', '10', '3204'), tier('1', '10', '5106', 'AZN')] }];
    expect(tierProgress(other, '510610', 'IRR', '50')).toEqual({ unitPrice: null, supplierOrganizationId: null, next: null });
  });

  it('has no next step once the cheapest tier is reached', () => {
    expect(tierProgress(offers, '510610', 'IRR', '6000').next).toBeNull();
  });
});
