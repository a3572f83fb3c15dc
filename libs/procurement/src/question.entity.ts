import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier's clarification question; its answer is published to everyone invited, the asker never named. */
@Entity('procurement_questions')
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ name: 'asker_organization_id', type: 'uuid' })
  askerOrganizationId: string;

  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'asked_at', type: 'timestamptz', default: () => 'now()' })
  askedAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
