import { BullModule } from '@nestjs/bullmq';
import { DynamicModule } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { queueConnection } from './queue-backend';

/** BullMQ's connection for api and worker alike (Redis, or PostgreSQL alone), under the deployment's prefix. */
export function bullRootModule(): DynamicModule {
  return BullModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({ connection: queueConnection(config), prefix: `${config.REDIS_PREFIX}bull` }),
  });
}
