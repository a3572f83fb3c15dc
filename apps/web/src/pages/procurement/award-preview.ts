import Decimal from 'decimal.js';

/** Digits after the point in a currency's amounts (IRR 0, AZN 2); the few the client offers, without asking the browser. */
const MINOR_UNITS: Record<string, number> = { IRR: 0, AZN: 2, USD: 2, EUR: 2, TRY: 2 };
export const minorUnits = (currency: string) => MINOR_UNITS[currency.toUpperCase()] ?? 2;

/**
 * What each firm will pay if this quote wins, by the server's own rule (libs/procurement/src/allocation.ts):
 * shares rounded down to the minor unit, the missing units to the largest remainders (then the larger
 * quantity, then the organization id), so the amounts add up exactly to the total shown.
 */
export function awardPreview(participants: Array<{ organizationId: string; quantity: string }>, unitPrice: string, currency: string) {
  const digits = minorUnits(currency);
  const unit = new Decimal(1).dividedBy(new Decimal(10).pow(digits));
  const price = new Decimal(unitPrice);
  const pooled = participants.reduce((s, x) => s.plus(x.quantity), new Decimal(0));
  const total = price.times(pooled).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const shares = participants.map((p) => {
    const exact = price.times(p.quantity);
    return { ...p, exact, amount: exact.toDecimalPlaces(digits, Decimal.ROUND_DOWN) };
  });
  let missing = total
    .minus(shares.reduce((s, x) => s.plus(x.amount), new Decimal(0)))
    .dividedBy(unit)
    .toNumber();
  const order = [...shares].sort(
    (a, b) =>
      b.exact.minus(b.amount).cmp(a.exact.minus(a.amount)) ||
      new Decimal(b.quantity).cmp(a.quantity) ||
      a.organizationId.localeCompare(b.organizationId),
  );
  for (let i = 0; missing > 0 && order.length > 0; i = (i + 1) % order.length, missing--) order[i].amount = order[i].amount.plus(unit);
  return {
    total: total.toFixed(digits),
    shares: shares.map((s) => ({ organizationId: s.organizationId, quantity: s.quantity, amount: s.amount.toFixed(digits) })),
  };
}
