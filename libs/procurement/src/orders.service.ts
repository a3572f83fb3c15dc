import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, AuditLog } from '@hamkar/clusters';
import { dec, Forbidden, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { minorUnits } from './allocation';
import { Delivery, Order, Payment } from './order.entity';
import { orderLines } from './order-lines';
import { deliveryRecord, orderView, OrderView } from './order-view';
import { nextOrderStatus, OrderEvent } from './order-state';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import type { Procurement } from './procurement.entity';

export interface NewDelivery {
  quantity: string;
  deliveredOn?: Date;
  qualityIssue?: string;
}

/**
 * After the award each participating firm has its own order with the supplier: the supplier
 * accepts it; the firm records what arrives (partial or whole, with any quality issue), pays,
 * and confirms receipt, which writes the delivery into the supplier's record.
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
    private readonly events: ProcurementEvents,
  ) {}

  /** Inside the award's transaction: one order per allocation, due when the quote's lead time runs out. */
  async place(
    manager: EntityManager,
    p: Procurement,
    supplierOrganizationId: string,
    leadTimeDays: number,
    allocations: Array<{ organizationId: string; quantity: string; unitPrice: string; amount: string }>,
  ): Promise<void> {
    const dueAt = new Date((p.awardedAt ?? new Date()).getTime() + leadTimeDays * 86_400_000);
    await manager.insert(
      Order,
      allocations.map((a) => ({
        procurementId: p.id,
        organizationId: a.organizationId,
        supplierOrganizationId,
        quantity: a.quantity,
        unitPrice: a.unitPrice,
        amount: a.amount,
        currency: p.currency,
        deliveryCity: p.deliveryCity,
        deliveryLat: p.deliveryLat,
        deliveryLng: p.deliveryLng,
        dueAt,
        status: 'placed' as const,
      })),
    );
    await this.notifier.notify(manager, {
      clusterId: p.clusterId,
      userIds: await this.access.peopleOf(manager, [supplierOrganizationId]),
      kind: 'procurement.orders-placed',
      title: p.title,
      body: `${allocations.length}`,
      link: `/procurements/${p.id}`,
      data: { procurementId: p.id },
      dedupeKey: `orders-placed:${p.id}`,
    });
  }

  /** The firm sees its own order, the supplier its orders, the organiser all of them. */
  async list(userId: string, procurementId: string): Promise<{ items: OrderView[] }> {
    const ctx = await this.access.load(userId, procurementId);
    const orders = await this.dataSource.getRepository(Order).find({ where: { procurementId }, order: { organizationId: 'ASC' } });
    // One query for the caller's seats among every firm and supplier listed, not two per order.
    const seats = await this.policy.actingFor(userId, [
      ctx.procurement.organizationId,
      ...orders.flatMap((o) => [o.organizationId, o.supplierOrganizationId]),
    ]);
    const organiser = this.policy.can(ctx.membership, 'procurement.manage') || seats.has(ctx.procurement.organizationId);
    const visible = orders.filter((o) => organiser || seats.has(o.organizationId) || seats.has(o.supplierOrganizationId));
    return { items: await Promise.all(visible.map((o) => this.view(this.dataSource.manager, o))) };
  }

  async get(userId: string, orderId: string): Promise<OrderView> {
    const { order } = await this.load(userId, orderId, 'any');
    return this.view(this.dataSource.manager, order);
  }

  accept(userId: string, orderId: string) {
    return this.step(userId, orderId, 'supplier', 'accept', async (manager, o) => {
      o.acceptedAt = new Date();
      await manager.update(Order, { id: o.id }, { acceptedAt: o.acceptedAt });
    });
  }

  recordDelivery(userId: string, orderId: string, input: NewDelivery) {
    const deliveredOn = input.deliveredOn ?? new Date();
    if (deliveredOn.getTime() > Date.now() + 60_000)
      throw new RuleBroken(
        'A delivery is recorded once it has arrived',
        [{ field: 'deliveredOn', message: 'must not be in the future', code: 'delivery.in-future' }],
        { code: 'delivery.in-future' },
      );
    return this.step(userId, orderId, 'buyer', 'deliver', async (manager, o) => {
      const delivered = (await manager.findBy(Delivery, { orderId: o.id })).reduce((s, d) => s.plus(d.quantity), dec(0));
      const remaining = dec(o.quantity).minus(delivered);
      if (dec(input.quantity).gt(remaining))
        throw new RuleBroken(
          'More than the order still awaits',
          [{ field: 'quantity', message: `at most ${remaining.toFixed()}`, code: 'delivery.more-than-ordered' }],
          { code: 'delivery.more-than-ordered', params: { remaining: remaining.toFixed() } },
        );
      await manager.insert(Delivery, {
        orderId: o.id,
        quantity: dec(input.quantity).toFixed(),
        deliveredOn,
        qualityIssue: input.qualityIssue?.trim() || null,
        recordedBy: userId,
      });
    });
  }

  confirmReceipt(userId: string, orderId: string) {
    return this.step(userId, orderId, 'buyer', 'confirm-receipt', async (manager, o) => {
      const deliveries = await manager.findBy(Delivery, { orderId: o.id });
      if (deliveries.length === 0)
        throw new RuleBroken('Record what arrived before confirming receipt', { code: 'order.nothing-delivered' });
      o.receivedAt = new Date();
      await manager.update(Order, { id: o.id }, { receivedAt: o.receivedAt });
      const record = deliveryRecord(o, deliveries);
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'performance',
        jobId: `received-${o.id}`,
        data: { organizationId: o.supplierOrganizationId, delivered: record },
      });
    });
  }

  pay(userId: string, orderId: string, amount: string) {
    return this.step(userId, orderId, 'buyer', 'pay', async (manager, o) => {
      const due = dec(o.amount).minus(o.amountPaid);
      if (dec(amount).decimalPlaces() > minorUnits(o.currency))
        throw new RuleBroken(
          `Amounts in ${o.currency} have at most ${minorUnits(o.currency)} decimals`,
          [{ field: 'amount', message: 'finer than the currency allows', code: 'payment.finer-than-currency' }],
          { code: 'payment.finer-than-currency', params: { currency: o.currency } },
        );
      if (dec(amount).gt(due))
        throw new RuleBroken(
          'More than the amount due',
          [{ field: 'amount', message: `at most ${due.toFixed(minorUnits(o.currency))}`, code: 'payment.more-than-due' }],
          { code: 'payment.more-than-due', params: { due: due.toFixed(minorUnits(o.currency)) } },
        );
      await manager.insert(Payment, { orderId: o.id, amount: dec(amount).toFixed(), recordedBy: userId });
      o.amountPaid = dec(o.amountPaid).plus(amount).toFixed();
      await manager.update(Order, { id: o.id }, { amountPaid: o.amountPaid });
    });
  }

  private async step(
    userId: string,
    orderId: string,
    side: 'supplier' | 'buyer',
    event: OrderEvent,
    effect: (manager: EntityManager, o: Order) => Promise<void>,
  ): Promise<OrderView> {
    const { view, audience } = await this.dataSource.transaction(async (manager) => {
      const { order, procurement } = await this.load(userId, orderId, side, manager);
      const status = nextOrderStatus(order.status, event);
      await effect(manager, order);
      if (status !== order.status) {
        order.status = status;
        await manager.update(Order, { id: order.id }, { status });
      }
      await this.audit.record(manager, {
        clusterId: procurement.clusterId,
        actorId: userId,
        action: `order.${event}`,
        targetType: 'order',
        targetId: order.id,
        data: { procurementId: procurement.id },
      });
      return { view: await this.view(manager, order), audience: await this.audienceOf(manager, order, procurement) };
    });
    this.events.orderChanged(audience, view);
    return view;
  }

  /** Who sees an order, as `load` allows: its two parties' people, the organiser's, and the cluster's organisers. */
  private async audienceOf(manager: EntityManager, o: Order, p: Procurement): Promise<string[]> {
    const parties = await this.access.peopleOf(manager, [o.organizationId, o.supplierOrganizationId, p.organizationId]);
    const organisers = await this.policy.peopleWhoMay(p.clusterId, 'procurement.manage', manager);
    return [...new Set([...parties, ...organisers])];
  }

  /** Only the order's two parties act on it (and the organiser reads it); anyone else in the cluster gets 403, outsiders 404. */
  private async load(
    userId: string,
    orderId: string,
    side: 'supplier' | 'buyer' | 'any',
    manager: EntityManager = this.dataSource.manager,
  ) {
    const order = await manager.findOne(Order, {
      where: { id: orderId },
      ...(side === 'any' ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!order) throw new NotFound('order');
    const ctx = await this.access.load(userId, order.procurementId, 'procurement.read', manager, false, 'order');
    // Both parties and the need's owner, in one query.
    const seats = await this.policy.actingFor(
      userId,
      [order.supplierOrganizationId, order.organizationId, ctx.procurement.organizationId],
      manager,
    );
    const isSupplier = seats.has(order.supplierOrganizationId);
    const isBuyer = seats.has(order.organizationId);
    if (side === 'supplier' && !isSupplier)
      throw new Forbidden('Only the supplier of this order may do this', { code: 'order.supplier-only' });
    if (side === 'buyer' && !isBuyer) throw new Forbidden('Only the firm that placed this order may do this', { code: 'order.buyer-only' });
    const organiser = this.policy.can(ctx.membership, 'procurement.manage') || seats.has(ctx.procurement.organizationId);
    if (side === 'any' && !isSupplier && !isBuyer && !organiser)
      throw new Forbidden('Only the parties to this order and the organiser see it', { code: 'order.parties-only' });
    return { order, procurement: ctx.procurement };
  }

  private async view(manager: EntityManager, o: Order): Promise<OrderView> {
    const [deliveries, payments] = await Promise.all([
      manager.find(Delivery, { where: { orderId: o.id }, order: { deliveredOn: 'ASC', recordedAt: 'ASC' } }),
      manager.find(Payment, { where: { orderId: o.id }, order: { paidAt: 'ASC' } }),
    ]);
    return orderView(o, deliveries, payments, await orderLines(manager, o));
  }
}
