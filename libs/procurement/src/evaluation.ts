import Decimal from 'decimal.js';
import { dec } from '@hamkar/common/pure';

/** What a need may be judged by, set when it is posted and fixed once it is published. */
export const CRITERIA = ['price', 'lead-time', 'delivery-record', 'warranty', 'payment-terms'] as const;
export type Criterion = (typeof CRITERIA)[number];
export interface WeightedCriterion {
  criterion: Criterion;
  /** Whole percentage points; a need's weights add up to 100. */
  weight: number;
}
export const PRICE_ONLY: WeightedCriterion[] = [{ criterion: 'price', weight: 100 }];

export interface Candidate {
  quoteId: string;
  supplierOrganizationId: string;
  /** The price at the pooled quantity; null when no tier reaches it (it scores nothing on price). */
  unitPrice: string | null;
  leadTimeDays: number;
  /** The supplier's delivery record (on time, in full, without issue) as the suppliers' context scores it, in [0, 1]. */
  deliveryRecord: number;
  warrantyMonths: number | null;
  paymentTermsDays: number | null;
}

/**
 * Each criterion gives a quote a share in [0, 1] of its weight, relative to the best quote on it:
 * price and lead time, the best over this one (lead time counted from 1 day); the delivery record,
 * its share as matching scores it (on time, in full and without issue, each with a neutral prior); warranty and payment terms,
 * this one over the longest offered (0 when nobody offers any).
 */
function shares(criterion: Criterion, all: Candidate[]): Decimal[] {
  const prices = all.map((c) => (c.unitPrice === null ? null : dec(c.unitPrice)));
  switch (criterion) {
    case 'price': {
      const best = Decimal.min(...(prices.filter((x) => x !== null && x.gt(0)) as Decimal[]), new Decimal(Infinity));
      return prices.map((x) => (x === null || !best.isFinite() ? new Decimal(0) : x.isZero() ? new Decimal(1) : best.div(x)));
    }
    case 'lead-time': {
      const best = Math.min(...all.map((c) => c.leadTimeDays)) + 1;
      return all.map((c) => new Decimal(best).div(c.leadTimeDays + 1));
    }
    case 'delivery-record':
      return all.map((c) => new Decimal(c.deliveryRecord));
    case 'warranty':
    case 'payment-terms': {
      const value = (c: Candidate) => (criterion === 'warranty' ? c.warrantyMonths : c.paymentTermsDays) ?? 0;
      const most = Math.max(0, ...all.map(value));
      return all.map((c) => (most === 0 ? new Decimal(0) : new Decimal(value(c)).div(most)));
    }
  }
}

export interface Ranked {
  rank: number;
  quoteId: string;
  supplierOrganizationId: string;
  /** Out of 100, two decimals. */
  score: string;
  /** Each criterion's points, so a reader sees why. */
  contributions: Partial<Record<Criterion, string>>;
}

/** Quotes by weighted score, best first; ties go to the lower price, then to the quote id (stable). */
export function rankQuotes(criteria: WeightedCriterion[], candidates: Candidate[]): Ranked[] {
  if (candidates.length === 0) return [];
  const points = criteria.map(({ criterion, weight }) => ({
    criterion,
    values: shares(criterion, candidates).map((s) => s.times(weight)),
  }));
  const scored = candidates.map((c, i) => ({
    c,
    total: points.reduce((sum, p) => sum.plus(p.values[i]), new Decimal(0)),
    contributions: Object.fromEntries(points.map((p) => [p.criterion, p.values[i].toFixed(2)])) as Ranked['contributions'],
  }));
  scored.sort((a, b) => {
    const byScore = b.total.toDecimalPlaces(2).cmp(a.total.toDecimalPlaces(2));
    if (byScore !== 0) return byScore;
    const pa = a.c.unitPrice === null ? null : dec(a.c.unitPrice);
    const pb = b.c.unitPrice === null ? null : dec(b.c.unitPrice);
    if (pa && pb && !pa.eq(pb)) return pa.cmp(pb);
    return a.c.quoteId < b.c.quoteId ? -1 : 1;
  });
  return scored.map((s, i) => ({
    rank: i + 1,
    quoteId: s.c.quoteId,
    supplierOrganizationId: s.c.supplierOrganizationId,
    score: s.total.toFixed(2),
    contributions: s.contributions,
  }));
}

/** Problems with a set of weights, for the service to raise; empty when it is fine. */
export function criteriaProblem(criteria: WeightedCriterion[]): { code: string; params?: Record<string, number>; message: string } | null {
  const seen = new Set(criteria.map((c) => c.criterion));
  if (seen.size !== criteria.length) return { code: 'evaluation.duplicate-criterion', message: 'Each criterion may appear once' };
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (sum !== 100) return { code: 'evaluation.weights-not-100', params: { sum }, message: `The weights add up to ${sum}, not 100` };
  return null;
}
