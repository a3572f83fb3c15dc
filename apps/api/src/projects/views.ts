import { ApiProperty } from '@nestjs/swagger';
import { PROJECT_KINDS, PROJECT_STATUSES, type ProjectKind, type ProjectStatus, TASK_STATUSES, type TaskStatus } from '@hamkar/projects';
import { day, nullableTime, nullableUuid, time, uuid } from '../openapi-properties';

/* The answers of the project routes, for the OpenAPI document (see identity/views.ts). */

export class ProjectView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: PROJECT_KINDS }) kind: ProjectKind;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty(day) startDate: string;
  @ApiProperty(day) endDate: string;
  @ApiProperty({ type: String, nullable: true, description: 'A decimal string.', example: '250000000' }) budget: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'IRR' }) currency: string | null;
  @ApiProperty({ ...uuid, description: "The project's own channel." }) channelId: string;
  @ApiProperty(uuid) createdBy: string;
  @ApiProperty(time) createdAt: Date;
}

export class ProjectMemberView {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty({ description: 'A decimal string.', example: '5000000' }) pledged: string;
  @ApiProperty({ description: 'A decimal string.', example: '0' }) paid: string;
  @ApiProperty(time) joinedAt: Date;
}

export class MilestoneView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) projectId: string;
  @ApiProperty() title: string;
  @ApiProperty(day) dueDate: string;
  @ApiProperty(nullableTime) doneAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

export class TaskView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) projectId: string;
  @ApiProperty(nullableUuid) milestoneId: string | null;
  @ApiProperty() title: string;
  @ApiProperty(nullableUuid) assigneeId: string | null;
  @ApiProperty({ ...day, nullable: true }) dueDate: string | null;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty(uuid) createdBy: string;
  @ApiProperty(nullableTime) doneAt: Date | null;
  @ApiProperty(time) createdAt: Date;
  @ApiProperty(time) updatedAt: Date;
}

/** A project with its member organizations, milestones and tasks: what its board shows. */
export class ProjectDetailView extends ProjectView {
  @ApiProperty({ type: [ProjectMemberView] }) members: ProjectMemberView[];
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: [TaskView] }) tasks: TaskView[];
}

export class ProjectPage {
  @ApiProperty({ type: [ProjectView] }) items: ProjectView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ProjectActivityView {
  @ApiProperty() id: string;
  @ApiProperty(uuid) actorId: string;
  @ApiProperty({ example: 'task.created' }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty(time) createdAt: Date;
}

export class ProjectActivityPage {
  @ApiProperty({ type: [ProjectActivityView] }) items: ProjectActivityView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;

class DashboardMembers {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Members who wrote, joined a procurement or worked on a project in the last 30 days.' })
  activeLast30Days: number;
  @ApiProperty({ ...counts, description: 'Members per cluster role.' }) byRole: Record<string, number>;
}

class DashboardWeek {
  @ApiProperty({ type: String, format: 'date' }) weekStart: string;
  @ApiProperty() messages: number;
}

class DashboardAwarded {
  @ApiProperty({ example: 'IRR' }) currency: string;
  @ApiProperty() procurements: number;
  @ApiProperty({ description: 'A decimal string.' }) pooledValue: string;
  @ApiProperty({ description: 'A decimal string.' }) savings: string;
}

class DashboardProcurements {
  @ApiProperty({ ...counts, description: 'Procurements per status.' }) byStatus: Record<string, number>;
  @ApiProperty({ type: [DashboardAwarded], description: 'Per currency.' }) awarded: DashboardAwarded[];
}

class DashboardProjects {
  @ApiProperty() active: number;
  @ApiProperty() onTrack: number;
  @ApiProperty() late: number;
  @ApiProperty() completed: number;
}

class DashboardTasks {
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ description: 'Done over total, 0 to 1.' }) completionRate: number;
}

/** The cluster's indicators (cached a little while; `fresh=true` recomputes). */
export class DashboardView {
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty(time) computedAt: string;
  @ApiProperty({ type: DashboardMembers }) members: DashboardMembers;
  @ApiProperty({ type: [DashboardWeek] }) messagesPerWeek: DashboardWeek[];
  @ApiProperty({ type: DashboardProcurements }) procurements: DashboardProcurements;
  @ApiProperty({ type: DashboardProjects }) projects: DashboardProjects;
  @ApiProperty({ type: DashboardTasks }) tasks: DashboardTasks;
}
