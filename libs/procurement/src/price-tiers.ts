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

/** Tiers are listed by strictly increasing minimum quantity, and a larger order is never dearer. */
export const tiersAreValid = (tiers: PriceTier[]) =>
  tiers.length > 0 &&
  tiers.every((t, i) => i === 0 || (dec(t.minQuantity).gt(tiers[i - 1].minQuantity) && dec(t.unitPrice).lte(tiers[i - 1].unitPrice)));
