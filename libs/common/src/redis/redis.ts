import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, RedisOptions } from 'ioredis';

/** A Redis client for the given URL; `role` names the connection in CLIENT LIST. */
export function createRedis(url: string, role: string, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, { connectionName: `hamkar:${role}`, maxRetriesPerRequest: null, lazyConnect: false, ...extra });
  // ioredis reconnects by itself; an unheard 'error' event would crash the process instead
  // (seen at shutdown, and whenever Redis restarts). Readiness reports Redis being away.
  client.on('error', () => undefined);
  return client;
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
