import { dec } from '@hamkar/common/pure';
import type { Milestone } from './milestone.entity';
import type { ProjectMember } from './project-member.entity';
import type { Project } from './project.entity';
import type { Task } from './task.entity';

export const projectView = (p: Project) => ({
  id: p.id,
  clusterId: p.clusterId,
  title: p.title,
  description: p.description,
  kind: p.kind,
  status: p.status,
  startDate: p.startDate,
  endDate: p.endDate,
  budget: p.budget === null ? null : dec(p.budget).toFixed(),
  currency: p.currency,
  channelId: p.channelId,
  createdBy: p.createdBy,
  createdAt: p.createdAt,
});

export const memberView = (m: ProjectMember) => ({
  organizationId: m.organizationId,
  pledged: dec(m.pledged).toFixed(),
  paid: dec(m.paid).toFixed(),
  joinedAt: m.joinedAt,
});

export const milestoneView = (m: Milestone) => ({
  id: m.id,
  projectId: m.projectId,
  title: m.title,
  dueDate: m.dueDate,
  doneAt: m.doneAt,
  createdAt: m.createdAt,
});

export const taskView = (t: Task) => ({
  id: t.id,
  projectId: t.projectId,
  milestoneId: t.milestoneId,
  title: t.title,
  assigneeId: t.assigneeId,
  dueDate: t.dueDate,
  status: t.status,
  createdBy: t.createdBy,
  doneAt: t.doneAt,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
});
