import type { Actor } from './factories';
import type { Platform } from './platform';

export const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
export const inDays = (d: number) => inSeconds(d * 86_400);

/**
 * What `firm` posts for a need unless told otherwise: 400 kg of two-ply carpet wool yarn (HS 510610)
 * paid in AZN, delivered to Zanjan, open for joining an hour and for quotes two.
 */
export const aNeedBy = (firm: Actor, overrides: Record<string, unknown> = {}) => ({
  organizationId: firm.organizationId,
  title: 'Carpet wool yarn',
  description: 'Two-ply',
  categoryCode: '510610',
  unit: 'kg',
  quantity: '400',
  currency: 'AZN',
  joinDeadline: inSeconds(3600),
  quoteDeadline: inSeconds(7200),
  deliveryCity: 'Zanjan',
  deliveryLat: 36.67,
  deliveryLng: 48.48,
  ...overrides,
});

/** What `firm` posts for a need in `lots` unless told otherwise: what `aNeedBy` says of the whole need; each lot says what it is and how much. */
export function aNeedInLotsBy(firm: Actor, lots: unknown, overrides: Record<string, unknown> = {}) {
  const { categoryCode: _categoryCode, unit: _unit, quantity: _quantity, ...whole } = aNeedBy(firm);
  return { ...whole, lots, ...overrides };
}

export interface Tier {
  minQuantity: string;
  unitPrice: string;
}

/**
 * What `supplier` quotes unless told otherwise: `prices` (one unit price from the first unit, or tiers),
 * delivered in a week, valid 30 days.
 */
export const aQuoteBy = (supplier: Actor, prices: string | Tier[], overrides: Record<string, unknown> = {}) => ({
  organizationId: supplier.organizationId,
  tiers: typeof prices === 'string' ? [{ minQuantity: '1', unitPrice: prices }] : prices,
  leadTimeDays: 7,
  validUntil: inSeconds(86400 * 30),
  ...overrides,
});

/**
 * What a supplier says it delivers unless told otherwise: wool, its yarn and fabric (HS chapter 51), 50 t a month
 * from 1 kg, in a week, within 900 km of Tabriz.
 */
export const aSupplierProfile = (overrides: Record<string, unknown> = {}) => ({
  categories: ['51'],
  capacityPerMonth: '50000',
  unit: 'kg',
  minOrderQuantity: '1',
  leadTimeDays: 7,
  serviceRadiusKm: 900,
  lat: 38.08,
  lng: 46.29,
  certifications: [],
  ...overrides,
});

/** A small wool-yarn supplier in Zanjan: 5 t a month of HS 5106 from 10 kg, within 500 km. */
export const aZanjanSupplierProfile = (overrides: Record<string, unknown> = {}) =>
  aSupplierProfile({
    categories: ['5106'],
    capacityPerMonth: '5000',
    minOrderQuantity: '10',
    serviceRadiusKm: 500,
    lat: 36.67,
    lng: 48.48,
    ...overrides,
  });

/** A need `firm` posted in the cluster (`aNeedBy` with `overrides`) and published; its id. */
export async function aPublishedNeed(p: Platform, clusterId: string, firm: Actor, overrides: Record<string, unknown> = {}) {
  const need = await p.http.as(firm).post(`/clusters/${clusterId}/procurements`, aNeedBy(firm, overrides));
  if (need.status !== 201) throw new Error(`need: ${need.status} ${JSON.stringify(need.body)}`);
  const id = need.body.id as string;
  const published = await p.http.as(firm).post(`/procurements/${id}/publish`);
  if (published.status >= 300) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return id;
}

/** `firm` pools `quantity` into the need for its organization. */
export const join = (p: Platform, id: string, firm: Actor, quantity: string) =>
  p.http.as(firm).post(`/procurements/${id}/participations`, { organizationId: firm.organizationId, quantity });

/** The people of the Persian phone tests, as `withMember` takes them: two carpet firms and a spinning mill. */
export const ZAHRA = { displayName: 'زهرا', locale: 'fa', organization: { name: 'کارگاه فرش رضایی' } };
export const REZA = { displayName: 'رضا', locale: 'fa', organization: { name: 'تعاونی فرشبافان ابهر' } };
export const TABRIZ_SPINNER = { displayName: 'ریسندگی', locale: 'fa', organization: { kind: 'supplier', name: 'ریسندگی نخ تبریز' } };

/** The Persian phone tests' need: 300 kg of carpet wool (HS 5106) in rials for زنجان, joining until 15 March 2027, quotes until the 20th. */
export const aPersianWoolNeedBy = (firm: Actor, overrides: Record<string, unknown> = {}) =>
  aNeedBy(firm, {
    title: 'نخ پشم فرش',
    description: '',
    categoryCode: '5106',
    quantity: '300',
    currency: 'IRR',
    joinDeadline: '2027-03-15T08:00:00Z',
    quoteDeadline: '2027-03-20T08:00:00Z',
    deliveryCity: 'زنجان',
    ...overrides,
  });
