import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotFound } from '@hamkar/common';
import { Locale, normalizeEmail, publicUser, PublicUser, User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<PublicUser> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new NotFound('user');
    return publicUser(user);
  }

  async update(userId: string, change: { displayName?: string; locale?: Locale }): Promise<PublicUser> {
    const patch: Partial<User> = {};
    if (change.displayName !== undefined) patch.displayName = change.displayName.trim();
    if (change.locale !== undefined) patch.locale = change.locale;
    if (Object.keys(patch).length) await this.dataSource.getRepository(User).update({ id: userId }, patch);
    return this.get(userId);
  }

  /** Display names for lists (members, authors), by id. */
  async displayNames(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.dataSource.getRepository(User).findBy({ id: In([...new Set(userIds)]) });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** Ids with display names, ordered by name then id (the database's collation orders lists of people). */
  async byName(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Array<{ id: string; displayName: string }>> {
    if (userIds.length === 0) return [];
    return manager.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name, id`, [
      userIds,
    ]);
  }

  /** Where and how to write to someone (mail, reminders): their address, name and language. */
  async contacts(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Contact>> {
    if (userIds.length === 0) return new Map();
    const users = await manager.findBy(User, { id: In([...new Set(userIds)]) });
    return new Map(
      users.map((u) => [
        u.id,
        { id: u.id, email: u.email, emailNormalized: u.emailNormalized, displayName: u.displayName, locale: u.locale },
      ]),
    );
  }

  async contact(userId: string, manager?: EntityManager): Promise<Contact | null> {
    return (await this.contacts([userId], manager)).get(userId) ?? null;
  }

  /**
   * An account whose password the caller hashed (`hashPassword`): the demo seed's hundreds of
   * suppliers share one demo password, hashed once, since argon2 for each would take minutes.
   */
  async addWithHash(
    manager: EntityManager,
    person: { email: string; displayName: string; locale: Locale },
    passwordHash: string,
  ): Promise<string> {
    const [user]: Array<{ id: string }> = await manager.query(
      `INSERT INTO users (email, email_normalized, password_hash, display_name, locale) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [person.email, normalizeEmail(person.email), passwordHash, person.displayName, person.locale],
    );
    return user.id;
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ emailNormalized: email.trim().toLowerCase() });
  }
}

export interface Contact {
  id: string;
  email: string;
  emailNormalized: string;
  displayName: string;
  locale: Locale;
}
