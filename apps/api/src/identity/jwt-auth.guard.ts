import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { isUnavailableError, Unauthenticated } from '@hamkar/common';
import { IS_PUBLIC } from './public.decorator';

/** Global: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T, info?: { name?: string }): T {
    // The session check could not reach PostgreSQL: a 503 to retry, not a 401 that signs the user out.
    if (err && isUnavailableError(err)) throw err;
    if (err || !user)
      throw new Unauthenticated('A valid access token is required', {
        code: info?.name === 'TokenExpiredError' ? 'auth.token-expired' : 'auth.unauthenticated',
      });
    return user;
  }
}
