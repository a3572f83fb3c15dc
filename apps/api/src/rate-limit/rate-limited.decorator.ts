import { ExecutionContext, SetMetadata } from '@nestjs/common';

const RATE_LIMITED_AS = 'hamkar:rate-limited-as';
export type RateLimitedAction = 'login' | 'register' | 'refresh' | 'invite';

/** Puts a route under the stricter limits of an abuse-prone action. */
export const RateLimited = (action: RateLimitedAction) => SetMetadata(RATE_LIMITED_AS, action);

export const isRateLimitedAs = (action: RateLimitedAction) => (context: ExecutionContext) =>
  Reflect.getMetadata(RATE_LIMITED_AS, context.getHandler()) === action;
