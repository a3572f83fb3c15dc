import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { dec } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { RealtimePublisher } from '@hamkar/realtime';
import { Procurement } from './procurement.entity';

/** What the rest of the platform hears about a procurement: live updates after commit, deadline jobs inside it. */
@Injectable()
export class ProcurementEvents {
  constructor(
    private readonly realtime: RealtimePublisher,
    private readonly outbox: Outbox,
  ) {}

  changed(p: Procurement): void {
    this.realtime.toCluster(p.clusterId, 'procurement:updated', { procurementId: p.id, status: p.status, totalQuantity: dec(p.totalQuantity).toFixed() });
  }

  /** One delayed job per deadline; the job checks the stored deadline, so a moved deadline makes the old job a no-op. */
  async scheduleDeadlines(manager: EntityManager, p: Procurement): Promise<void> {
    for (const [name, at] of [
      ['close-joining', p.joinDeadline],
      ['close-quoting', p.quoteDeadline],
    ] as const) {
      await this.outbox.add(manager, { queue: Queues.procurementDeadlines, name, jobId: `${name}-${p.id}-${at.getTime()}`, runAt: at, data: { procurementId: p.id, deadline: at.toISOString() } });
    }
  }
}
