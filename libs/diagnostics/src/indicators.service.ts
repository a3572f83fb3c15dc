import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { dec, NotFound, RuleBroken } from '@hamkar/common';
import { ProcurementFigures } from '@hamkar/procurement';
import { ProjectFigures } from '@hamkar/projects';
import { firstTimeFirmsByMonth } from './firms-in-joint-actions';
import { cumulative, Point, progressOf } from './indicator-progress';
import { Indicator, IndicatorReading, IndicatorSource, IndicatorTarget } from './indicator.entity';
import type { LocalText } from './local-text';
import { BaselineStatistic, statisticOf } from './survey-results';
import { SurveysService } from './surveys.service';

export interface NewIndicator {
  name: LocalText;
  unit: string;
  source: IndicatorSource;
  currency?: string;
  baseline?: string;
  baselineDate?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The cluster's indicators: a baseline (typed, or taken from the diagnostic's answers), targets
 * by date, and values over time, from readings or from the platform's own pooled buying and projects.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly surveys: SurveysService,
    private readonly procurement: ProcurementFigures,
    private readonly projects: ProjectFigures,
  ) {}

  async create(userId: string, clusterId: string, input: NewIndicator) {
    if (input.source === 'procurement-savings' && !input.currency)
      throw new RuleBroken(
        'Savings are counted in one currency: name it',
        [{ field: 'currency', message: 'is required for savings', code: 'indicator.currency-required' }],
        { code: 'indicator.currency-required' },
      );
    await this.policy.authorize(userId, clusterId, 'indicator.manage');
    const m = this.dataSource.manager;
    const row = await m.save(
      Indicator,
      m.create(Indicator, {
        clusterId,
        name: input.name,
        unit: input.unit,
        source: input.source,
        currency: input.currency ?? null,
        baseline: input.baseline ?? null,
        baselineDate: input.baseline ? (input.baselineDate ?? today()) : null,
        baselineOrigin: null,
        createdBy: userId,
      }),
    );
    return this.view(row);
  }

  async list(userId: string, clusterId: string) {
    await this.policy.authorize(userId, clusterId, 'indicator.read');
    return { items: await this.viewsOf(clusterId), nextCursor: null };
  }

  /** Every indicator of the cluster as the dashboard, the export and the report show it. */
  async viewsOf(clusterId: string, ids?: string[]) {
    const rows = await this.dataSource.manager.find(Indicator, {
      where: { clusterId, ...(ids ? { id: In(ids) } : {}) },
      order: { createdAt: 'ASC' },
    });
    return Promise.all(rows.map((r) => this.view(r)));
  }

  async get(userId: string, id: string) {
    const { indicator } = await this.load(userId, id, 'indicator.read');
    return this.view(indicator);
  }

  /** The baseline taken from a survey: a total, an average, a count of answers or an option's share. */
  async baselineFromSurvey(
    userId: string,
    id: string,
    input: { surveyId: string; questionId: string; statistic: BaselineStatistic; option?: number },
  ) {
    const indicator = await this.dataSource.transaction(async (manager) => {
      const { indicator } = await this.load(userId, id, 'indicator.manage', manager);
      const value = await this.surveyFigure(manager, indicator, input);
      indicator.baseline = value.value;
      indicator.baselineDate = value.date;
      indicator.baselineOrigin = {
        surveyId: input.surveyId,
        questionId: input.questionId,
        statistic: input.statistic,
        ...(input.option !== undefined ? { option: input.option } : {}),
      };
      return manager.save(Indicator, indicator);
    });
    return this.view(indicator);
  }

  async setBaseline(userId: string, id: string, input: { value: string; date?: string }) {
    const indicator = await this.dataSource.transaction(async (manager) => {
      const { indicator } = await this.load(userId, id, 'indicator.manage', manager);
      Object.assign(indicator, { baseline: dec(input.value).toFixed(), baselineDate: input.date ?? today(), baselineOrigin: null });
      return manager.save(Indicator, indicator);
    });
    return this.view(indicator);
  }

  async setTarget(userId: string, id: string, input: { dueDate: string; value: string }) {
    const { indicator } = await this.load(userId, id, 'indicator.manage');
    await this.dataSource.manager.upsert(IndicatorTarget, { indicatorId: id, dueDate: input.dueDate, value: dec(input.value).toFixed() }, [
      'indicatorId',
      'dueDate',
    ]);
    return this.view(indicator);
  }

  /** A value measured on a date, typed or taken from a later survey round. */
  async record(
    userId: string,
    id: string,
    input: { measuredOn?: string; value?: string; surveyId?: string; questionId?: string; statistic?: BaselineStatistic; option?: number },
  ) {
    const indicator = await this.dataSource.transaction(async (manager) => {
      const { indicator } = await this.load(userId, id, 'indicator.manage', manager);
      if (indicator.source !== 'readings')
        throw new RuleBroken('This indicator is measured by the platform itself', {
          code: 'indicator.measured-by-platform',
          params: { source: indicator.source },
        });
      let reading: { value: string; date: string; surveyId: string | null };
      if (input.surveyId && input.questionId && input.statistic) {
        const figure = await this.surveyFigure(manager, indicator, {
          surveyId: input.surveyId,
          questionId: input.questionId,
          statistic: input.statistic,
          option: input.option,
        });
        reading = { ...figure, surveyId: input.surveyId };
      } else if (input.value !== undefined)
        reading = { value: dec(input.value).toFixed(), date: input.measuredOn ?? today(), surveyId: null };
      else
        throw new RuleBroken(
          'Give a value, or a survey question to take it from',
          [{ field: 'value', message: 'or surveyId, questionId and statistic', code: 'indicator.reading-needs-value' }],
          { code: 'indicator.reading-needs-value' },
        );
      await manager.upsert(
        IndicatorReading,
        { indicatorId: id, measuredOn: input.measuredOn ?? reading.date, value: reading.value, surveyId: reading.surveyId },
        ['indicatorId', 'measuredOn'],
      );
      return indicator;
    });
    return this.view(indicator);
  }

  /** Indicators of a cluster, by id, 422 naming the first that belongs elsewhere. */
  async requireInCluster(manager: EntityManager, clusterId: string, ids: string[]) {
    const found = await manager.find(Indicator, { where: { id: In(ids), clusterId } });
    const missing = ids.find((i) => !found.some((f) => f.id === i));
    if (missing)
      throw new RuleBroken(
        'The indicator is not one of this cluster',
        [{ field: 'indicatorIds', message: `${missing} is not an indicator of this cluster`, code: 'indicator.not-in-cluster' }],
        { code: 'indicator.not-in-cluster', params: { indicatorId: missing } },
      );
  }

  private async surveyFigure(
    manager: EntityManager,
    indicator: Indicator,
    input: { surveyId: string; questionId: string; statistic: BaselineStatistic; option?: number },
  ) {
    const { survey, questions } = await this.surveys.resultsIn(manager, indicator.clusterId, input.surveyId);
    const result = questions.find((q) => q.questionId === input.questionId);
    if (!result)
      throw new RuleBroken(
        'No such question in this survey',
        [{ field: 'questionId', message: 'is not a question of this survey', code: 'survey.unknown-question' }],
        { code: 'survey.unknown-question', params: { questionId: input.questionId } },
      );
    const value = statisticOf(result, input.statistic, input.option);
    if (value === null)
      throw new RuleBroken(
        'That figure cannot be taken from this question',
        [
          {
            field: 'statistic',
            message: `${input.statistic} does not apply to a ${result.kind} question${result.answered ? '' : ' nobody answered'}`,
            code: 'indicator.statistic-unavailable',
          },
        ],
        { code: 'indicator.statistic-unavailable', params: { statistic: input.statistic, kind: result.kind, answered: result.answered } },
      );
    return { value, date: (survey.sentAt ?? survey.createdAt).toISOString().slice(0, 10) };
  }

  private async series(i: Indicator): Promise<Point[]> {
    if (i.source === 'procurement-savings')
      return cumulative(
        i.baseline,
        (await this.procurement.savingsByMonth(i.clusterId, i.currency ?? '')).map((r) => ({ month: r.month, amount: r.savings })),
      );
    if (i.source === 'procurement-participation')
      return cumulative(
        i.baseline,
        (await this.procurement.participantsByMonth(i.clusterId)).map((r) => ({ month: r.month, amount: r.joined })),
      );
    if (i.source === 'joint-action-participation') {
      const [purchases, projects] = await Promise.all([
        this.procurement.firstParticipations(i.clusterId),
        this.projects.firstMemberships(i.clusterId),
      ]);
      return cumulative(i.baseline, firstTimeFirmsByMonth(purchases, projects));
    }
    const readings = await this.dataSource.manager.find(IndicatorReading, { where: { indicatorId: i.id }, order: { measuredOn: 'ASC' } });
    return readings.map((r) => ({ date: r.measuredOn, value: dec(r.value).toFixed() }));
  }

  private async view(i: Indicator) {
    const [targets, series] = await Promise.all([
      this.dataSource.manager.find(IndicatorTarget, { where: { indicatorId: i.id }, order: { dueDate: 'ASC' } }),
      this.series(i),
    ]);
    const baseline = i.baseline === null ? null : dec(i.baseline).toFixed();
    const current = series.length ? series[series.length - 1].value : baseline;
    const { target, progress } = progressOf(baseline, current, targets, today());
    return {
      id: i.id,
      clusterId: i.clusterId,
      name: i.name,
      unit: i.unit,
      source: i.source,
      currency: i.currency,
      baseline,
      baselineDate: i.baselineDate,
      baselineOrigin: i.baselineOrigin,
      targets: targets.map((t) => ({ dueDate: t.dueDate, value: dec(t.value).toFixed() })),
      series,
      current,
      nextTarget: target ? { dueDate: target.dueDate, value: dec(target.value).toFixed() } : null,
      progress,
    };
  }

  private async load(
    userId: string,
    id: string,
    permission: 'indicator.read' | 'indicator.manage',
    manager: EntityManager = this.dataSource.manager,
  ) {
    const indicator = await manager.findOneBy(Indicator, { id });
    if (!indicator) throw new NotFound('indicator');
    await this.policy.authorize(userId, indicator.clusterId, permission, 'indicator', manager);
    return { indicator };
  }
}

export type IndicatorView = Awaited<ReturnType<IndicatorsService['get']>>;
