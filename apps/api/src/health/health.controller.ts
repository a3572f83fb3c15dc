import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../identity/public.decorator';
import { RedisHealth } from './redis-health';

@ApiTags('health')
@Public()
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

  /** PostgreSQL and Redis answer; 503 with per-part detail otherwise. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), () => this.redis.ping('redis')]);
  }
}
