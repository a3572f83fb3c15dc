import { dec } from '@hamkar/common/pure';

export interface Point {
  date: string;
  value: string;
}

/** Monthly amounts added up into a running total, started from the baseline. */
export function cumulative(baseline: string | null, monthly: Array<{ month: string; amount: string | number }>): Point[] {
  let total = dec(baseline ?? 0);
  return monthly.map((m) => {
    total = total.plus(m.amount);
    return { date: m.month, value: total.toFixed() };
  });
}

/**
 * How far the indicator has come from its baseline towards the target that is due next (or the
 * last one, once all are past): 0 at the baseline, 100 at the target, beyond 100 when exceeded.
 */
export function progressOf(
  baseline: string | null,
  current: string | null,
  targets: Array<{ dueDate: string; value: string }>,
  today: string,
) {
  const sorted = [...targets].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const target = sorted.find((t) => t.dueDate >= today) ?? sorted[sorted.length - 1] ?? null;
  if (!target || baseline === null || current === null || dec(target.value).eq(baseline)) return { target, progress: null };
  const progress = dec(current).minus(baseline).times(100).dividedBy(dec(target.value).minus(baseline)).toDecimalPlaces(1).toFixed();
  return { target, progress };
}
