import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { NotificationDigest, notificationView, NotificationsService, WebPushSender } from '@hamkar/notifications';
import { PresenceTracker, RealtimePublisher } from '@hamkar/realtime';

type NotificationJob =
  Job<JobPayloads['notifications']['deliver'], unknown, 'deliver'> | Job<JobPayloads['notifications']['digest'], unknown, 'digest'>;

/**
 * Pushes committed notifications to their users' sockets (a retry pushes the same rows again,
 * harmlessly); whoever has no socket open gets them in the next e-mail digest.
 */
@Processor(Queues.notifications, workerOptions)
export class DeliverNotificationsProcessor extends WorkerHost {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimePublisher,
    private readonly presence: PresenceTracker,
    private readonly digest: NotificationDigest,
    private readonly push: WebPushSender,
  ) {
    super();
  }

  async process(job: NotificationJob) {
    if (job.name === 'digest') return { mailed: await this.digest.send(job.data.userId, job.id ?? `digest-${job.data.userId}`) };
    const rows = await this.notifications.byIds(job.data.notificationIds);
    for (const row of rows) this.realtime.toUsers([row.userId], 'notification:new', notificationView(row));
    const offline = (await this.presence.statusOf([...new Set(rows.map((r) => r.userId))])).filter((s) => s.status === 'offline');
    await this.digest.schedule(offline.map((s) => s.userId));
    // Devices are woken whether or not a socket is open: the open tab may be on another device.
    const pushed = await this.push.send(rows);
    return { delivered: rows.length, offline: offline.length, pushed };
  }
}
