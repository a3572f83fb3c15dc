import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One lot of a need (say, one colour of yarn): its own HS code, unit and pooled quantity, awarded on its own. */
@Entity('procurement_lots')
export class ProcurementLot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  /** 1, 2, 3 … in the order the need lists them. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Column({ type: 'text' })
  unit: string;

  /** The sum of the firms' quantities in this lot, kept under the procurement's row lock. */
  @Column({ name: 'total_quantity', type: 'numeric', default: 0 })
  totalQuantity: string;

  @Column({ name: 'awarded_at', type: 'timestamptz', nullable: true })
  awardedAt: Date | null;
}

/** A firm's quantity in one lot; its participation's quantity is the sum over its lots. */
@Entity('lot_participations')
export class LotParticipation {
  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ type: 'numeric' })
  quantity: string;
}
