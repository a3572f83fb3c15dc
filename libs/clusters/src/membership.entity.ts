import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const CLUSTER_ROLES = ['admin', 'agent', 'member', 'supplier', 'observer'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];

/** A person's place in a cluster: the role decides what they may do, the organization whom they act for. */
@Entity('memberships')
@Unique('memberships_cluster_user', ['clusterId', 'userId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: ClusterRole;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
