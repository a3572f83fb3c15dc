import { dec } from '@hamkar/common/pure';
import type { AmendmentChanges } from './amendment.entity';
import type { Procurement } from './procurement.entity';

export interface ProcurementChange {
  description?: string;
  maxUnitPrice?: string | null;
  deliveryCity?: string;
  deliveryLat?: number;
  deliveryLng?: number;
  joinDeadline?: Date;
  quoteDeadline?: Date;
}

/**
 * What an organiser may amend, and whether a change alters what is being bought (material: every
 * quote made before it must be confirmed again) or only the timetable.
 */
export const AMENDABLE: ReadonlyArray<{ field: keyof ProcurementChange; material: boolean }> = [
  { field: 'description', material: true },
  { field: 'maxUnitPrice', material: true },
  { field: 'deliveryCity', material: true },
  { field: 'deliveryLat', material: true },
  { field: 'deliveryLng', material: true },
  { field: 'joinDeadline', material: false },
  { field: 'quoteDeadline', material: false },
];

const wire = (v: unknown): string | number | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return v as string | number;
};
const same = (field: keyof ProcurementChange, a: unknown, b: unknown) => {
  if (field === 'maxUnitPrice') return a === null || b === null ? a === b : dec(a as string).eq(b as string);
  return wire(a) === wire(b);
};

/** The fields that really change, as `{ from, to }`, and whether any of them is material. */
export function amendmentOf(p: Procurement, change: ProcurementChange): { changes: AmendmentChanges; material: boolean } {
  const changes: AmendmentChanges = {};
  let material = false;
  for (const { field, material: m } of AMENDABLE) {
    const to = change[field];
    if (to === undefined || same(field, p[field], to)) continue;
    changes[field] = {
      from: field === 'maxUnitPrice' && p.maxUnitPrice !== null ? dec(p.maxUnitPrice).toFixed() : wire(p[field]),
      to: field === 'maxUnitPrice' && to !== null ? dec(to as string).toFixed() : wire(to),
    };
    material ||= m;
  }
  return { changes, material };
}
