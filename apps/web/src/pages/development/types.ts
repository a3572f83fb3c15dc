import type { Schemas } from '../../api';

/* The wire types are the api's own (generated from its OpenAPI document). */
export type SurveyQuestion = Schemas['SurveyQuestionView'];
export type QuestionResult = Schemas['QuestionResultView'];
export type IndicatorView = Schemas['IndicatorView'];

// `satisfies` ties the choices to the api's values: a source the api drops fails the type check.
export const INDICATOR_SOURCES = [
  'readings',
  'procurement-savings',
  'procurement-participation',
  'joint-action-participation',
] as const satisfies readonly IndicatorView['source'][];
