import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface IndicativeTier {
  categoryCode: string;
  minQuantity: string;
  unitPrice: string;
  currency: string;
}

/** What a supplier organization sells, how much, how fast and how far; plus its record on the platform. */
@Entity('supplier_profiles')
export class SupplierProfile {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'capacity_per_month', type: 'numeric' })
  capacityPerMonth: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'min_order_quantity', type: 'numeric' })
  minOrderQuantity: string;

  @Column({ name: 'lead_time_days', type: 'int' })
  leadTimeDays: number;

  @Column({ name: 'service_radius_km', type: 'double precision' })
  serviceRadiusKm: number;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications: string[];

  @Column({ name: 'price_tiers', type: 'jsonb', default: () => "'[]'" })
  priceTiers: IndicativeTier[];

  @Column({ name: 'quotes_sent', type: 'int', default: 0 })
  quotesSent: number;

  @Column({ name: 'awards_won', type: 'int', default: 0 })
  awardsWon: number;

  @Column({ name: 'deliveries_on_time', type: 'int', default: 0 })
  deliveriesOnTime: number;

  @Column({ name: 'deliveries_total', type: 'int', default: 0 })
  deliveriesTotal: number;

  @Column({ name: 'deliveries_in_full', type: 'int', default: 0 })
  deliveriesInFull: number;

  @Column({ name: 'deliveries_without_issue', type: 'int', default: 0 })
  deliveriesWithoutIssue: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
