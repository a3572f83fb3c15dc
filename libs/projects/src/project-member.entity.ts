import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An organization taking part in a project, with what it pledged and has paid towards the budget. */
@Entity('project_members')
export class ProjectMember {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'numeric', default: 0 })
  pledged: string;

  @Column({ type: 'numeric', default: 0 })
  paid: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
