import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../identity/public.decorator';
import { RedisHealth } from './redis-health';

@ApiTags('health')
@Public()
@SkipThrottle({ api: true })
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealth,
  ) {}

  /** The process is up. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** PostgreSQL answers, and Redis when the deployment uses it; 503 with per-part detail otherwise. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      const redis = this.redis.used ? [() => this.redis.ping('redis')] : [];
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), ...redis]);
    } catch (e) {
      // Orchestrators and operators want terminus' per-part report, not a generic problem document.
      if (!(e instanceof ServiceUnavailableException)) throw e;
      res.status(503);
      return e.getResponse();
    }
  }
}
