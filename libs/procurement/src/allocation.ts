import { dec } from '@hamkar/common/pure';
import Decimal from 'decimal.js';

export interface Share {
  organizationId: string;
  quantity: string;
}

export interface Allocation {
  organizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

/** Digits after the point in a currency's amounts (IRR 0, AZN 2, …), from the platform's ICU data. */
export function minorUnits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Splits the award total between participants in proportion to their quantities. The total is
 * `unitPrice × pooled quantity` rounded half-up to the currency's minor unit. Each share is first
 * rounded down to the minor unit; the minor units still missing go one each to the shares with the
 * largest remainders (ties: larger quantity first, then organization id), so the amounts always
 * sum exactly to the total and no share is off by more than one minor unit.
 */
export function allocate(shares: Share[], unitPrice: string, currency: string): { total: string; allocations: Allocation[] } {
  const digits = minorUnits(currency);
  const unit = new Decimal(1).dividedBy(new Decimal(10).pow(digits));
  const pooled = shares.reduce((s, x) => s.plus(dec(x.quantity)), dec(0));
  const total = dec(unitPrice).times(pooled).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const exact = shares.map((s) => ({ share: s, exact: dec(unitPrice).times(dec(s.quantity)) }));
  const floored = exact.map((e) => ({ ...e, amount: e.exact.toDecimalPlaces(digits, Decimal.ROUND_DOWN) }));
  let missing = total
    .minus(floored.reduce((s, x) => s.plus(x.amount), dec(0)))
    .dividedBy(unit)
    .toNumber();
  const order = [...floored].sort(
    (a, b) =>
      b.exact.minus(b.amount).cmp(a.exact.minus(a.amount)) ||
      dec(b.share.quantity).cmp(dec(a.share.quantity)) ||
      a.share.organizationId.localeCompare(b.share.organizationId),
  );
  for (let i = 0; missing > 0 && order.length > 0; i = (i + 1) % order.length, missing--) order[i].amount = order[i].amount.plus(unit);
  return {
    total: total.toFixed(digits),
    allocations: floored.map((f) => ({
      organizationId: f.share.organizationId,
      quantity: dec(f.share.quantity).toFixed(),
      unitPrice: dec(unitPrice).toFixed(),
      amount: f.amount.toFixed(digits),
    })),
  };
}
