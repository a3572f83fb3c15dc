import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { dec } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { RealtimePublisher } from '@hamkar/realtime';
import type { OrderView } from './order-view';
import { Procurement } from './procurement.entity';

/** What the rest of the platform hears about a procurement: live updates after commit, deadline jobs inside it. */
@Injectable()
export class ProcurementEvents {
  constructor(
    private readonly realtime: RealtimePublisher,
    private readonly outbox: Outbox,
  ) {}

  changed(p: Procurement): void {
    this.realtime.toCluster(p.clusterId, 'procurement:updated', {
      procurementId: p.id,
      status: p.status,
      totalQuantity: dec(p.totalQuantity).toFixed(),
    });
  }

  /** An order moved (accepted, delivered, paid, received): the whole order, to those who may see it only. */
  orderChanged(audience: string[], order: OrderView): void {
    this.realtime.toUsers(audience, 'order:updated', order);
  }

  /**
   * One delayed job per deadline, and a reminder to the participants a day before each; every job
   * checks the stored deadline, so a moved deadline makes the old jobs no-ops.
   */
  async scheduleDeadlines(manager: EntityManager, p: Procurement): Promise<void> {
    const DAY = 86_400_000;
    for (const [name, deadline, runAt] of [
      ['close-joining', p.joinDeadline, p.joinDeadline],
      ['close-quoting', p.quoteDeadline, p.quoteDeadline],
      ['remind-join', p.joinDeadline, new Date(p.joinDeadline.getTime() - DAY)],
      ['remind-quote', p.quoteDeadline, new Date(p.quoteDeadline.getTime() - DAY)],
    ] as const) {
      await this.outbox.add(manager, {
        queue: Queues.procurementDeadlines,
        name,
        jobId: `${name}-${p.id}-${deadline.getTime()}`,
        runAt,
        data: { procurementId: p.id, deadline: deadline.toISOString() },
      });
    }
  }
}
