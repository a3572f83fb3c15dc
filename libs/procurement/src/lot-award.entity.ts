import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The part of a lot one supplier delivers: the whole lot, or its share of a split by quantity. */
@Entity('lot_awards')
export class LotAward {
  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid' })
  supplierOrganizationId: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ name: 'quote_id', type: 'uuid' })
  quoteId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  /** The quote's tier price at the quantity awarded to it. */
  @Column({ name: 'unit_price', type: 'numeric' })
  unitPrice: string;

  /** quantity × unit price, rounded to the currency's minor unit; the firms' amounts add up to it exactly. */
  @Column({ type: 'numeric' })
  total: string;

  @Column({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt: Date;
}

/** One firm's part of one supplier's award in a lot. */
@Entity('lot_allocations')
export class LotAllocation {
  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @PrimaryColumn({ name: 'supplier_organization_id', type: 'uuid' })
  supplierOrganizationId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'unit_price', type: 'numeric' })
  unitPrice: string;

  @Column({ type: 'numeric' })
  amount: string;

  /** What the firm saved against buying its own part alone from the same supplier. */
  @Column({ type: 'numeric', nullable: true })
  saving: string | null;
}
