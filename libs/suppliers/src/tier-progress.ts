import { dec } from '@hamkar/common/pure';
import type { IndicativeTier } from './supplier-profile.entity';

export interface TierProgress {
  /** The best indicative unit price the pooled quantity reaches today, or null if no tier applies yet. */
  unitPrice: string | null;
  supplierOrganizationId: string | null;
  /** The nearest quantity that unlocks a lower price, with how much more is needed and how much cheaper it is. */
  next: { minQuantity: string; unitPrice: string; missing: string; percentCheaper: number } | null;
}

/**
 * From the matched suppliers' indicative tiers for this category and currency: the best price the
 * pooled quantity reaches, and the smallest extra quantity that makes it cheaper ("180 kg more → 7 % cheaper").
 */
export function tierProgress(
  offers: Array<{ supplierOrganizationId: string; tiers: IndicativeTier[] }>,
  categoryCode: string,
  currency: string,
  quantity: string,
): TierProgress {
  const q = dec(quantity);
  const usable = offers
    .map((o) => ({ ...o, tiers: o.tiers.filter((t) => t.currency === currency && categoryCode.startsWith(t.categoryCode)) }))
    .filter((o) => o.tiers.length);
  let best: { price: ReturnType<typeof dec>; supplier: string } | null = null;
  for (const o of usable)
    for (const t of o.tiers)
      if (dec(t.minQuantity).lte(q) && (!best || dec(t.unitPrice).lt(best.price)))
        best = { price: dec(t.unitPrice), supplier: o.supplierOrganizationId };
  let next: TierProgress['next'] = null;
  for (const o of usable)
    for (const t of o.tiers) {
      const min = dec(t.minQuantity);
      if (min.lte(q) || (best && dec(t.unitPrice).gte(best.price))) continue;
      if (!next || min.lt(next.minQuantity) || (min.eq(next.minQuantity) && dec(t.unitPrice).lt(next.unitPrice)))
        next = {
          minQuantity: min.toFixed(),
          unitPrice: dec(t.unitPrice).toFixed(),
          missing: min.minus(q).toFixed(),
          percentCheaper: best ? Math.round(best.price.minus(t.unitPrice).div(best.price).times(1000).toNumber()) / 10 : 0,
        };
    }
  return { unitPrice: best ? best.price.toFixed() : null, supplierOrganizationId: best?.supplier ?? null, next };
}
