import { dec } from '@hamkar/common/pure';

export interface MatchNeed {
  clusterId: string;
  categoryCode: string;
  quantity: string;
  unit: string;
  deliveryLat: number;
  deliveryLng: number;
  neededBy: Date;
}

export interface MatchReason {
  code: string;
  params: Record<string, string | number>;
}

export interface SupplierMatch {
  supplierOrganizationId: string;
  score: number;
  reasons: MatchReason[];
}

/** The figures of one candidate that already passed every hard constraint. */
export interface Candidate {
  organizationId: string;
  categoryCode: string;
  capacityPerMonth: string;
  minOrderQuantity: string;
  leadTimeDays: number;
  serviceRadiusKm: number;
  distanceKm: number;
  deliveriesOnTime: number;
  deliveriesInFull: number;
  deliveriesWithoutIssue: number;
  deliveriesTotal: number;
  awardsWon: number;
}

/** A supplier's counted deliveries, from the orders whose receipt its buyers confirmed. */
export type DeliveryCounts = Pick<Candidate, 'deliveriesOnTime' | 'deliveriesInFull' | 'deliveriesWithoutIssue' | 'deliveriesTotal'>;

/**
 * The delivery record as a share in [0, 1]: on time, in full and without issue count a third each,
 * each with a neutral prior, (n + 1) / (total + 2), so a newcomer starts at one half and one bad
 * delivery does not sink a long good record. Matching and the weighted evaluation both use it.
 */
export function recordShare(r: DeliveryCounts): number {
  return (r.deliveriesOnTime + r.deliveriesInFull + r.deliveriesWithoutIssue + 3) / (3 * (r.deliveriesTotal + 2));
}

/** Weights of the documented score (they sum to 100). */
export const WEIGHTS = { category: 30, capacity: 20, distance: 20, leadTime: 15, performance: 15 } as const;

export const daysUntil = (d: Date, now: Date) => Math.floor((d.getTime() - now.getTime()) / 86_400_000);

const EARTH_KM = 6371.0088;
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The hard constraints, as one predicate (SQL applies the same rules; tests compare both):
 * the supplier's category equals the needed code or is an ancestor of it; same unit; the minimum
 * order is at most the pooled quantity; a month of capacity covers it; the delivery point is
 * within the service radius; the lead time ends before the need.
 */
export function isFeasible(
  c: Omit<Candidate, 'distanceKm'> & { lat: number; lng: number; unit: string },
  need: MatchNeed,
  now: Date,
): boolean {
  return (
    need.categoryCode.startsWith(c.categoryCode) &&
    c.unit === need.unit &&
    dec(c.minOrderQuantity).lte(need.quantity) &&
    dec(c.capacityPerMonth).gte(need.quantity) &&
    haversineKm(c.lat, c.lng, need.deliveryLat, need.deliveryLng) <= c.serviceRadiusKm &&
    c.leadTimeDays <= daysUntil(need.neededBy, now)
  );
}

/**
 * Score in [0, 100], higher is better:
 * - category (30): how specific the supplier's category is for the need (6-digit match 30, heading 20, chapter 10);
 * - capacity (20): headroom of monthly capacity over the pooled quantity, full marks at twice the quantity;
 * - distance (20): 20 at the door, falling linearly to 0 at the edge of the service radius;
 * - lead time (15): share of the time to the need left after the lead time;
 * - delivery record (15): on time, in full and without issue, a third each (see recordShare).
 * Ties are broken by organization id so the ranking is deterministic.
 */
export function scoreCandidate(c: Candidate, need: MatchNeed, now: Date): SupplierMatch {
  const specificity = c.categoryCode.length / need.categoryCode.length;
  const q = dec(need.quantity);
  const headroom = Math.max(0, Math.min(1, dec(c.capacityPerMonth).minus(q).div(q).toNumber()));
  const nearness = c.serviceRadiusKm > 0 ? Math.max(0, 1 - c.distanceKm / c.serviceRadiusKm) : 1;
  const available = Math.max(1, daysUntil(need.neededBy, now));
  const slack = Math.max(0, Math.min(1, (available - c.leadTimeDays) / available));
  const record = recordShare(c);
  const score =
    WEIGHTS.category * specificity +
    WEIGHTS.capacity * headroom +
    WEIGHTS.distance * nearness +
    WEIGHTS.leadTime * slack +
    WEIGHTS.performance * record;
  const reasons: MatchReason[] = [
    { code: c.categoryCode === need.categoryCode ? 'category.exact' : 'category.broader', params: { code: c.categoryCode } },
    { code: 'capacity', params: { percent: Math.round(dec(c.capacityPerMonth).div(q).times(100).toNumber()) } },
    { code: 'distance', params: { km: Math.round(c.distanceKm), radiusKm: Math.round(c.serviceRadiusKm) } },
    { code: 'lead-time', params: { days: c.leadTimeDays, spare: Math.max(0, available - c.leadTimeDays) } },
    c.deliveriesTotal > 0
      ? {
          code: 'performance',
          params: {
            onTime: c.deliveriesOnTime,
            inFull: c.deliveriesInFull,
            withoutIssue: c.deliveriesWithoutIssue,
            total: c.deliveriesTotal,
          },
        }
      : { code: 'performance.new', params: {} },
  ];
  return { supplierOrganizationId: c.organizationId, score: Math.round(score * 100) / 100, reasons };
}

export const byScore = (a: SupplierMatch, b: SupplierMatch) =>
  b.score - a.score || a.supplierOrganizationId.localeCompare(b.supplierOrganizationId);
