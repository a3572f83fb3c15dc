import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PriceTier } from './price-tiers';

export type QuoteStatus = 'live' | 'needs-confirmation' | 'replaced';

/** A quote's offer for one lot: its own tiers, and at most how much of the lot the supplier can deliver. */
export interface QuoteLot {
  lotId: string;
  tiers: PriceTier[];
  maxQuantity: string | null;
}

/** A supplier's sealed offer; a newer quote from the same supplier replaces the live one. */
@Entity('quotes')
export class Quote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ name: 'supplier_organization_id', type: 'uuid' })
  supplierOrganizationId: string;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  /** Empty on a need with lots: the tiers are then per lot. */
  @Column({ type: 'jsonb' })
  tiers: PriceTier[];

  /** Null on a need without lots. */
  @Column({ type: 'jsonb', nullable: true })
  lots: QuoteLot[] | null;

  @Column({ name: 'lead_time_days', type: 'int' })
  leadTimeDays: number;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'warranty_months', type: 'int', nullable: true })
  warrantyMonths: number | null;

  @Column({ name: 'payment_terms_days', type: 'int', nullable: true })
  paymentTermsDays: number | null;

  /** `needs-confirmation`: made before a material amendment; it counts again once its supplier confirms it. */
  @Column({ type: 'text', default: 'live' })
  status: QuoteStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
