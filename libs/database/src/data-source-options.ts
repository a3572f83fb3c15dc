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
    extra: { max: 20, connectionTimeoutMillis: 5000 },
    ...extra,
  } as DataSourceOptions;
}
