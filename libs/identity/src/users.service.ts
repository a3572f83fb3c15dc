import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { NotFound } from '@hamkar/common';
import { Locale, publicUser, PublicUser, User } from './user.entity';

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

  async findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ emailNormalized: email.trim().toLowerCase() });
  }
}
