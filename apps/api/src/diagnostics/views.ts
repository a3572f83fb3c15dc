import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_STAGES,
  type ActionStage,
  INDICATOR_SOURCES,
  type IndicatorSource,
  QUESTION_KINDS,
  type QuestionKind,
  SURVEY_STATUSES,
  type SurveyStatus,
} from '@hamkar/diagnostics';
import { PROJECT_KINDS, PROJECT_STATUSES, type ProjectKind, type ProjectStatus } from '@hamkar/projects';
import { day, nullableTime, time, uuid } from '../openapi-properties';

/* The answers of the survey, indicator and joint-action routes, for the OpenAPI document (see identity/views.ts). */

const decimal = { description: 'A decimal string.', example: '23000' } as const;
const nullableDecimal = { type: String, nullable: true, ...decimal } as const;
const answers = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'Question id to the answer: a decimal string, an option index, a scale step or free text.',
  example: { q1: '42', q2: '1' },
} as const;

/** A text in the cluster's languages: at least one is there, readers fall back to another. */
export class LocalTextView {
  @ApiPropertyOptional() fa?: string;
  @ApiPropertyOptional() az?: string;
  @ApiPropertyOptional() en?: string;
}

export class SurveyQuestionView {
  @ApiProperty({ example: 'q1' }) id: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind: QuestionKind;
  @ApiProperty({ type: LocalTextView }) text: LocalTextView;
  @ApiPropertyOptional({ type: [LocalTextView], description: 'Choice questions: the options, answered by their index from 0.' })
  options?: LocalTextView[];
  @ApiPropertyOptional({ description: 'Scale questions: the lower end (1 unless given).' }) min?: number;
  @ApiPropertyOptional({ description: 'Scale questions: the upper end (5 unless given).' }) max?: number;
  @ApiPropertyOptional({ description: 'Number questions: what is counted.', example: 'looms' }) unit?: string;
}

export class SurveyView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty({ type: LocalTextView }) title: LocalTextView;
  @ApiProperty({ type: [SurveyQuestionView] }) questions: SurveyQuestionView[];
  @ApiProperty({ enum: SURVEY_STATUSES }) status: SurveyStatus;
  @ApiProperty(nullableTime) sentAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

export class SurveyListItemView extends SurveyView {
  @ApiProperty({ description: "Whether the caller's organization has answered it." }) answeredByMyOrganization: boolean;
}

export class SurveyPage {
  @ApiProperty({ type: [SurveyListItemView], description: 'Drafts only for those who manage surveys.' }) items: SurveyListItemView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The survey, with the caller's organization's answers so a phone can resume where it stopped. */
export class SurveyDetailView extends SurveyView {
  @ApiProperty({ ...answers, nullable: true }) myAnswers: Record<string, string> | null;
}

export class AnswerSetView {
  @ApiProperty(uuid) surveyId: string;
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty(answers) answers: Record<string, string>;
}

export class AnswerCountView {
  @ApiProperty({ description: 'The option index or the scale step.' }) value: number;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Share of those who answered, a percentage with one decimal.', example: '37.5' }) share: string;
}

export class QuestionResultView {
  @ApiProperty({ example: 'q1' }) questionId: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind: QuestionKind;
  @ApiProperty() answered: number;
  @ApiProperty({ description: 'Answered organizations over organizations asked, a percentage with one decimal.', example: '62.5' })
  responseRate: string;
  @ApiPropertyOptional({ description: 'Number and scale questions, once answered: a decimal string.' }) sum?: string;
  @ApiPropertyOptional({ description: 'A decimal string.' }) mean?: string;
  @ApiPropertyOptional({ description: 'A decimal string.' }) min?: string;
  @ApiPropertyOptional({ description: 'A decimal string.' }) max?: string;
  @ApiPropertyOptional({ type: [AnswerCountView], description: 'Choice and scale questions: how many chose each option or step.' })
  counts?: AnswerCountView[];
  @ApiPropertyOptional({ type: [String], description: 'Text questions: the answers given.' }) texts?: string[];
}

export class SurveyResultsView {
  @ApiProperty({ type: SurveyView }) survey: SurveyView;
  @ApiProperty({ description: 'Member firms asked.' }) asked: number;
  @ApiProperty({ description: 'Firms that answered.' }) answered: number;
  @ApiProperty({ type: [QuestionResultView] }) questions: QuestionResultView[];
}

/** Where a baseline taken from a survey came from. */
export class BaselineOriginView {
  @ApiProperty(uuid) surveyId: string;
  @ApiProperty({ example: 'q1' }) questionId: string;
  @ApiProperty({ example: 'mean' }) statistic: string;
  @ApiPropertyOptional() option?: number;
}

export class IndicatorTargetView {
  @ApiProperty(day) dueDate: string;
  @ApiProperty(decimal) value: string;
}

export class IndicatorPointView {
  @ApiProperty(day) date: string;
  @ApiProperty(decimal) value: string;
}

export class IndicatorView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty({ type: LocalTextView }) name: LocalTextView;
  @ApiProperty({ example: 'looms' }) unit: string;
  @ApiProperty({ enum: INDICATOR_SOURCES }) source: IndicatorSource;
  @ApiProperty({ type: String, nullable: true, example: 'IRR' }) currency: string | null;
  @ApiProperty(nullableDecimal) baseline: string | null;
  @ApiProperty({ ...day, nullable: true }) baselineDate: string | null;
  @ApiProperty({ type: BaselineOriginView, nullable: true, description: 'Set when the baseline was taken from a survey.' })
  baselineOrigin: BaselineOriginView | null;
  @ApiProperty({ type: [IndicatorTargetView] }) targets: IndicatorTargetView[];
  @ApiProperty({ type: [IndicatorPointView], description: 'Values over time: readings, or running totals by month.' })
  series: IndicatorPointView[];
  @ApiProperty({ ...nullableDecimal, description: 'The latest value, or the baseline before any.' }) current: string | null;
  @ApiProperty({ type: IndicatorTargetView, nullable: true, description: 'The target due next, or the last one once all are past.' })
  nextTarget: IndicatorTargetView | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Percent of the way from the baseline to the next target, one decimal (beyond 100 when exceeded).',
    example: '40.5',
  })
  progress: string | null;
}

export class IndicatorPage {
  @ApiProperty({ type: [IndicatorView] }) items: IndicatorView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The indicators a project (a joint action) should move, and its stage in the cluster's plan. */
export class ProjectResultsView {
  @ApiProperty(uuid) projectId: string;
  @ApiProperty({ enum: ACTION_STAGES, nullable: true }) stage: ActionStage | null;
  @ApiProperty({ type: [IndicatorView] }) indicators: IndicatorView[];
}

export class PlanIndicatorView {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ type: LocalTextView }) name: LocalTextView;
  @ApiProperty() unit: string;
  @ApiProperty(nullableDecimal) current: string | null;
  @ApiProperty({ type: String, nullable: true, example: '40.5' }) progress: string | null;
}

export class PlanActionView {
  @ApiProperty(uuid) projectId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROJECT_KINDS }) kind: ProjectKind;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty(day) startDate: string;
  @ApiProperty(day) endDate: string;
  @ApiProperty({ enum: ACTION_STAGES, nullable: true }) stage: ActionStage | null;
  @ApiProperty({ type: [PlanIndicatorView] }) indicators: PlanIndicatorView[];
}

/** One stage's actions by the projects' status. */
export class PlanStageView {
  @ApiProperty({ type: [PlanActionView] }) planned: PlanActionView[];
  @ApiProperty({ type: [PlanActionView] }) active: PlanActionView[];
  @ApiProperty({ type: [PlanActionView] }) completed: PlanActionView[];
  @ApiProperty({ type: [PlanActionView] }) cancelled: PlanActionView[];
}

/** The cluster's plan: pilot and strategic actions (and those not staged yet), by status. */
export class PlanView {
  @ApiProperty({ type: PlanStageView }) pilot: PlanStageView;
  @ApiProperty({ type: PlanStageView }) strategic: PlanStageView;
  @ApiProperty({ type: PlanStageView }) unstaged: PlanStageView;
}
