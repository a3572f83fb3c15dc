import type { DataSourceOptions } from 'typeorm';
import { allEntities } from './all-entities';
import { allMigrations } from './migrations';

/** The one description of our database; the api, the worker, the CLI and tests all use it. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: allEntities,
    migrations: allMigrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    // A request never waits long for a connection: a full pool or an unreachable PostgreSQL answers
    // a 503 within this time (see isUnavailableError), and the pool reconnects by itself later.
    extra: { max: 20, connectionTimeoutMillis: 3000, keepAlive: true },
    ...extra,
  } as DataSourceOptions;
}
