import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One organization's answers to a survey; answering again replaces them. */
@Entity('survey_answer_sets')
export class AnswerSet {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'answered_by', type: 'uuid' })
  answeredBy: string;

  /** Question id to the answer: a decimal string, an option index, a scale step or free text. */
  @Column({ type: 'jsonb' })
  answers: Record<string, string>;

  @UpdateDateColumn({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
