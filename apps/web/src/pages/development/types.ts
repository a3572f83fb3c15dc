import type { LocalText } from './local-text';

export interface SurveyQuestion {
  id: string;
  kind: 'number' | 'choice' | 'scale' | 'text';
  text: LocalText;
  options?: LocalText[];
  min?: number;
  max?: number;
  unit?: string;
}

export interface QuestionResult {
  questionId: string;
  kind: SurveyQuestion['kind'];
  answered: number;
  responseRate: string;
  sum?: string;
  mean?: string;
  min?: string;
  max?: string;
  counts?: Array<{ value: number; count: number; share: string }>;
  texts?: string[];
}

export interface IndicatorView {
  id: string;
  name: LocalText;
  unit: string;
  source: 'readings' | 'procurement-savings' | 'procurement-participation' | 'joint-action-participation';
  currency: string | null;
  baseline: string | null;
  baselineDate: string | null;
  baselineOrigin: { surveyId: string; questionId: string; statistic: string; option?: number } | null;
  targets: Array<{ dueDate: string; value: string }>;
  series: Array<{ date: string; value: string }>;
  current: string | null;
  nextTarget: { dueDate: string; value: string } | null;
  progress: string | null;
}

export const INDICATOR_SOURCES: IndicatorView['source'][] = [
  'readings',
  'procurement-savings',
  'procurement-participation',
  'joint-action-participation',
];
