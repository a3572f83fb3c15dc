import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { validateInput } from '@hamkar/common';
import { LoginDto } from './dto';

/**
 * Passport's local strategy answers a missing field with 401; a malformed body is the
 * client's mistake and gets the usual 400 listing the fields, so the body is checked first.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body = context.switchToHttp().getRequest().body ?? {};
    await validateInput(LoginDto, body);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    return user;
  }
}
