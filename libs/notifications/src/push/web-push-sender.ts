import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import * as webpush from 'web-push';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import type { Notification } from '../notification.entity';
import { PushPreference } from './push-preference.entity';
import { DEFAULT_PUSH_SETTINGS, mayPush } from './push-policy';
import { PushSubscription } from './push-subscription.entity';

/**
 * Wakes the devices of people a notification is for, through their browsers' push services
 * (RFC 8030, encrypted per RFC 8291 with `aes128gcm`, signed with our VAPID key per RFC 8292).
 * A push service that answers 404 or 410 has forgotten the subscription: we forget it too.
 */
@Injectable()
export class WebPushSender {
  private readonly log = new Logger(WebPushSender.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return !!(this.config.VAPID_PUBLIC_KEY && this.config.VAPID_PRIVATE_KEY);
  }

  async send(rows: Notification[], at = new Date()): Promise<{ sent: number; removed: number }> {
    if (!this.enabled || rows.length === 0) return { sent: 0, removed: 0 };
    const userIds = [...new Set(rows.map((r) => r.userId))];
    const [subscriptions, preferences] = await Promise.all([
      this.dataSource.getRepository(PushSubscription).findBy({ userId: In(userIds) }),
      this.dataSource.getRepository(PushPreference).findBy({ userId: In(userIds) }),
    ]);
    let sent = 0;
    let removed = 0;
    for (const row of rows) {
      const settings = preferences.find((p) => p.userId === row.userId) ?? DEFAULT_PUSH_SETTINGS;
      if (!mayPush(settings, row.kind, at)) continue;
      // Only what the lock screen may show: the kind (the app words it), the title, a short preview and where to go.
      const payload = JSON.stringify({
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body?.slice(0, 140) ?? null,
        link: row.link,
        clusterId: row.clusterId,
      });
      for (const s of subscriptions.filter((x) => x.userId === row.userId)) {
        try {
          await webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, {
            vapidDetails: {
              subject: this.config.VAPID_SUBJECT,
              publicKey: this.config.VAPID_PUBLIC_KEY,
              privateKey: this.config.VAPID_PRIVATE_KEY,
            },
            TTL: 24 * 3600,
            contentEncoding: 'aes128gcm',
            timeout: 10_000,
          });
          sent++;
        } catch (err) {
          const status = (err as { statusCode?: number }).statusCode;
          if (status === 404 || status === 410) {
            await this.dataSource.getRepository(PushSubscription).delete({ id: s.id });
            removed++;
          } else this.log.warn(`push to ${new URL(s.endpoint).host} failed: ${status ?? (err as Error).message}`);
        }
      }
    }
    return { sent, removed };
  }
}
