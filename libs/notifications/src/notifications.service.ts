import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { decodeCursor, encodeCursor, NotFound, Page, toPage } from '@hamkar/common';
import { Notification } from './notification.entity';

export const notificationView = (n: Notification) => ({
  id: n.id,
  clusterId: n.clusterId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  data: n.data,
  createdAt: n.createdAt,
  readAt: n.readAt,
});
export type NotificationView = ReturnType<typeof notificationView>;

@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    { unread = false, limit = 50, cursor }: { unread?: boolean; limit?: number; cursor?: string },
  ): Promise<Page<NotificationView> & { unreadCount: number }> {
    const after = decodeCursor<{ at: string; id: string }>(cursor);
    const q = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit + 1);
    if (unread) q.andWhere('n.read_at IS NULL');
    if (after) q.andWhere('(n.created_at, n.id) < (:at, :id)', after);
    const rows = await q.getMany();
    const unreadCount = await this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
    const page = toPage(rows, limit, (last) => encodeCursor({ at: last.createdAt.toISOString(), id: last.id }));
    return { items: page.items.map(notificationView), nextCursor: page.nextCursor, unreadCount };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    const repo = this.dataSource.getRepository(Notification);
    const found = await repo.findOneBy({ id, userId });
    if (!found) throw new NotFound('notification');
    if (!found.readAt) await repo.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    return notificationView((await repo.findOneBy({ id }))!);
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** For the delivery job. */
  async byIds(ids: string[]): Promise<Notification[]> {
    return ids.length ? this.dataSource.getRepository(Notification).findBy({ id: In(ids) }) : [];
  }
}
