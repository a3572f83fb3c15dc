import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler/dist/throttler.guard.interface';
import type { Response } from 'express';
import { TooManyRequests } from '@hamkar/common';

/** Named throttlers only send `Retry-After-<name>`; clients and proxies look for plain `Retry-After`. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    const seconds = Math.max(1, detail.timeToBlockExpire || detail.timeToExpire);
    res.setHeader('Retry-After', String(seconds));
    throw new TooManyRequests(`Too many attempts; try again in ${seconds} s`, {
      code: 'rate.limited',
      params: { retryAfterSeconds: seconds },
    });
  }
}
