import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig, createRedis, usesRedis } from '@hamkar/common';

@Injectable()
export class RedisHealth implements OnModuleDestroy {
  /** Absent when the deployment runs on PostgreSQL alone: then readiness does not ask for Redis. */
  private readonly redis?: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (!usesRedis(config)) return;
    // Fail fast: readiness must answer 503 quickly when Redis is away, not queue the PING.
    this.redis = createRedis(config.REDIS_URL, 'health', { maxRetriesPerRequest: 0, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
  }

  get used(): boolean {
    return !!this.redis;
  }

  async ping(key: string) {
    const check = this.health.check(key);
    try {
      await this.redis!.ping();
      return check.up();
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }

  async onModuleDestroy() {
    this.redis?.disconnect();
  }
}
