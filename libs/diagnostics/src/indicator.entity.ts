import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalText } from './local-text';

/**
 * Where an indicator's values come from: readings the agent records (or takes from a survey
 * round), or the platform itself (savings of awarded pooled purchases, firms taking part in them,
 * firms taking part in any joint action: a pooled purchase or a project).
 */
export const INDICATOR_SOURCES = ['readings', 'procurement-savings', 'procurement-participation', 'joint-action-participation'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export interface BaselineOrigin {
  surveyId: string;
  questionId: string;
  statistic: string;
  option?: number;
}

/** A result the cluster's joint actions should move, measured against a baseline and targets. */
@Entity('indicators')
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ type: 'jsonb' })
  name: LocalText;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  source: IndicatorSource;

  /** Savings are counted in one currency; pooled purchases in others are not added in. */
  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Column({ type: 'numeric', nullable: true })
  baseline: string | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate: string | null;

  @Column({ name: 'baseline_origin', type: 'jsonb', nullable: true })
  baselineOrigin: BaselineOrigin | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('indicator_targets')
export class IndicatorTarget {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'numeric' })
  value: string;
}

/** A measured value: recorded by the agent, or taken from a survey round. */
@Entity('indicator_readings')
export class IndicatorReading {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'numeric' })
  value: string;

  @Column({ name: 'survey_id', type: 'uuid', nullable: true })
  surveyId: string | null;
}
