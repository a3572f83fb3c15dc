import { Candidate, criteriaProblem, rankQuotes } from './evaluation';

const quote = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  quoteId: id,
  supplierOrganizationId: `s-${id}`,
  unitPrice: '10',
  leadTimeDays: 10,
  deliveryRecord: 0.5,
  warrantyMonths: null,
  paymentTermsDays: null,
  ...over,
});

describe('weighted evaluation', () => {
  it('ranks by price alone when that is the only criterion', () => {
    const ranked = rankQuotes(
      [{ criterion: 'price', weight: 100 }],
      [quote('a', { unitPrice: '12.5' }), quote('b', { unitPrice: '10' }), quote('c', { unitPrice: null })],
    );
    expect(ranked.map((r) => [r.quoteId, r.score, r.contributions.price])).toEqual([
      ['b', '100.00', '100.00'],
      ['a', '80.00', '80.00'],
      ['c', '0.00', '0.00'],
    ]);
  });

  it('lets a faster, reliable supplier with a warranty beat a slightly cheaper one, showing each contribution', () => {
    const criteria = [
      { criterion: 'price', weight: 50 },
      { criterion: 'lead-time', weight: 20 },
      { criterion: 'delivery-record', weight: 20 },
      { criterion: 'warranty', weight: 10 },
    ] as const;
    const cheap = quote('cheap', { unitPrice: '10', leadTimeDays: 29, deliveryRecord: 1 / 6 });
    const good = quote('good', { unitPrice: '11', leadTimeDays: 4, deliveryRecord: 0.9, warrantyMonths: 12 });
    const [first, second] = rankQuotes([...criteria], [cheap, good]);
    expect(first).toMatchObject({
      rank: 1,
      quoteId: 'good',
      contributions: { price: '45.45', 'lead-time': '20.00', 'delivery-record': '18.00', warranty: '10.00' },
      score: '93.45',
    });
    expect(second).toMatchObject({
      rank: 2,
      quoteId: 'cheap',
      contributions: { price: '50.00', 'lead-time': '3.33', 'delivery-record': '3.33', warranty: '0.00' },
      score: '56.67',
    });
  });

  it('breaks ties by the lower price, then by the quote id', () => {
    const ranked = rankQuotes(
      [{ criterion: 'lead-time', weight: 100 }],
      [quote('z', { unitPrice: '9' }), quote('y', { unitPrice: '8' }), quote('x', { unitPrice: '8' })],
    );
    expect(ranked.map((r) => r.quoteId)).toEqual(['x', 'y', 'z']);
  });

  it('wants weights that add up to 100, each criterion once', () => {
    expect(
      criteriaProblem([
        { criterion: 'price', weight: 60 },
        { criterion: 'warranty', weight: 40 },
      ]),
    ).toBeNull();
    expect(
      criteriaProblem([
        { criterion: 'price', weight: 60 },
        { criterion: 'warranty', weight: 30 },
      ]),
    ).toMatchObject({ code: 'evaluation.weights-not-100', params: { sum: 90 } });
    expect(
      criteriaProblem([
        { criterion: 'price', weight: 50 },
        { criterion: 'price', weight: 50 },
      ]),
    ).toMatchObject({ code: 'evaluation.duplicate-criterion' });
  });
});
