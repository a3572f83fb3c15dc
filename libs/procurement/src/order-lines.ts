import type { EntityManager } from 'typeorm';
import { dec } from '@hamkar/common';
import { minorUnits } from './allocation';
import { ProcurementLot } from './lot.entity';
import { OrderLine } from './order-line.entity';
import type { Order } from './order.entity';
import type { OrderLineView } from './order-view';

/** An order's lot lines, named as the need names its lots (none for a need without lots). */
export async function orderLines(manager: EntityManager, o: Order): Promise<OrderLineView[]> {
  const lines = await manager.find(OrderLine, { where: { orderId: o.id } });
  if (lines.length === 0) return [];
  const lots = new Map((await manager.find(ProcurementLot, { where: { procurementId: o.procurementId } })).map((l) => [l.id, l]));
  return lines
    .map((l) => {
      const lot = lots.get(l.lotId)!;
      return {
        lotId: l.lotId,
        lotNumber: lot.number,
        title: lot.title,
        categoryCode: lot.categoryCode,
        unit: lot.unit,
        quantity: dec(l.quantity).toFixed(),
        unitPrice: dec(l.unitPrice).toFixed(),
        amount: dec(l.amount).toFixed(minorUnits(o.currency)),
      };
    })
    .sort((a, b) => a.lotNumber - b.lotNumber);
}
