import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Pool, PoolClient } from 'pg';
import { AppConfig, createEventsPool } from '@hamkar/common';
import { socketIoKey, SOCKET_IO_ATTACHMENTS } from '@hamkar/realtime';

const logger = new Logger('PostgresIoAdapter');

/**
 * Socket.IO across api nodes without Redis: events go out as PostgreSQL NOTIFY on the same
 * channel the worker's emitter uses, and each node LISTENs on one connection of its own.
 */
export function postgresAdapter(config: AppConfig): { adapter: ReturnType<typeof createAdapter>; close: () => Promise<void> } {
  const pool = createEventsPool(config.DATABASE_URL, 'socket.io', 3);
  let lastWarned = 0;
  const adapter = createAdapter(listeningSafely(pool), {
    channelPrefix: socketIoKey(config.REDIS_PREFIX),
    tableName: SOCKET_IO_ATTACHMENTS,
    // While PostgreSQL is away this node's own sockets still get their events; others catch up with `sync`.
    errorHandler: (e: Error) => {
      if (Date.now() - lastWarned < 5000) return;
      lastWarned = Date.now();
      logger.warn(`live events between nodes skipped: ${e.message}`);
    },
  });
  return { adapter, close: () => pool.end().catch(() => undefined) };
}

/**
 * The adapter keeps one client checked out for LISTEN and rebuilds it on 'end'; a checked-out
 * client's 'error' (PostgreSQL restarting) has no listener of the pool's and would end the process.
 */
function listeningSafely(pool: Pool): Pool {
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop === 'connect')
        return async () => {
          const client: PoolClient = await target.connect();
          client.on('error', () => undefined);
          return client;
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
