import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, createRedis, usesRedis } from '@hamkar/common';

/** A socket counts as present this long after its last heartbeat; a crashed node's sockets simply expire. */
export const PRESENCE_TTL_MS = 60_000;
const HEARTBEAT_SLICE = 250;

export type PresenceStatus = 'online' | 'offline';

interface PresenceStore {
  connected(userId: string, socketId: string): Promise<boolean>;
  disconnected(userId: string, socketId: string): Promise<boolean>;
  heartbeat(sockets: Array<{ userId: string; socketId: string }>): Promise<void>;
  online(userIds: string[]): Promise<Set<string>>;
  close(): Promise<unknown>;
}

/**
 * Who is online, shared by every api node: in Redis, or in PostgreSQL when the deployment has no
 * Redis. Nothing here needs a backup — it rebuilds as sockets reconnect.
 */
@Injectable()
export class PresenceTracker implements OnModuleDestroy {
  private readonly store: PresenceStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    this.store = usesRedis(config)
      ? new RedisPresence(config.REDIS_URL, config.REDIS_PREFIX)
      : new PostgresPresence(dataSource, config.REDIS_PREFIX);
  }

  /** Records the socket; true when it is the user's first live one (the user just came online). */
  connected(userId: string, socketId: string): Promise<boolean> {
    return this.store.connected(userId, socketId);
  }

  /** Forgets the socket; true when the user has no live socket left (the user just went offline). */
  disconnected(userId: string, socketId: string): Promise<boolean> {
    return this.store.disconnected(userId, socketId);
  }

  /**
   * Keeps this node's sockets alive, a slice at a time: thousands of sockets in one pipeline (or
   * one statement) hold the event loop long enough to delay every delivery due meanwhile.
   */
  async heartbeat(sockets: Array<{ userId: string; socketId: string }>): Promise<void> {
    for (let i = 0; i < sockets.length; i += HEARTBEAT_SLICE) await this.store.heartbeat(sockets.slice(i, i + HEARTBEAT_SLICE));
  }

  async statusOf(userIds: string[]): Promise<Array<{ userId: string; status: PresenceStatus }>> {
    if (userIds.length === 0) return [];
    const online = await this.store.online(userIds);
    return userIds.map((userId) => ({ userId, status: online.has(userId) ? 'online' : 'offline' }));
  }

  async onModuleDestroy() {
    await this.store.close();
  }
}

/** Per user a sorted set of socket ids scored by when they expire. */
class RedisPresence implements PresenceStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = createRedis(url, 'presence', { maxRetriesPerRequest: 1 });
    this.prefix = `${prefix}presence:`;
  }

  async connected(userId: string, socketId: string) {
    const now = Date.now();
    const key = this.prefix + userId;
    const res = await this.redis
      .multi()
      .zremrangebyscore(key, '-inf', now)
      .zadd(key, now + PRESENCE_TTL_MS, socketId)
      .zcard(key)
      .pexpire(key, PRESENCE_TTL_MS)
      .exec();
    return Number(res?.[2]?.[1]) === 1;
  }

  async disconnected(userId: string, socketId: string) {
    const key = this.prefix + userId;
    const res = await this.redis.multi().zrem(key, socketId).zremrangebyscore(key, '-inf', Date.now()).zcard(key).exec();
    return Number(res?.[2]?.[1]) === 0;
  }

  async heartbeat(sockets: Array<{ userId: string; socketId: string }>) {
    const until = Date.now() + PRESENCE_TTL_MS;
    const pipe = this.redis.pipeline();
    for (const s of sockets) pipe.zadd(this.prefix + s.userId, until, s.socketId).pexpire(this.prefix + s.userId, PRESENCE_TTL_MS);
    await pipe.exec();
  }

  async online(userIds: string[]) {
    const now = Date.now();
    const pipe = this.redis.pipeline();
    for (const u of userIds) pipe.zcount(this.prefix + u, `(${now}`, '+inf');
    const res = (await pipe.exec()) ?? [];
    return new Set(userIds.filter((_, i) => Number(res[i]?.[1]) > 0));
  }

  close() {
    return this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One row per live socket in an UNLOGGED table, expiring as the Redis entries do. */
class PostgresPresence implements PresenceStore {
  constructor(
    private readonly db: DataSource,
    private readonly scope: string,
  ) {}

  async connected(userId: string, socketId: string) {
    // The statement's snapshot does not see its own insert: it counts the user's other live sockets.
    const [row]: Array<{ others: number }> = await this.db.query(
      `WITH expired AS (DELETE FROM presence_sockets WHERE scope = $1 AND user_id = $2 AND expires_at <= now()),
            added AS (INSERT INTO presence_sockets (scope, user_id, socket_id, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
                      ON CONFLICT (scope, user_id, socket_id) DO UPDATE SET expires_at = excluded.expires_at)
       SELECT count(*)::int AS others FROM presence_sockets WHERE scope = $1 AND user_id = $2 AND socket_id <> $3 AND expires_at > now()`,
      [this.scope, userId, socketId, PRESENCE_TTL_MS],
    );
    return row.others === 0;
  }

  async disconnected(userId: string, socketId: string) {
    const [row]: Array<{ others: number }> = await this.db.query(
      `WITH gone AS (DELETE FROM presence_sockets WHERE scope = $1 AND user_id = $2 AND (socket_id = $3 OR expires_at <= now()))
       SELECT count(*)::int AS others FROM presence_sockets WHERE scope = $1 AND user_id = $2 AND socket_id <> $3 AND expires_at > now()`,
      [this.scope, userId, socketId],
    );
    return row.others === 0;
  }

  async heartbeat(sockets: Array<{ userId: string; socketId: string }>) {
    await this.db.query(
      `INSERT INTO presence_sockets (scope, user_id, socket_id, expires_at)
       SELECT $1, u, s, now() + $4 * interval '1 millisecond' FROM unnest($2::text[], $3::text[]) AS t(u, s)
       ON CONFLICT (scope, user_id, socket_id) DO UPDATE SET expires_at = excluded.expires_at`,
      [this.scope, sockets.map((s) => s.userId), sockets.map((s) => s.socketId), PRESENCE_TTL_MS],
    );
  }

  async online(userIds: string[]) {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT DISTINCT user_id FROM presence_sockets WHERE scope = $1 AND user_id = ANY($2::text[]) AND expires_at > now()`,
      [this.scope, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  async close() {}
}
