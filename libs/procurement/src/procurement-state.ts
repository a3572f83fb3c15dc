import { InvalidTransition } from '@hamkar/common/pure';

export const PROCUREMENT_STATUSES = ['draft', 'open', 'quoting', 'evaluating', 'awarded', 'completed', 'cancelled'] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];
export type ProcurementEvent = 'publish' | 'close-joining' | 'close-quoting' | 'award' | 'complete' | 'cancel';

/** The life of a joint procurement, as a table: anything not listed here is refused with 409. */
export const PROCUREMENT_TRANSITIONS: ReadonlyArray<{ from: ProcurementStatus; event: ProcurementEvent; to: ProcurementStatus }> = [
  { from: 'draft', event: 'publish', to: 'open' },
  { from: 'open', event: 'close-joining', to: 'quoting' },
  { from: 'quoting', event: 'close-quoting', to: 'evaluating' },
  { from: 'evaluating', event: 'award', to: 'awarded' },
  { from: 'awarded', event: 'complete', to: 'completed' },
  { from: 'draft', event: 'cancel', to: 'cancelled' },
  { from: 'open', event: 'cancel', to: 'cancelled' },
  { from: 'quoting', event: 'cancel', to: 'cancelled' },
  { from: 'evaluating', event: 'cancel', to: 'cancelled' },
];

export function nextStatus(from: ProcurementStatus, event: ProcurementEvent): ProcurementStatus {
  const t = PROCUREMENT_TRANSITIONS.find((x) => x.from === from && x.event === event);
  if (!t) throw new InvalidTransition('procurement', from, event);
  return t.to;
}

export const canHappen = (from: ProcurementStatus, event: ProcurementEvent) =>
  PROCUREMENT_TRANSITIONS.some((x) => x.from === from && x.event === event);
