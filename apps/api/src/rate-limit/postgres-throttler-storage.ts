import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';

// One statement: count the hit (a new window once the old one ended), and block once over the limit.
const COUNT_HIT = `
INSERT INTO rate_limit_hits AS r (key, hits, window_ends)
VALUES ($1, 1, now() + $2 * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.window_ends <= now() THEN 1 ELSE r.hits + 1 END,
  window_ends = CASE WHEN r.window_ends <= now() THEN excluded.window_ends ELSE r.window_ends END,
  blocked_until = CASE
    WHEN (r.blocked_until IS NULL OR r.blocked_until <= now()) AND (CASE WHEN r.window_ends <= now() THEN 1 ELSE r.hits + 1 END) > $3
      THEN now() + $4 * interval '1 millisecond'
    ELSE r.blocked_until END
RETURNING hits,
  ceil(extract(epoch FROM window_ends - now()))::int AS window_seconds,
  greatest(0, ceil(extract(epoch FROM coalesce(blocked_until, now()) - now())))::int AS block_seconds`;

const SWEEP_EVERY_MS = 5 * 60_000;

/**
 * Throttler counters without Redis: an UNLOGGED table shared by every api node, so limits hold
 * across nodes as they do in Redis; losing it only restarts the windows.
 */
export class PostgresThrottlerCounts {
  private lastSweep = Date.now();

  constructor(
    private readonly db: DataSource,
    private readonly prefix: string,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    this.sweepNowAndThen();
    const [row]: Array<{ hits: number; window_seconds: number; block_seconds: number }> = await this.db.query(COUNT_HIT, [
      `${this.prefix}${throttlerName}:${key}`,
      ttl,
      limit,
      blockDuration || ttl,
    ]);
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, row.window_seconds),
      isBlocked: row.block_seconds > 0,
      timeToBlockExpire: row.block_seconds,
    };
  }

  // Ended windows are dead weight (Redis would have expired them); one node now and then clears them.
  private sweepNowAndThen() {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    this.db
      .query(
        `DELETE FROM rate_limit_hits WHERE window_ends < now() - interval '1 minute' AND (blocked_until IS NULL OR blocked_until < now())`,
      )
      .catch(() => undefined);
  }
}
