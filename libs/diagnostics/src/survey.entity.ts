import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalText } from './local-text';

export const QUESTION_KINDS = ['number', 'choice', 'scale', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export interface Question {
  id: string;
  kind: QuestionKind;
  text: LocalText;
  /** Choice questions: the options, answered by their index. */
  options?: LocalText[];
  /** Scale questions: the ends of the scale (1–5 unless given). */
  min?: number;
  max?: number;
  /** Number questions: what is counted (looms, m², people). */
  unit?: string;
}

/** A diagnostic survey of the cluster's firms: the study that also sets the baseline. */
@Entity('surveys')
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ type: 'jsonb' })
  title: LocalText;

  // Questions live with their survey: they are written once, before it is sent, and read together.
  @Column({ type: 'jsonb' })
  questions: Question[];

  @Column({ type: 'text', default: 'draft' })
  status: SurveyStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
