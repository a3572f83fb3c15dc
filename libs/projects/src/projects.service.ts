import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, ClusterPeople } from '@hamkar/clusters';
import { Conflict, dec, NotFound, RuleBroken } from '@hamkar/common';
import { PlatformChannels } from '@hamkar/messaging';
import { RealtimePublisher } from '@hamkar/realtime';
import { Milestone } from './milestone.entity';
import { ProjectMember } from './project-member.entity';
import { memberView, milestoneView, projectView, taskView } from './project-views';
import { Project, ProjectKind } from './project.entity';
import { Task, TaskStatus } from './task.entity';

export interface NewProject {
  title: string;
  description: string;
  kind: ProjectKind;
  startDate: string;
  endDate: string;
  budget?: string;
  currency?: string;
}

export interface TaskChange {
  status?: TaskStatus;
  title?: string;
  assigneeId?: string | null;
  dueDate?: string | null;
  milestoneId?: string | null;
}

/**
 * Joint projects: the agent creates them (with their channel), organizations join, and milestones
 * and tasks move on. Every change is written to the activity feed and pushed to the project's
 * channel room, where its members' sockets are.
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly channels: PlatformChannels,
    private readonly realtime: RealtimePublisher,
    private readonly clusterPeople: ClusterPeople,
  ) {}

  async create(userId: string, clusterId: string, input: NewProject) {
    if (input.endDate < input.startDate)
      throw new RuleBroken(
        'endDate must not be before startDate',
        [{ field: 'endDate', message: 'must be on or after startDate', code: 'project.ends-before-start' }],
        { code: 'project.ends-before-start' },
      );
    const project = await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, clusterId, 'project.create', 'cluster', manager);
      const channel = await this.channels.open(manager, {
        clusterId,
        kind: 'project',
        name: input.title,
        topic: input.kind,
        memberUserIds: [userId],
      });
      const p = await manager.save(
        Project,
        manager.create(Project, {
          ...input,
          clusterId,
          budget: input.budget ?? null,
          currency: input.currency ?? null,
          channelId: channel.id,
          createdBy: userId,
          status: 'active',
        }),
      );
      await this.record(manager, p.id, userId, 'project.created', { title: p.title });
      return p;
    });
    this.channels.announce(project.channelId, [userId]);
    return this.get(userId, project.id);
  }

  async get(userId: string, id: string) {
    const { project } = await this.load(userId, id, 'project.read');
    const m = this.dataSource.manager;
    const [members, milestones, tasks] = await Promise.all([
      m.find(ProjectMember, { where: { projectId: id }, order: { joinedAt: 'ASC' } }),
      m.find(Milestone, { where: { projectId: id }, order: { dueDate: 'ASC' } }),
      m.find(Task, { where: { projectId: id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...projectView(project),
      members: members.map(memberView),
      milestones: milestones.map(milestoneView),
      tasks: tasks.map(taskView),
    };
  }

  async list(userId: string, clusterId: string) {
    await this.policy.authorize(userId, clusterId, 'project.read');
    const rows = await this.dataSource.manager.find(Project, { where: { clusterId }, order: { startDate: 'DESC', createdAt: 'DESC' } });
    return { items: rows.map(projectView), nextCursor: null };
  }

  async activity(userId: string, id: string) {
    await this.load(userId, id, 'project.read');
    const rows: Array<{ id: string; actor_id: string; action: string; data: Record<string, unknown>; created_at: Date }> =
      await this.dataSource.query(
        `SELECT id, actor_id, action, data, created_at FROM project_activity WHERE project_id = $1 ORDER BY id DESC LIMIT 200`,
        [id],
      );
    return {
      items: rows.map((r) => ({ id: String(r.id), actorId: r.actor_id, action: r.action, data: r.data, createdAt: r.created_at })),
      nextCursor: null,
    };
  }

  async addMember(userId: string, id: string, organizationId: string, pledged = '0') {
    const people = await this.dataSource.transaction(async (manager) => {
      const { project } = await this.load(userId, id, 'project.manage', manager);
      const inCluster = await this.policy.takesPart(project.clusterId, organizationId, manager);
      if (!inCluster)
        throw new RuleBroken(
          'The organization does not take part in this cluster',
          [{ field: 'organizationId', message: 'is not in this cluster' }],
          { code: 'organization.not-in-cluster', params: { organizationId } },
        );
      if (await manager.existsBy(ProjectMember, { projectId: id, organizationId }))
        throw new Conflict('The organization is already in this project', { code: 'project.already-member' });
      await manager.insert(ProjectMember, { projectId: id, organizationId, pledged: dec(pledged).toFixed() });
      const people = await this.clusterPeople.userIds(project.clusterId, { organizationId }, manager);
      await this.channels.addMembers(manager, project.channelId, people);
      await this.record(manager, id, userId, 'member.added', { organizationId, pledged });
      return { people, channelId: project.channelId };
    });
    this.channels.announce(people.channelId, people.people);
    return this.changed(userId, id, 'project:updated');
  }

  async updateContribution(userId: string, id: string, organizationId: string, change: { pledged?: string; paid?: string }) {
    await this.dataSource.transaction(async (manager) => {
      await this.load(userId, id, 'project.manage', manager);
      const row = await manager.findOneBy(ProjectMember, { projectId: id, organizationId });
      if (!row) throw new NotFound('project member');
      await manager.update(
        ProjectMember,
        { projectId: id, organizationId },
        {
          ...(change.pledged !== undefined ? { pledged: change.pledged } : {}),
          ...(change.paid !== undefined ? { paid: change.paid } : {}),
        },
      );
      await this.record(manager, id, userId, 'contribution.changed', { organizationId, ...change });
    });
    return this.changed(userId, id, 'project:updated');
  }

  async addMilestone(userId: string, id: string, input: { title: string; dueDate: string }) {
    const milestone = await this.dataSource.transaction(async (manager) => {
      const { project } = await this.load(userId, id, 'project.manage', manager);
      this.withinProject(project, input.dueDate);
      const m = await manager.save(Milestone, manager.create(Milestone, { projectId: id, title: input.title, dueDate: input.dueDate }));
      await this.record(manager, id, userId, 'milestone.added', { milestoneId: m.id, title: m.title });
      return m;
    });
    await this.changed(userId, id, 'project:updated');
    return milestoneView(milestone);
  }

  async addTask(userId: string, id: string, input: { title: string; assigneeId?: string; dueDate?: string; milestoneId?: string }) {
    const task = await this.dataSource.transaction(async (manager) => {
      const { project } = await this.load(userId, id, 'project.work', manager);
      await this.checkTaskFields(manager, project, input);
      const t = await manager.save(
        Task,
        manager.create(Task, {
          projectId: id,
          title: input.title,
          assigneeId: input.assigneeId ?? null,
          dueDate: input.dueDate ?? null,
          milestoneId: input.milestoneId ?? null,
          createdBy: userId,
          status: 'todo',
        }),
      );
      await this.record(manager, id, userId, 'task.added', { taskId: t.id, title: t.title });
      return t;
    });
    this.realtime.toChannel((await this.projectOf(id)).channelId, 'task:updated', taskView(task));
    return taskView(task);
  }

  async updateTask(userId: string, taskId: string, change: TaskChange) {
    const task = await this.dataSource.transaction(async (manager) => {
      const t = await manager.findOne(Task, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw new NotFound('task');
      const { project } = await this.load(userId, t.projectId, 'project.work', manager).catch(() => {
        throw new NotFound('task');
      });
      await this.checkTaskFields(manager, project, {
        assigneeId: change.assigneeId ?? undefined,
        dueDate: change.dueDate ?? undefined,
        milestoneId: change.milestoneId ?? undefined,
      });
      const before = t.status;
      // The DTO carries every field it declares, undefined where the request named none: only the named ones change.
      Object.assign(t, Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)));
      if (change.status) t.doneAt = change.status === 'done' ? (before === 'done' ? t.doneAt : new Date()) : null;
      await manager.save(Task, t);
      await this.record(manager, t.projectId, userId, change.status && change.status !== before ? 'task.status' : 'task.changed', {
        taskId,
        from: before,
        to: t.status,
        ...change,
      });
      return t;
    });
    this.realtime.toChannel((await this.projectOf(task.projectId)).channelId, 'task:updated', taskView(task));
    return taskView(task);
  }

  private async checkTaskFields(
    manager: EntityManager,
    project: Project,
    f: { assigneeId?: string; dueDate?: string; milestoneId?: string },
  ) {
    if (f.dueDate) this.withinProject(project, f.dueDate);
    if (f.milestoneId && !(await manager.existsBy(Milestone, { id: f.milestoneId, projectId: project.id })))
      throw new RuleBroken(
        'The milestone belongs to another project',
        [{ field: 'milestoneId', message: 'is not a milestone of this project', code: 'task.milestone-elsewhere' }],
        { code: 'task.milestone-elsewhere' },
      );
    if (f.assigneeId && (await this.clusterPeople.among(project.clusterId, [f.assigneeId], manager)).length === 0)
      throw new RuleBroken(
        'The assignee is not a member of this cluster',
        [{ field: 'assigneeId', message: 'is not a member of this cluster', code: 'task.assignee-not-member' }],
        { code: 'task.assignee-not-member' },
      );
  }

  private withinProject(project: Project, date: string) {
    if (date < project.startDate || date > project.endDate)
      throw new RuleBroken(
        `The date must fall within the project (${project.startDate} to ${project.endDate})`,
        [{ field: 'dueDate', message: `must be between ${project.startDate} and ${project.endDate}`, code: 'task.due-outside-project' }],
        { code: 'task.due-outside-project', params: { start: project.startDate, end: project.endDate } },
      );
  }

  private async load(
    userId: string,
    id: string,
    permission: 'project.read' | 'project.manage' | 'project.work',
    manager: EntityManager = this.dataSource.manager,
  ) {
    const project = await manager.findOneBy(Project, { id });
    if (!project) throw new NotFound('project');
    const membership = await this.policy.authorize(userId, project.clusterId, permission, 'project', manager);
    return { project, membership };
  }

  private async projectOf(id: string) {
    return this.dataSource.manager.findOneByOrFail(Project, { id });
  }

  private async record(manager: EntityManager, projectId: string, actorId: string, action: string, data: Record<string, unknown>) {
    await manager.query(`INSERT INTO project_activity (project_id, actor_id, action, data) VALUES ($1, $2, $3, $4)`, [
      projectId,
      actorId,
      action,
      JSON.stringify(data),
    ]);
  }

  private async changed(userId: string, id: string, event: 'project:updated') {
    const view = await this.get(userId, id);
    this.realtime.toChannel(view.channelId, event, view);
    return view;
  }
}
