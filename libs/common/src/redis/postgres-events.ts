import { Logger } from '@nestjs/common';
import { Client, Pool } from 'pg';

const logger = new Logger('PostgresEvents');

/**
 * A small pool of its own for events between nodes when Redis is not used (Socket.IO's PostgreSQL
 * adapter and emitter): NOTIFY and LISTEN never wait behind, or starve, the requests' pool.
 */
export function createEventsPool(url: string, role: string, max = 2): Pool {
  const pool = new Pool({
    connectionString: url,
    max,
    application_name: `hamkar:${role}`,
    connectionTimeoutMillis: 3000,
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  // An idle client's error (PostgreSQL restarting) must not end the process; the pool reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * The pool as the Socket.IO PostgreSQL emitter sees it: a query that fails is dropped, not
 * thrown, like a publish while Redis is away (clients catch up with `sync`). The emitter would
 * otherwise broadcast its own failure as an event, which fails again, without end.
 */
export function notifyingSafely(pool: Pool, role: string): Pick<Pool, 'query'> {
  let lastWarned = 0;
  return {
    query: ((text: string, values?: unknown[]) =>
      pool.query(text, values).catch((e: Error) => {
        if (Date.now() - lastWarned >= 5000) {
          lastWarned = Date.now();
          logger.warn(`${role}: live events skipped while PostgreSQL does not answer (${e.message})`);
        }
        return { rows: [{}], rowCount: 0 };
      })) as Pool['query'],
  };
}

/** How long a listener whose connection failed waits before it listens again. */
const RELISTEN_MS = 1000;

export interface Listening {
  close(): Promise<void>;
}

/**
 * LISTENs on `channel` on a connection of its own and, when that connection fails, listens again
 * RELISTEN_MS later, for as long as it is not closed. What is notified meanwhile is missed: the
 * caller's own fallback (a poll, a cache that expires) covers it.
 */
export function listenFor(
  url: string,
  channel: string,
  notified: (payload: string) => void,
  cannotListen: (e: Error) => void = () => undefined,
): Listening {
  let client: Client | undefined;
  let closed = false;
  const start = () => {
    if (closed) return;
    const c = new Client({ connectionString: url, keepAlive: true, application_name: `hamkar:listen-${channel}` });
    client = c;
    const again = () => {
      if (client !== c) return;
      client = undefined;
      c.end().catch(() => undefined);
      setTimeout(start, RELISTEN_MS).unref();
    };
    c.on('error', again);
    c.on('end', again);
    c.on('notification', (n) => {
      if (n.channel === channel) notified(n.payload ?? '');
    });
    c.connect()
      .then(() => c.query(`LISTEN ${channel}`))
      .catch((e: Error) => {
        cannotListen(e);
        again();
      });
  };
  start();
  return {
    async close() {
      closed = true;
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
