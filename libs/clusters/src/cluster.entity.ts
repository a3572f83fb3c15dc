import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@hamkar/identity';

@Entity('clusters')
export class Cluster {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'default_locale', type: 'text', default: 'en' })
  defaultLocale: Locale;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
