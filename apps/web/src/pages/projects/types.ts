export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_KINDS = ['training', 'trade_fair', 'shared_facility', 'export_consortium', 'certification', 'study', 'other'] as const;
export const TASK_STATUSES = ['todo', 'doing', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: string;
  title: string;
  status: TaskStatus;
  assigneeId: string | null;
  dueDate: string | null;
  milestoneId: string | null;
  projectId: string;
}
export interface Milestone {
  id: string;
  title: string;
  dueDate: string;
  doneAt: string | null;
}
export interface Project {
  id: string;
  title: string;
  description?: string;
  kind: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  channelId: string;
  milestones: Milestone[];
  tasks: Task[];
}
