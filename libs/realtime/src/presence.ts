import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig, createRedis } from '@hamkar/common';

/** A socket counts as present this long after its last heartbeat; a crashed node's sockets simply expire. */
export const PRESENCE_TTL_MS = 60_000;

export type PresenceStatus = 'online' | 'offline';

/**
 * Who is online, kept in Redis so every api node agrees: per user a sorted set of socket ids
 * scored by when they expire. Nothing here needs a backup — it rebuilds as sockets reconnect.
 */
@Injectable()
export class PresenceTracker implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, 'presence', { maxRetriesPerRequest: 1 });
    this.prefix = `${config.REDIS_PREFIX}presence:`;
  }

  /** Records the socket; true when it is the user's first live one (the user just came online). */
  async connected(userId: string, socketId: string): Promise<boolean> {
    const now = Date.now();
    const key = this.prefix + userId;
    const res = await this.redis.multi().zremrangebyscore(key, '-inf', now).zadd(key, now + PRESENCE_TTL_MS, socketId).zcard(key).pexpire(key, PRESENCE_TTL_MS).exec();
    return Number(res?.[2]?.[1]) === 1;
  }

  /** Forgets the socket; true when the user has no live socket left (the user just went offline). */
  async disconnected(userId: string, socketId: string): Promise<boolean> {
    const key = this.prefix + userId;
    const res = await this.redis.multi().zrem(key, socketId).zremrangebyscore(key, '-inf', Date.now()).zcard(key).exec();
    return Number(res?.[2]?.[1]) === 0;
  }

  /** Keeps this node's sockets alive. */
  async heartbeat(sockets: Array<{ userId: string; socketId: string }>): Promise<void> {
    if (sockets.length === 0) return;
    const until = Date.now() + PRESENCE_TTL_MS;
    const pipe = this.redis.pipeline();
    for (const s of sockets) pipe.zadd(this.prefix + s.userId, until, s.socketId).pexpire(this.prefix + s.userId, PRESENCE_TTL_MS);
    await pipe.exec();
  }

  async statusOf(userIds: string[]): Promise<Array<{ userId: string; status: PresenceStatus }>> {
    if (userIds.length === 0) return [];
    const now = Date.now();
    const pipe = this.redis.pipeline();
    for (const u of userIds) pipe.zcount(this.prefix + u, `(${now}`, '+inf');
    const res = (await pipe.exec()) ?? [];
    return userIds.map((userId, i) => ({ userId, status: Number(res[i]?.[1]) > 0 ? 'online' : 'offline' }));
  }

  async onModuleDestroy() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
