import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Unavailable } from '@hamkar/common';
import { PushPreference } from './push-preference.entity';
import { DEFAULT_PUSH_SETTINGS, PushSettings } from './push-policy';
import { PushSubscription } from './push-subscription.entity';

/** A person's devices that asked for pushes, and what they want pushed. */
@Injectable()
export class PushSubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The key a browser needs to subscribe; a 503 while push is not configured. */
  publicKey(): { publicKey: string } {
    if (!this.config.VAPID_PUBLIC_KEY || !this.config.VAPID_PRIVATE_KEY)
      throw new Unavailable('Web push is not configured here', { code: 'push.not-configured' });
    return { publicKey: this.config.VAPID_PUBLIC_KEY };
  }

  /** Subscribing a device again (new keys, or another person signed in on it) takes it over. */
  async subscribe(userId: string, input: { endpoint: string; keys: { p256dh: string; auth: string } }) {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PushSubscription)
      .values({ userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth })
      .orUpdate(['user_id', 'p256dh', 'auth'], ['endpoint'])
      .execute();
    const row = await this.dataSource.getRepository(PushSubscription).findOneByOrFail({ endpoint: input.endpoint });
    return { id: row.id, endpoint: row.endpoint, createdAt: row.createdAt };
  }

  async unsubscribe(userId: string, endpoint: string): Promise<void> {
    await this.dataSource.getRepository(PushSubscription).delete({ userId, endpoint });
  }

  async preferences(userId: string): Promise<PushSettings> {
    const row = await this.dataSource.getRepository(PushPreference).findOneBy({ userId });
    return row
      ? { kinds: row.kinds, quietFrom: row.quietFrom, quietUntil: row.quietUntil, timeZone: row.timeZone }
      : { ...DEFAULT_PUSH_SETTINGS };
  }

  async setPreferences(userId: string, input: PushSettings): Promise<PushSettings> {
    await this.dataSource
      .getRepository(PushPreference)
      .upsert(
        { userId, kinds: [...new Set(input.kinds)], quietFrom: input.quietFrom, quietUntil: input.quietUntil, timeZone: input.timeZone },
        ['userId'],
      );
    return this.preferences(userId);
  }
}
