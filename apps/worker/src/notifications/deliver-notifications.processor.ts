import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { notificationView, NotificationsService } from '@hamkar/notifications';
import { RealtimePublisher } from '@hamkar/realtime';

/** Pushes committed notifications to their users' sockets; a retry pushes the same rows again, harmlessly. */
@Processor(Queues.notifications)
export class DeliverNotificationsProcessor extends WorkerHost {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimePublisher,
  ) {
    super();
  }

  async process(job: Job<JobPayloads['notifications']['deliver']>) {
    const rows = await this.notifications.byIds(job.data.notificationIds);
    for (const row of rows) this.realtime.toUsers([row.userId], 'notification:new', notificationView(row));
    return { delivered: rows.length };
  }
}
