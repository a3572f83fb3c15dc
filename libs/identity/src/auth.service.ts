import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Conflict, Unauthenticated } from '@hamkar/common';
import { hashPassword, timingDummyHash, verifyPassword } from './passwords';
import { RefreshToken } from './refresh-token.entity';
import { sameHash, sha256 } from './secrets';
import { SECURITY_EVENTS, SecurityEvents } from './security-events';
import { Sessions } from './sessions';
import { TokenIssuer, TokenPair } from './token-issuer';
import { Locale, normalizeEmail, PublicUser, publicUser, User } from './user.entity';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
}

export interface Session extends TokenPair {
  user: PublicUser;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
    private readonly sessions: Sessions,
    @Optional() @Inject(SECURITY_EVENTS) private readonly securityEvents?: SecurityEvents,
  ) {}

  async register(input: Registration): Promise<Session> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const emailNormalized = normalizeEmail(input.email);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({
          email: input.email.trim(),
          emailNormalized,
          passwordHash,
          displayName: input.displayName.trim(),
          locale: input.locale ?? 'en',
        })
        .orIgnore()
        .returning('*')
        .execute();
      if (inserted.raw.length === 0) throw new Conflict('An account with this email already exists', { code: 'auth.email-taken' });
      const user = await manager.findOneByOrFail(User, { emailNormalized });
      return { user: publicUser(user), ...(await this.tokens.issue(manager, user.id)) };
    });
  }

  /** Unknown email and wrong password answer alike, in about the same time. */
  async login(email: string, password: string): Promise<Session> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email_normalized = :e', { e: normalizeEmail(email) })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok) {
      await this.securityEvents
        ?.record({ action: 'login.failed', userId: user?.id ?? null, data: { email: normalizeEmail(email) } })
        .catch(() => undefined);
      throw new Unauthenticated('Wrong email or password', { code: 'auth.wrong-credentials' });
    }
    return this.dataSource.transaction(async (manager) => ({ user: publicUser(user), ...(await this.tokens.issue(manager, user.id)) }));
  }

  /** Rotates: the presented token is spent; a spent token coming back revokes its whole family. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await this.lockToken(manager, refreshToken);
      if (token.usedAt || token.revokedAt) {
        await this.revokeFamily(manager, token.familyId);
        return null;
      }
      if (token.expiresAt.getTime() <= Date.now()) throw new Unauthenticated('Refresh token expired', { code: 'auth.token-expired' });
      await manager.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      return this.tokens.issue(manager, token.userId, token.familyId);
    });
    // Thrown after the commit so the family stays revoked.
    if (!outcome) {
      const familyId = await this.familyOf(refreshToken);
      if (familyId) this.sessions.ended(familyId);
      await this.securityEvents
        ?.record({ action: 'refresh.reused', userId: await this.ownerOf(refreshToken), data: {} })
        .catch(() => undefined);
      throw new Unauthenticated('Refresh token was already used; please log in again', { code: 'auth.token-reused' });
    }
    return outcome;
  }

  /** Ends the session: its refresh tokens and, from now on, its access tokens. Answers the session id, if it was one. */
  async logout(refreshToken: string): Promise<string | null> {
    const familyId = await this.dataSource.transaction(async (manager) => {
      const token = await this.lockToken(manager, refreshToken).catch(() => null);
      if (token) await this.revokeFamily(manager, token.familyId);
      return token?.familyId ?? null;
    });
    if (familyId) this.sessions.ended(familyId);
    return familyId;
  }

  private async lockToken(manager: EntityManager, presented: string): Promise<RefreshToken> {
    const [id, secret] = presented.split('.');
    const uuid = /^[0-9a-f-]{36}$/i;
    if (!id || !secret || !uuid.test(id)) throw new Unauthenticated('Invalid refresh token', { code: 'auth.token-invalid' });
    const token = await manager.findOne(RefreshToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!token || !sameHash(token.tokenHash, sha256(secret)))
      throw new Unauthenticated('Invalid refresh token', { code: 'auth.token-invalid' });
    return token;
  }

  private async familyOf(presented: string): Promise<string | null> {
    const id = presented.split('.')[0];
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.dataSource.manager.findOneBy(RefreshToken, { id });
    return row?.familyId ?? null;
  }

  private async ownerOf(presented: string): Promise<string | null> {
    const id = presented.split('.')[0];
    const row = await this.dataSource.manager.findOneBy(RefreshToken, { id });
    return row?.userId ?? null;
  }

  private async revokeFamily(manager: EntityManager, familyId: string) {
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
