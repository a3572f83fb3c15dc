import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An organization's quantity in a pooled procurement. */
@Entity('participations')
export class Participation {
  @PrimaryColumn({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'joined_by', type: 'uuid' })
  joinedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
