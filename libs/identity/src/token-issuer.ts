import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Unauthenticated } from '@hamkar/common';
import { RefreshToken } from './refresh-token.entity';
import { newSecret, sha256 } from './secrets';
import { Sessions } from './sessions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface AccessClaims {
  sub: string;
  /** The session (refresh-token family) the token belongs to; logging out ends it. */
  sid: string;
}

@Injectable()
export class TokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues an access token and the next refresh token of `familyId` (a new family if none). */
  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<TokenPair> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000);
    const row = await manager.save(RefreshToken, manager.create(RefreshToken, { userId, familyId, tokenHash: sha256(secret), expiresAt }));
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sid: familyId, typ: 'access' },
      { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS },
    );
    return { accessToken, refreshToken: `${row.id}.${secret}` };
  }

  /** For sockets: the claims of a valid access token of an open session, or 401. */
  async verifyAccessToken(token: string | undefined): Promise<AccessClaims> {
    if (!token) throw new Unauthenticated('Missing access token');
    let claims: { sub?: unknown; sid?: unknown; typ?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw new Unauthenticated('Invalid or expired access token');
    }
    const valid = await this.acceptClaims(claims);
    if (!valid) throw new Unauthenticated('Invalid or expired access token');
    return valid;
  }

  /** For HTTP (whose signature check is Passport's) and sockets: the claims, if of an open session. */
  async acceptClaims(claims: { sub?: unknown; sid?: unknown; typ?: unknown }): Promise<AccessClaims | null> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    if (!UUID.test(claims.sid) || !(await this.sessions.isLive(claims.sid))) return null;
    return { sub: claims.sub, sid: claims.sid };
  }
}
