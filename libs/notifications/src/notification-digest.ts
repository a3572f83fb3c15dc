import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { UsersService } from '@hamkar/identity';
import { JobRequest, Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { DigestItem, digestMail } from './digest-mail';

/**
 * People who were offline when notified hear about it by e-mail, once per window
 * (NOTIFICATION_DIGEST_MS) however much happened in it, and only about what they have not read
 * in the app by then.
 */
@Injectable()
export class NotificationDigest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One digest job per user and window, due when the window ends: later notifications in it join the same mail. */
  async schedule(userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const window = this.config.NOTIFICATION_DIGEST_MS;
    const current = Math.floor(Date.now() / window);
    await this.dataSource.transaction((manager) =>
      this.outbox.addMany(
        manager,
        userIds.map((userId): JobRequest<'notifications', 'digest'> => ({
          queue: Queues.notifications,
          name: 'digest',
          jobId: `digest-${userId}-${current}`,
          data: { userId },
          runAt: new Date((current + 1) * window),
        })),
      ),
    );
  }

  /**
   * Mails what is still unread and was never mailed, marking it mailed in the same transaction as
   * the mail job is written: a retry finds nothing left to send. Returns how many were listed.
   */
  async send(userId: string, digestId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [rows]: [Array<DigestItem & { created_at: Date }>, number] = await manager.query(
        `UPDATE notifications SET emailed_at = now()
          WHERE id IN (SELECT id FROM notifications WHERE user_id = $1 AND read_at IS NULL AND emailed_at IS NULL FOR UPDATE SKIP LOCKED)
          RETURNING kind, title, body, link, created_at`,
        [userId],
      );
      if (rows.length === 0) return 0;
      const user = await this.users.contact(userId, manager);
      if (!user) return 0;
      rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
      const mail = digestMail(user.locale, user.displayName, rows, this.config.PUBLIC_URL);
      await this.outbox.add(manager, {
        queue: Queues.mail,
        name: 'send',
        jobId: `mail-${digestId}`,
        data: { to: user.email, kind: 'digest', ...mail },
      });
      return rows.length;
    });
  }
}
