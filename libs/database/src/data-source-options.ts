import type { DataSourceOptions } from 'typeorm';
import { allMigrations } from './migrations';

/**
 * The one description of our database; the api, the worker, the CLI and tests all use it. It names
 * no entity: each context's module registers its own (TypeOrmModule.forFeature) and the Nest data
 * source loads them (autoLoadEntities); migrations are SQL and need none.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}, connectTimeoutMs = 10_000): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: allMigrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    // A request never waits long for a connection: a full pool answers a 503 within this time (see
    // isUnavailableError; an unreachable server is refused at once), and the pool reconnects by itself later.
    extra: { max: 20, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true },
    ...extra,
  } as DataSourceOptions;
}
