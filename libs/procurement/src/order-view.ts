import { dec } from '@hamkar/common/pure';
import { minorUnits } from './allocation';
import type { Delivery, Order, Payment } from './order.entity';

const paymentStatus = (o: Order): 'unpaid' | 'partly-paid' | 'paid' =>
  dec(o.amountPaid).isZero() ? 'unpaid' : dec(o.amountPaid).gte(o.amount) ? 'paid' : 'partly-paid';

/** How the supplier did on this order, once the firm has confirmed receipt. */
export function deliveryRecord(
  o: Pick<Order, 'quantity' | 'dueAt'>,
  deliveries: Array<Pick<Delivery, 'quantity' | 'deliveredOn' | 'qualityIssue'>>,
) {
  const received = deliveries.reduce((s, d) => s.plus(d.quantity), dec(0));
  return {
    onTime: deliveries.length > 0 && deliveries.every((d) => d.deliveredOn.getTime() <= o.dueAt.getTime()),
    inFull: received.gte(o.quantity),
    withoutIssue: deliveries.every((d) => !d.qualityIssue),
  };
}

/** A line of an order on a need with lots: what it buys in one lot. */
export interface OrderLineView {
  lotId: string;
  lotNumber: number;
  title: string;
  categoryCode: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export function orderView(o: Order, deliveries: Delivery[], payments: Payment[], lines: OrderLineView[] = []) {
  const places = minorUnits(o.currency);
  const delivered = deliveries.reduce((s, d) => s.plus(d.quantity), dec(0));
  return {
    id: o.id,
    procurementId: o.procurementId,
    organizationId: o.organizationId,
    supplierOrganizationId: o.supplierOrganizationId,
    quantity: dec(o.quantity).toFixed(),
    unitPrice: dec(o.unitPrice).toFixed(),
    amount: dec(o.amount).toFixed(places),
    currency: o.currency,
    deliveryCity: o.deliveryCity,
    deliveryLat: o.deliveryLat,
    deliveryLng: o.deliveryLng,
    dueAt: o.dueAt,
    status: o.status,
    acceptedAt: o.acceptedAt,
    receivedAt: o.receivedAt,
    deliveredQuantity: delivered.toFixed(),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      quantity: dec(d.quantity).toFixed(),
      deliveredOn: d.deliveredOn,
      qualityIssue: d.qualityIssue,
    })),
    amountPaid: dec(o.amountPaid).toFixed(places),
    amountDue: dec(o.amount).minus(o.amountPaid).toFixed(places),
    paymentStatus: paymentStatus(o),
    payments: payments.map((x) => ({ id: x.id, amount: dec(x.amount).toFixed(places), paidAt: x.paidAt })),
    record: o.status === 'received' ? deliveryRecord(o, deliveries) : null,
    lines,
  };
}
export type OrderView = ReturnType<typeof orderView>;
