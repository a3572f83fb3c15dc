import { dec } from '@hamkar/common/pure';

export interface PriceTier {
  minQuantity: string;
  unitPrice: string;
}

/** The unit price a quote offers at `quantity`: the tier with the largest minimum not above it; null if none applies. */
export function unitPriceAt(tiers: PriceTier[], quantity: string): string | null {
  const q = dec(quantity);
  let best: PriceTier | null = null;
  for (const t of tiers) if (dec(t.minQuantity).lte(q) && (!best || dec(t.minQuantity).gt(dec(best.minQuantity)))) best = t;
  return best ? dec(best.unitPrice).toFixed() : null;
}

/** The next cheaper tier above `quantity` and how much more quantity unlocks it. */
export function nextTier(tiers: PriceTier[], quantity: string): { minQuantity: string; unitPrice: string; missing: string } | null {
  const q = dec(quantity);
  const above = tiers.filter((t) => dec(t.minQuantity).gt(q)).sort((a, b) => dec(a.minQuantity).cmp(dec(b.minQuantity)));
  if (above.length === 0) return null;
  return { minQuantity: dec(above[0].minQuantity).toFixed(), unitPrice: dec(above[0].unitPrice).toFixed(), missing: dec(above[0].minQuantity).minus(q).toFixed() };
}

/** Tiers are listed by strictly increasing minimum quantity, and a larger order is never dearer. */
export const tiersAreValid = (tiers: PriceTier[]) =>
  tiers.length > 0 && tiers.every((t, i) => i === 0 || (dec(t.minQuantity).gt(tiers[i - 1].minQuantity) && dec(t.unitPrice).lte(tiers[i - 1].unitPrice)));

