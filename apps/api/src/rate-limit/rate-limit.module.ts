import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { isRateLimitedAs } from './rate-limited.decorator';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { RateLimitGuard } from './throttler.guard';

const MINUTE = 60_000;
const emailOf = (req: Record<string, unknown>) => {
  const email = (req as unknown as Request).body?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
};

@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
class ThrottlerStorageModule {}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [APP_CONFIG, RedisThrottlerStorage],
      useFactory: (config: AppConfig, storage: RedisThrottlerStorage) => ({
        storage,
        errorMessage: 'Too many requests; try again in a minute',
        throttlers: [
          // A generous ceiling per client for everything, against runaway scripts.
          { name: 'api', ttl: MINUTE, limit: config.RATE_LIMIT_API_PER_MINUTE },
          // Password guessing: per address, and per account whatever the address.
          { name: 'login-ip', ttl: MINUTE, limit: config.RATE_LIMIT_LOGIN_PER_MINUTE * 3, skipIf: (c) => !isRateLimitedAs('login')(c) },
          {
            name: 'login-email',
            ttl: MINUTE,
            limit: config.RATE_LIMIT_LOGIN_PER_MINUTE,
            skipIf: (c) => !isRateLimitedAs('login')(c),
            getTracker: (req) => `email:${emailOf(req)}`,
          },
          {
            name: 'register-ip',
            ttl: MINUTE,
            limit: config.RATE_LIMIT_REGISTER_PER_MINUTE,
            skipIf: (c) => !isRateLimitedAs('register')(c),
          },
          // Refresh and invitations are cheap to call and worth abusing (token probing, mail spam).
          {
            name: 'refresh-ip',
            ttl: MINUTE,
            limit: config.RATE_LIMIT_REGISTER_PER_MINUTE * 3,
            skipIf: (c) => !isRateLimitedAs('refresh')(c),
          },
          {
            name: 'invite-user',
            ttl: MINUTE,
            limit: config.RATE_LIMIT_REGISTER_PER_MINUTE,
            skipIf: (c) => !isRateLimitedAs('invite')(c),
            getTracker: (req) => `user:${(req as { user?: { id?: string } }).user?.id ?? req.ip}`,
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
