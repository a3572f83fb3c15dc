import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CHANNEL_KINDS = ['public', 'private', 'direct', 'project', 'procurement'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

@Entity('channels')
export class Channel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ChannelKind;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  /** For direct channels: the sorted member ids, so a repeat request finds the same channel. */
  @Column({ name: 'direct_key', type: 'text', nullable: true })
  directKey: string | null;

  /** The last message's seq; the channel row is locked while the next one is assigned. */
  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** An archived channel keeps its history readable but takes no new messages. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
