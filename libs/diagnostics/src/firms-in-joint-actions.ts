/**
 * Firms in joint actions: each organization counted once, in the month it first took part in any
 * joint action (a pooled purchase or a project), however many it joined since.
 */
export function firstTimeFirmsByMonth(
  ...joinings: Array<Array<{ organizationId: string; first: Date | string }>>
): Array<{ month: string; amount: number }> {
  const first = new Map<string, number>();
  for (const j of joinings.flat()) {
    const at = new Date(j.first).getTime();
    first.set(j.organizationId, Math.min(at, first.get(j.organizationId) ?? Infinity));
  }
  const byMonth = new Map<string, number>();
  for (const at of first.values()) {
    const month = `${new Date(at).toISOString().slice(0, 7)}-01`;
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, amount]) => ({ month, amount }));
}
