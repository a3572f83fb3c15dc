import type { Schemas } from '../../api';

/* The wire types are the api's own (generated from its OpenAPI document); only the orders shown are kept here. */
export type ProjectSummary = Schemas['ProjectView'];
export type Project = Schemas['ProjectDetailView'];
export type Task = Schemas['TaskView'];
export type ProjectStatus = ProjectSummary['status'];
export type TaskStatus = Task['status'];

// `satisfies` ties the columns to the api's values: a status the api drops fails the type check.
export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const satisfies readonly ProjectStatus[];
export const PROJECT_KINDS = [
  'training',
  'trade_fair',
  'shared_facility',
  'export_consortium',
  'certification',
  'study',
  'other',
] as const satisfies readonly ProjectSummary['kind'][];
export const TASK_STATUSES = ['todo', 'doing', 'done'] as const satisfies readonly TaskStatus[];
