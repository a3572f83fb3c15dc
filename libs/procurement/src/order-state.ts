import { InvalidTransition } from '@hamkar/common/pure';

export const ORDER_STATUSES = ['placed', 'accepted', 'received'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type OrderEvent = 'accept' | 'deliver' | 'confirm-receipt' | 'pay';

/** The life of an order, as a table: the supplier accepts, the firm records deliveries and payments, then confirms receipt. */
export const ORDER_TRANSITIONS: ReadonlyArray<{ from: OrderStatus; event: OrderEvent; to: OrderStatus }> = [
  { from: 'placed', event: 'accept', to: 'accepted' },
  { from: 'accepted', event: 'deliver', to: 'accepted' },
  { from: 'accepted', event: 'confirm-receipt', to: 'received' },
  { from: 'accepted', event: 'pay', to: 'accepted' },
  { from: 'received', event: 'pay', to: 'received' },
];

export function nextOrderStatus(from: OrderStatus, event: OrderEvent): OrderStatus {
  const t = ORDER_TRANSITIONS.find((x) => x.from === from && x.event === event);
  if (!t) throw new InvalidTransition('order', from, event);
  return t.to;
}
