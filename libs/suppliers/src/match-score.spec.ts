import { renderReasons } from './match-reasons';
import { byScore, haversineKm, isFeasible, MatchNeed, recordShare, scoreCandidate } from './match-score';

const now = new Date('2026-11-24T00:00:00Z');
const need: MatchNeed = {
  clusterId: 'c',
  categoryCode: '510610',
  quantity: '1000',
  unit: 'kg',
  deliveryLat: 36.67,
  deliveryLng: 48.48,
  neededBy: new Date('2027-01-23T00:00:00Z'),
};
const base = {
  organizationId: 'a',
  categoryCode: '510610',
  capacityPerMonth: '2000',
  minOrderQuantity: '100',
  leadTimeDays: 20,
  serviceRadiusKm: 800,
  lat: 38.08,
  lng: 46.29,
  unit: 'kg',
  deliveriesOnTime: 0,
  deliveriesInFull: 0,
  deliveriesWithoutIssue: 0,
  deliveriesTotal: 0,
  awardsWon: 0,
};

describe('supplier matching rules', () => {
  it('measures great-circle distance (Tabriz to Zanjan is about 250 km)', () => {
    expect(Math.round(haversineKm(38.08, 46.29, 36.67, 48.48))).toBeGreaterThan(240);
    expect(Math.round(haversineKm(38.08, 46.29, 36.67, 48.48))).toBeLessThan(260);
  });

  it('accepts a supplier of the exact code or of an ancestor heading, never of a sibling', () => {
    expect(isFeasible(base, need, now)).toBe(true);
    expect(isFeasible({ ...base, categoryCode: '5106' }, need, now)).toBe(true);
    expect(isFeasible({ ...base, categoryCode: '5107' }, need, now)).toBe(false);
  });

  it('rejects on every hard constraint, however good the rest', () => {
    expect(isFeasible({ ...base, unit: 't' }, need, now)).toBe(false);
    expect(isFeasible({ ...base, minOrderQuantity: '1001' }, need, now)).toBe(false);
    expect(isFeasible({ ...base, capacityPerMonth: '999' }, need, now)).toBe(false);
    expect(isFeasible({ ...base, serviceRadiusKm: 100 }, need, now)).toBe(false);
    expect(isFeasible({ ...base, leadTimeDays: 90 }, need, now)).toBe(false);
  });

  it('scores the more specific, closer, faster, proven supplier higher', () => {
    const c = { ...base, distanceKm: 250 };
    const better = scoreCandidate(
      { ...c, deliveriesOnTime: 9, deliveriesInFull: 10, deliveriesWithoutIssue: 10, deliveriesTotal: 10 },
      need,
      now,
    );
    const broader = scoreCandidate({ ...c, categoryCode: '51' }, need, now);
    const farther = scoreCandidate({ ...c, distanceKm: 700 }, need, now);
    expect([farther, broader, better].sort(byScore)[0]).toBe(better);
    expect(better.score).toBeGreaterThan(farther.score);
    expect(better.score).toBeLessThanOrEqual(100);
  });

  it('explains a match in Persian, Azerbaijani and English', () => {
    const { reasons } = scoreCandidate({ ...base, distanceKm: 250 }, need, now);
    expect(renderReasons(reasons, 'en')[0]).toBe('Sells exactly this product (HS 510610)');
    expect(renderReasons(reasons, 'fa')[2]).toContain('کیلومتر');
    expect(renderReasons(reasons, 'az')[3]).toContain('günə çatdırır');
  });

  it('ranks a supplier lower once a delivery came short or with a quality issue, however punctual', () => {
    const c = { ...base, distanceKm: 250 };
    const clean = scoreCandidate(
      { ...c, deliveriesOnTime: 3, deliveriesInFull: 3, deliveriesWithoutIssue: 3, deliveriesTotal: 3 },
      need,
      now,
    );
    const flawed = scoreCandidate(
      { ...c, organizationId: '0', deliveriesOnTime: 3, deliveriesInFull: 3, deliveriesWithoutIssue: 2, deliveriesTotal: 3 },
      need,
      now,
    );
    expect(flawed.score).toBeLessThan(clean.score);
    expect([flawed, clean].sort(byScore)[0]).toBe(clean);
    expect(recordShare({ deliveriesOnTime: 0, deliveriesInFull: 0, deliveriesWithoutIssue: 0, deliveriesTotal: 0 })).toBe(0.5);
    expect(renderReasons(flawed.reasons, 'en')[4]).toBe('Of 3 past orders: 3 on time, 3 in full, 2 without issue');
  });
});
