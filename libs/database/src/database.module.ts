import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, {}, config.DATABASE_CONNECT_TIMEOUT_MS),
        // Each context's module registers its entities with TypeOrmModule.forFeature.
        autoLoadEntities: true,
        migrationsRun: config.MIGRATIONS_RUN,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      // Not TypeORM's own migrationsRun, which takes no lock: an api and a worker starting together raced.
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource({ ...options!, migrationsRun: false }).initialize();
        if (options!.migrationsRun) await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
