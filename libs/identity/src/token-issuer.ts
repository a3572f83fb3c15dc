import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Unauthenticated } from '@hamkar/common';
import { RefreshToken } from './refresh-token.entity';
import { newSecret, sha256 } from './secrets';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface AccessClaims {
  sub: string;
}

@Injectable()
export class TokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues an access token and the next refresh token of `familyId` (a new family if none). */
  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<TokenPair> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000);
    const row = await manager.save(RefreshToken, manager.create(RefreshToken, { userId, familyId, tokenHash: sha256(secret), expiresAt }));
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'access' }, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, refreshToken: `${row.id}.${secret}` };
  }

  /** For HTTP and sockets alike: the user id of a valid access token, or 401. */
  async verifyAccessToken(token: string | undefined): Promise<AccessClaims> {
    if (!token) throw new Unauthenticated('Missing access token');
    try {
      const claims = await this.jwt.verifyAsync<{ sub?: string; typ?: string }>(token);
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new Error('wrong token type');
      return { sub: claims.sub };
    } catch {
      throw new Unauthenticated('Invalid or expired access token');
    }
  }
}
