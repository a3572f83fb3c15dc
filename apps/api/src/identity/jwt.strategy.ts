import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { accessTokenKey } from '@hamkar/identity';
import type { AuthenticatedUser } from './current-user.decorator';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // passport-jwt's types predate KeyObject; jsonwebtoken takes one.
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: accessTokenKey(config.JWT_SECRET) as unknown as Buffer, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(payload: { sub?: unknown; typ?: unknown }): AuthenticatedUser | false {
    return payload.typ === 'access' && typeof payload.sub === 'string' ? { id: payload.sub } : false;
  }
}
