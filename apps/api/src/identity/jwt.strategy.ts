import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import type { AuthenticatedUser } from './current-user.decorator';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A KeyObject made once: given a string, jsonwebtoken tries it as a PEM public key (and throws)
    // before making a secret key from it, on every request. Its types predate KeyObject.
    const key = createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(payload: { sub?: unknown; typ?: unknown }): AuthenticatedUser | false {
    return payload.typ === 'access' && typeof payload.sub === 'string' ? { id: payload.sub } : false;
  }
}
