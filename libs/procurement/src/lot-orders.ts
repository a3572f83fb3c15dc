import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { EntityManager, In } from 'typeorm';
import { dec } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { minorUnits } from './allocation';
import { LotAllocation, LotAward } from './lot-award.entity';
import { ordersOfLots } from './lot-split';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { ProcurementAccess } from './procurement-access';
import type { Procurement } from './procurement.entity';
import { Quote } from './quote.entity';

/**
 * The orders of a need with lots, placed when its last lot is awarded: one per firm and supplier,
 * with a line for each lot (or part of a split lot) that supplier delivers to that firm. The order's
 * quantity and amount are its lines' sums; its unit price is their average, each line keeps its own.
 */
@Injectable()
export class LotOrders {
  constructor(
    private readonly access: ProcurementAccess,
    private readonly notifier: Notifier,
  ) {}

  async place(manager: EntityManager, p: Procurement, awards: LotAward[]): Promise<void> {
    const allocations = await manager.find(LotAllocation, {
      where: { procurementId: p.id },
      order: { organizationId: 'ASC', supplierOrganizationId: 'ASC' },
    });
    const quotes = await manager.find(Quote, { where: { id: In([...new Set(awards.map((a) => a.quoteId))]) } });
    const leadTime = new Map(awards.map((a) => [a.supplierOrganizationId, quotes.find((q) => q.id === a.quoteId)!.leadTimeDays]));
    const orders = ordersOfLots(allocations);
    const places = minorUnits(p.currency);
    const at = (p.awardedAt ?? new Date()).getTime();
    for (const { organizationId, supplierOrganizationId, lines, ...sums } of orders) {
      const quantity = dec(sums.quantity);
      const amount = dec(sums.amount);
      const order = await manager.save(
        Order,
        manager.create(Order, {
          procurementId: p.id,
          organizationId,
          supplierOrganizationId,
          quantity: quantity.toFixed(),
          unitPrice:
            lines.length === 1
              ? dec(lines[0].unitPrice).toFixed()
              : amount.dividedBy(quantity).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(),
          amount: amount.toFixed(places),
          currency: p.currency,
          deliveryCity: p.deliveryCity,
          deliveryLat: p.deliveryLat,
          deliveryLng: p.deliveryLng,
          dueAt: new Date(at + (leadTime.get(supplierOrganizationId) ?? 0) * 86_400_000),
          status: 'placed',
        }),
      );
      await manager.insert(
        OrderLine,
        lines.map((l) => ({
          orderId: order.id,
          lotId: l.lotId,
          quantity: dec(l.quantity).toFixed(),
          unitPrice: dec(l.unitPrice).toFixed(),
          amount: dec(l.amount).toFixed(places),
        })),
      );
    }
    for (const supplier of new Set(allocations.map((a) => a.supplierOrganizationId))) {
      const count = orders.filter((o) => o.supplierOrganizationId === supplier).length;
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: await this.access.peopleOf(manager, [supplier]),
        kind: 'procurement.orders-placed',
        title: p.title,
        body: `${count}`,
        link: `/procurements/${p.id}`,
        data: { procurementId: p.id },
        dedupeKey: `orders-placed:${p.id}:${supplier}`,
      });
    }
  }
}
