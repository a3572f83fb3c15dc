import type { DataSource, Migration } from 'typeorm';

/** Any fixed number: every process that migrates this database takes the same PostgreSQL advisory lock. */
const MIGRATIONS_LOCK = 7_346_112_001;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so the api, the worker and
 * `npm run migration:run` started together never apply the same migration twice: the first takes
 * the lock and migrates, the others wait, then find nothing left to do. The lock is the session's:
 * it goes with the connection if the process dies half-way.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Reverts the last migration under the same lock. */
export async function revertMigrationLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
    try {
      await dataSource.undoLastMigration({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
