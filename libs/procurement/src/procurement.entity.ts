import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WeightedCriterion } from './evaluation';
import type { ProcurementStatus } from './procurement-state';

/** A need posted by one organization that others of the cluster can join to buy together. */
@Entity('procurements')
export class Procurement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  /** The organization that posted the need (it is also the first participant). */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'max_unit_price', type: 'numeric', nullable: true })
  maxUnitPrice: string | null;

  @Column({ name: 'join_deadline', type: 'timestamptz' })
  joinDeadline: Date;

  @Column({ name: 'quote_deadline', type: 'timestamptz' })
  quoteDeadline: Date;

  @Column({ name: 'delivery_city', type: 'text' })
  deliveryCity: string;

  @Column({ name: 'delivery_lat', type: 'double precision' })
  deliveryLat: number;

  @Column({ name: 'delivery_lng', type: 'double precision' })
  deliveryLng: number;

  @Column({ type: 'text', default: 'draft' })
  status: ProcurementStatus;

  /** What quotes are ranked by, shown to suppliers; fixed once published. */
  @Column({ type: 'jsonb' })
  criteria: WeightedCriterion[];

  /** The sum of the participations, kept in the same transaction as every change to them. */
  @Column({ name: 'total_quantity', type: 'numeric', default: 0 })
  totalQuantity: string;

  /** The procurement's own channel, with the people of every participating organization. */
  @Column({ name: 'channel_id', type: 'uuid', nullable: true })
  channelId: string | null;

  @Column({ name: 'awarded_quote_id', type: 'uuid', nullable: true })
  awardedQuoteId: string | null;

  @Column({ name: 'award_total', type: 'numeric', nullable: true })
  awardTotal: string | null;

  /** The pooled quantity at the last matching run (a change of more than 20 % runs it again). */
  @Column({ name: 'matched_quantity', type: 'numeric', nullable: true })
  matchedQuantity: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Quotes stay sealed (only each author sees its own) until this moment, the close of quoting. */
  @Column({ name: 'quotes_opened_at', type: 'timestamptz', nullable: true })
  quotesOpenedAt: Date | null;

  @Column({ name: 'awarded_at', type: 'timestamptz', nullable: true })
  awardedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
