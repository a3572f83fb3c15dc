import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each participant's part of the award, fixed when the award is made. */
@Entity('allocations')
export class AllocationRow {
  @PrimaryColumn({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'unit_price', type: 'numeric' })
  unitPrice: string;

  @Column({ type: 'numeric' })
  amount: string;

  /** What the firm saved against buying its own quantity alone from the same supplier. */
  @Column({ type: 'numeric', nullable: true })
  saving: string | null;
}
