import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What one amendment changed, field by field. */
export type AmendmentChanges = Record<string, { from: string | number | null; to: string | number | null }>;

/** A numbered change to a published need; a material one sends earlier quotes back to their suppliers to confirm. */
@Entity('procurement_amendments')
export class Amendment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'made_by', type: 'uuid' })
  madeBy: string;

  @Column({ name: 'made_at', type: 'timestamptz', default: () => 'now()' })
  madeAt: Date;

  @Column({ type: 'jsonb' })
  changes: AmendmentChanges;

  @Column({ type: 'boolean' })
  material: boolean;
}
