import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppConfig, usesRedis } from '../config/app-config';
import { createRedis } from './redis';

/**
 * Values computed once and served to every node for a while: in Redis, or in an UNLOGGED
 * PostgreSQL table without it. A cache that cannot answer is a miss, never an error.
 */
export class SharedCache {
  private readonly redis?: Redis;
  private lastSweep = Date.now();

  constructor(
    config: AppConfig,
    private readonly db: DataSource,
    private readonly prefix: string,
  ) {
    if (usesRedis(config)) {
      this.redis = createRedis(config.REDIS_URL, 'cache', { maxRetriesPerRequest: 1, enableOfflineQueue: false });
      this.redis.on('error', () => undefined);
    }
  }

  async get(key: string): Promise<string | null> {
    if (this.redis) return this.redis.get(this.prefix + key).catch(() => null);
    const rows: Array<{ value: string }> = await this.db
      .query(`SELECT value FROM cache_entries WHERE key = $1 AND expires_at > now()`, [this.prefix + key])
      .catch(() => []);
    return rows[0]?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    if (this.redis) {
      await this.redis.set(this.prefix + key, value, 'EX', ttlSeconds).catch(() => undefined);
      return;
    }
    await this.db
      .query(
        `INSERT INTO cache_entries (key, value, expires_at) VALUES ($1, $2, now() + $3 * interval '1 second')
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [this.prefix + key, value, ttlSeconds],
      )
      .catch(() => undefined);
    // Expired entries are dead weight (Redis would have dropped them); cleared now and then.
    if (Date.now() - this.lastSweep > 5 * 60_000) {
      this.lastSweep = Date.now();
      this.db.query(`DELETE FROM cache_entries WHERE expires_at < now()`).catch(() => undefined);
    }
  }

  close(): void {
    this.redis?.disconnect();
  }
}
