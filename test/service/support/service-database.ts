import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// The migrations themselves, not the library's index: the data source options there would pull in every entity.
import { allMigrations } from '../../../libs/database/src/migrations';
import { runMigrationsLocked } from '../../../libs/database/src/run-migrations';
import { quoted, SERVICE_DATABASE_PREFIX, urlOf, withServer } from './service-server';

/**
 * Each service test file gets a database of its own on TEST_DATABASE_URL's server, so files run in
 * parallel and never see each other's rows. Migrating a database per file would take seconds each;
 * instead the first file of a run applies the real migrations once to a template database, and every
 * file copies it (CREATE DATABASE … TEMPLATE, a file copy inside PostgreSQL). The template is named
 * after the run's test database, the global setup drops it so each run migrates afresh, and the
 * global teardown drops it and anything a crashed file left behind.
 */
const TEMPLATE = `${SERVICE_DATABASE_PREFIX}template`;

const exists = async (admin: Client, name: string) =>
  (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;

/**
 * Builds the template under an advisory lock, so parallel files wait for the first one; it is
 * migrated under another name and renamed when complete, so its existence means it is whole.
 */
async function ensureTemplate(admin: Client): Promise<void> {
  if (await exists(admin, TEMPLATE)) return;
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [TEMPLATE]);
  try {
    if (await exists(admin, TEMPLATE)) return;
    const building = `${TEMPLATE}_new`;
    await admin.query(`DROP DATABASE IF EXISTS ${quoted(building)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoted(building)}`);
    const dataSource = new DataSource({
      type: 'postgres',
      url: urlOf(building),
      migrations: allMigrations,
      migrationsTableName: 'migrations',
      logging: ['error'],
    });
    await dataSource.initialize();
    try {
      await runMigrationsLocked(dataSource);
    } finally {
      await dataSource.destroy();
    }
    await admin.query(`ALTER DATABASE ${quoted(building)} RENAME TO ${quoted(TEMPLATE)}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [TEMPLATE]);
  }
}

/** A fresh, migrated database for one test file; returns its URL and how to drop it. */
export async function aServiceDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${SERVICE_DATABASE_PREFIX}${randomUUID().slice(0, 8)}`;
  await withServer(async (admin) => {
    await ensureTemplate(admin);
    await admin.query(`CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(TEMPLATE)}`);
  });
  const drop = async () => {
    await withServer((admin) => admin.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
  };
  return { url: urlOf(name), drop };
}
