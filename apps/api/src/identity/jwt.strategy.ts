import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { accessTokenKey, TokenIssuer } from '@hamkar/identity';
import type { AuthenticatedUser } from './current-user.decorator';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: TokenIssuer,
  ) {
    // passport-jwt's types predate KeyObject; jsonwebtoken takes one.
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: accessTokenKey(config.JWT_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** The signature is checked by now; the token must also be an access token of a session not ended. */
  async validate(payload: { sub?: unknown; sid?: unknown; typ?: unknown }): Promise<AuthenticatedUser | false> {
    const claims = await this.tokens.acceptClaims(payload);
    return claims ? { id: claims.sub, sessionId: claims.sid } : false;
  }
}
