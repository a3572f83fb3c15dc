import { Logger } from '@nestjs/common';
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, RedisOptions } from 'ioredis';

const logger = new Logger('Redis');

/** A Redis client for the given URL; `role` names the connection in CLIENT LIST. */
export function createRedis(url: string, role: string, extra: RedisOptions = {}): Redis {
  guardAgainstRedisRejections();
  const client = new Redis(url, { connectionName: `hamkar:${role}`, maxRetriesPerRequest: null, lazyConnect: false, ...extra });
  // ioredis reconnects by itself; an unheard 'error' event would crash the process instead
  // (seen at shutdown, and whenever Redis restarts). Readiness reports Redis being away.
  client.on('error', () => undefined);
  return client;
}

/**
 * Errors a Redis client raises when Redis is away or going away: the caller's work is simply not
 * done (a live event skipped, a cache missed), and the client reconnects by itself.
 */
export function isRedisConnectionError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection is closed|Stream isn't writeable|enableOfflineQueue|Reached the max retries per request|Command timed out|Redis did not answer/.test(
    message,
  );
}

let guarded = false;

/**
 * Some libraries fire Redis commands without awaiting them (the Socket.IO emitter and adapter
 * publish and forget), so when Redis is away their rejections are unhandled, and Node ends the
 * process on an unhandled rejection. Those are logged and dropped; anything else still ends the
 * process, as Node would have.
 */
export function guardAgainstRedisRejections(): void {
  if (guarded) return;
  guarded = true;
  let lastWarned = 0;
  process.on('unhandledRejection', (reason) => {
    if (!isRedisConnectionError(reason)) throw reason;
    if (Date.now() - lastWarned < 5000) return;
    lastWarned = Date.now();
    logger.warn(`Redis unavailable, a command was dropped: ${(reason as Error).message}`);
  });
}

/**
 * The same client, but `publish` never waits for or fails on a Redis that is away: once the
 * client has been ready, a publish while it is not is skipped (clients catch up with `sync`)
 * instead of piling up in the offline queue to be replayed, stale, when Redis returns.
 */
export function publishingSafely(client: Redis, role: string): Redis {
  let everReady = false;
  client.once('ready', () => (everReady = true));
  let lastWarned = 0;
  const skipped = (why: string) => {
    if (Date.now() - lastWarned >= 5000) {
      lastWarned = Date.now();
      logger.warn(`${role}: live events skipped while Redis is away (${why})`);
    }
    return 0;
  };
  const publish = (channel: string | Buffer, message: string | Buffer) => {
    if (everReady && client.status !== 'ready') return Promise.resolve(skipped(client.status));
    return client.publish(channel, message).catch((e: Error) => skipped(e.message));
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'publish') return publish;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** BullMQ wants plain options (it duplicates connections for blocking commands). */
export function bullConnection(url: string): BullRedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
