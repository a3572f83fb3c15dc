import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { Notification } from './notification.entity';

export interface NotificationRequest {
  clusterId: string | null;
  userIds: string[];
  kind: string;
  title: string;
  body?: string;
  link?: string;
  data?: Record<string, unknown>;
  /** Identifies the event (e.g. `mention:<messageId>`); a user gets one notification per key. */
  dedupeKey: string;
}

/**
 * Every module tells users about things through here, inside its own transaction: the rows
 * commit with the change, and an outbox job pushes them to sockets afterwards.
 */
@Injectable()
export class Notifier {
  constructor(private readonly outbox: Outbox) {}

  async notify(manager: EntityManager, request: NotificationRequest): Promise<void> {
    const userIds = [...new Set(request.userIds)];
    if (userIds.length === 0) return;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        userIds.map((userId) => ({
          userId,
          clusterId: request.clusterId,
          kind: request.kind,
          title: request.title,
          body: request.body ?? null,
          link: request.link ?? null,
          data: (request.data ?? {}) as object,
          dedupeKey: request.dedupeKey,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const ids: string[] = inserted.raw.map((r: { id: string }) => r.id);
    if (ids.length === 0) return;
    await this.outbox.add(manager, {
      queue: Queues.notifications,
      name: 'deliver',
      jobId: `deliver-${ids[0]}`,
      data: { notificationIds: ids },
    });
  }

  /** Whether this user was already told under `dedupeKey` (a reminder goes out once per item and due date). */
  async wasTold(manager: EntityManager, userId: string, dedupeKey: string): Promise<boolean> {
    return manager.existsBy(Notification, { userId, dedupeKey });
  }
}
