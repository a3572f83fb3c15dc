import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, createRedis } from '@hamkar/common';

/** How long a node trusts "this session is still open" before asking PostgreSQL again. */
const LIVE_FOR_MS = 10_000;
const MAX_CACHED = 100_000;

/**
 * A session is one login: its refresh-token family, named in every access token as `sid`. Logging
 * out (or a refresh token coming back twice) revokes the family, and from then on the session's
 * access tokens are refused too, not only at their expiry.
 *
 * Asked on every request, so the answer is cached per node; the node that ends a session forgets
 * it at once and tells the other api nodes through Redis. Were Redis away, they would learn it
 * within LIVE_FOR_MS from PostgreSQL, which stays the truth.
 */
@Injectable()
export class Sessions implements OnModuleDestroy {
  private readonly known = new Map<string, { live: boolean; until: number }>();
  private publisher?: Redis;
  private subscriber?: Redis;
  private readonly channel: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.channel = `${config.REDIS_PREFIX}sessions:ended`;
  }

  async isLive(sessionId: string): Promise<boolean> {
    this.listen();
    const cached = this.known.get(sessionId);
    if (cached && (!cached.live || cached.until > Date.now())) return cached.live;
    const [row]: Array<{ ended: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NOT NULL) AS ended`,
      [sessionId],
    );
    this.remember(sessionId, !row.ended);
    return !row.ended;
  }

  /** Called once the family's revocation is committed. */
  ended(sessionId: string): void {
    this.remember(sessionId, false);
    this.publisher ??= createRedis(this.config.REDIS_URL, 'sessions-publisher', { maxRetriesPerRequest: 1 });
    // Other nodes find out from PostgreSQL soon enough if this is lost.
    this.publisher.publish(this.channel, sessionId).catch(() => undefined);
  }

  private remember(sessionId: string, live: boolean) {
    if (this.known.size >= MAX_CACHED) this.known.clear();
    this.known.set(sessionId, { live, until: Date.now() + LIVE_FOR_MS });
  }

  // Lazily, so that processes that never check tokens (the worker, scripts) hold no subscription.
  private listen() {
    if (this.subscriber) return;
    this.subscriber = createRedis(this.config.REDIS_URL, 'sessions-subscriber');
    this.subscriber.on('message', (channel: string, sessionId: string) => {
      if (channel === this.channel) this.remember(sessionId, false);
    });
    this.subscriber.subscribe(this.channel).catch(() => undefined);
  }

  async onModuleDestroy() {
    await Promise.all([this.subscriber, this.publisher].map((r) => r?.quit().catch(() => r.disconnect())));
  }
}
