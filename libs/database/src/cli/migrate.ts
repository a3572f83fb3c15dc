import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@hamkar/common';
import { dataSourceOptions } from '../data-source-options';
import { ensureDatabase } from '../ensure-database';
import { revertMigrationLocked, runMigrationsLocked } from '../run-migrations';

async function main() {
  const command = process.argv[2] ?? 'run';
  const { DATABASE_URL } = loadConfigOrExit();
  // Only the test setup recreates: it owns a throwaway database.
  await ensureDatabase(DATABASE_URL, { recreate: process.argv.includes('--recreate') && process.env.NODE_ENV !== 'production' });
  const ds = await new DataSource(dataSourceOptions(DATABASE_URL, { logging: ['error', 'migration'] })).initialize();
  try {
    if (command === 'revert') await revertMigrationLocked(ds);
    else {
      const ran = await runMigrationsLocked(ds);
      process.stdout.write(`migrations: ${ran.length} applied to ${new URL(DATABASE_URL).pathname.slice(1)}\n`);
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`migration failed: ${e.message}\n`);
  process.exit(1);
});
