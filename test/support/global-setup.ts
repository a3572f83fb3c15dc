// Jest's moduleNameMapper does not apply to globalSetup; resolve @hamkar/* from tsconfig instead.
import 'tsconfig-paths/register';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase } from '@hamkar/database';
import { TEST_DATABASE_URL } from './test-env';

/** A fresh test database, built by the real migrations (never `synchronize`), once per run. */
export default async function globalSetup() {
  await ensureDatabase(TEST_DATABASE_URL, { recreate: true });
  const db = new DataSource(dataSourceOptions(TEST_DATABASE_URL));
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
