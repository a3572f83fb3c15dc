import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const PROJECT_KINDS = ['training', 'trade_fair', 'shared_facility', 'export_consortium', 'certification', 'study', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A joint action of the cluster's firms, run by its development agent. */
@Entity('projects')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  kind: ProjectKind;

  @Column({ type: 'text', default: 'active' })
  status: ProjectStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'numeric', nullable: true })
  budget: string | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
