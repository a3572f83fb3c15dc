import { Client } from 'pg';
import { TEST_DATABASE_URL } from '../../support/test-env';

// Kept apart from service-database.ts: the global setup and teardown load this outside Jest's module
// mapping, so it imports nothing of the libraries.

const base = decodeURIComponent(new URL(TEST_DATABASE_URL).pathname.slice(1));
/**
 * Every database of this run's service tests starts so (PostgreSQL names are at most 63 bytes). The
 * hyphen keeps runs apart: run names are letters and digits, so no other run's prefix starts with it.
 */
export const SERVICE_DATABASE_PREFIX = `${base.slice(0, 44)}-svc-`;

export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function urlOf(database: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withServer<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: urlOf('postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Drops the template and every file database of this run (global setup and teardown). */
export async function dropServiceDatabases(): Promise<void> {
  await withServer(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
      SERVICE_DATABASE_PREFIX,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
  });
}
