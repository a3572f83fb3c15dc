import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { type ProjectStatus, ProjectsService } from '@hamkar/projects';
import { IndicatorsService } from './indicators.service';
import { ActionStage, ProjectIndicator, ProjectPlanEntry } from './project-result.entity';

/**
 * Joint actions tied to results: a project names the indicators it should move and whether it is a
 * pilot or a strategic action; the cluster's plan lists them by status with those indicators.
 */
@Injectable()
export class JointActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly projects: ProjectsService,
    private readonly indicators: IndicatorsService,
  ) {}

  async results(userId: string, projectId: string) {
    const project = await this.projects.get(userId, projectId);
    return this.resultsOf(project.clusterId, projectId);
  }

  async declare(userId: string, projectId: string, input: { indicatorIds: string[]; stage?: ActionStage }) {
    const project = await this.projects.get(userId, projectId);
    await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, project.clusterId, 'project.manage', 'project', manager);
      const ids = [...new Set(input.indicatorIds)];
      if (ids.length) await this.indicators.requireInCluster(manager, project.clusterId, ids);
      await manager.delete(ProjectIndicator, { projectId });
      if (ids.length)
        await manager.insert(
          ProjectIndicator,
          ids.map((indicatorId) => ({ projectId, indicatorId })),
        );
      if (input.stage) await manager.upsert(ProjectPlanEntry, { projectId, stage: input.stage }, ['projectId']);
    });
    return this.resultsOf(project.clusterId, projectId);
  }

  /** Pilot and strategic actions by status, each with the indicators it should move. */
  async plan(userId: string, clusterId: string) {
    const { items } = await this.projects.list(userId, clusterId);
    const ids = items.map((p) => p.id);
    const [links, stages, indicators] = await Promise.all([
      ids.length
        ? this.dataSource.manager.findBy(
            ProjectIndicator,
            ids.map((projectId) => ({ projectId })),
          )
        : [],
      ids.length
        ? this.dataSource.manager.findBy(
            ProjectPlanEntry,
            ids.map((projectId) => ({ projectId })),
          )
        : [],
      this.indicators.viewsOf(clusterId),
    ]);
    const actions = items.map((p) => ({
      projectId: p.id,
      title: p.title,
      kind: p.kind,
      status: p.status,
      startDate: p.startDate,
      endDate: p.endDate,
      stage: stages.find((s) => s.projectId === p.id)?.stage ?? null,
      indicators: links
        .filter((l) => l.projectId === p.id)
        .map((l) => indicators.find((i) => i.id === l.indicatorId))
        .filter((i) => i !== undefined)
        .map((i) => ({ id: i.id, name: i.name, unit: i.unit, current: i.current, progress: i.progress })),
    }));
    const byStatus = (stage: ActionStage | null) => {
      const of = (status: ProjectStatus) => actions.filter((a) => a.stage === stage && a.status === status);
      return { planned: of('planned'), active: of('active'), completed: of('completed'), cancelled: of('cancelled') };
    };
    return { pilot: byStatus('pilot'), strategic: byStatus('strategic'), unstaged: byStatus(null) };
  }

  private async resultsOf(clusterId: string, projectId: string) {
    const [links, stage] = await Promise.all([
      this.dataSource.manager.findBy(ProjectIndicator, { projectId }),
      this.dataSource.manager.findOneBy(ProjectPlanEntry, { projectId }),
    ]);
    const indicators = links.length
      ? await this.indicators.viewsOf(
          clusterId,
          links.map((l) => l.indicatorId),
        )
      : [];
    return { projectId, stage: stage?.stage ?? null, indicators };
  }
}
