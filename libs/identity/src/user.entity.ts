import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LOCALES, type Locale } from '@hamkar/common/pure';

// An account's language is one of the platform's; kept here too for the callers that ask identity.
export { LOCALES, type Locale };

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  /** Lower-cased email: uniqueness is case-insensitive. */
  @Column({ name: 'email_normalized', type: 'text', unique: true })
  emailNormalized: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: 'en' })
  locale: Locale;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const publicUser = (u: User) => ({ id: u.id, email: u.email, displayName: u.displayName, locale: u.locale });
export type PublicUser = ReturnType<typeof publicUser>;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
