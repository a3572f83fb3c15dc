import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, createRedis, usesRedis } from '@hamkar/common';
import { PostgresThrottlerCounts } from './postgres-throttler-storage';

// One round trip: count the hit, start the window on the first one, and block once over the limit.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blockTtl = tonumber(ARGV[3])
end
return { hits, ttl, blockTtl }
`;

/**
 * Throttler counters in Redis (or PostgreSQL without it), shared by every api node; losing them only restarts the windows.
 * (The published Redis storage declares Nest <= 11, and this is all it needs to do.)
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis?: Redis & {
    countHit(hits: string, blocked: string, ttl: number, limit: number, block: number): Promise<number[]>;
  };
  /** Without Redis the counters live in PostgreSQL, still shared by every api node. */
  private readonly postgres?: PostgresThrottlerCounts;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    this.prefix = `${config.REDIS_PREFIX}throttle:`;
    if (!usesRedis(config)) {
      this.postgres = new PostgresThrottlerCounts(dataSource, this.prefix);
      return;
    }
    const redis = createRedis(config.REDIS_URL, 'throttler', { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', () => undefined);
    // A defined command runs by EVALSHA: the script is not sent and hashed again on every request.
    redis.defineCommand('countHit', { numberOfKeys: 2, lua: INCREMENT });
    this.redis = redis as typeof this.redis;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (this.postgres) return this.postgres.increment(key, ttl, limit, blockDuration, throttlerName);
    const base = `${this.prefix}${throttlerName}:${key}`;
    let counts: number[];
    try {
      counts = await this.redis!.countHit(base, `${base}:blocked`, ttl, limit, blockDuration || ttl);
    } catch {
      // Redis away: serve rather than fail every request; limits resume when it is back.
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
    const [hits, ttlMs, blockMs] = counts;
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(ttlMs / 1000)),
      isBlocked: blockMs > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }

  async onModuleDestroy() {
    const redis = this.redis;
    await redis?.quit().catch(() => redis.disconnect());
  }
}
