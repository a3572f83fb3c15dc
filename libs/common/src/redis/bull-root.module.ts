import { BullModule } from '@nestjs/bullmq';
import { DynamicModule } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { bullConnection } from './redis';

/** BullMQ's connection for api and worker alike, under the deployment's key prefix. */
export function bullRootModule(): DynamicModule {
  return BullModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({ connection: bullConnection(config.REDIS_URL), prefix: `${config.REDIS_PREFIX}bull` }),
  });
}
