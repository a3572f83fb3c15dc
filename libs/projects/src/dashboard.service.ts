import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AccessPolicy, ClusterFigures } from '@hamkar/clusters';
import { APP_CONFIG, AppConfig, SharedCache } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { MessageFigures } from '@hamkar/messaging';
import { Outbox } from '@hamkar/outbox';
import { ProcurementFigures } from '@hamkar/procurement';

/** Seconds a computed dashboard is served from the shared cache (Redis, or PostgreSQL without it) before it is computed again. */
export const DASHBOARD_TTL_SECONDS = 60;
/** From this many members on, a cached dashboard older than REFRESH_AFTER_SECONDS is recomputed by a job, not by a reader. */
export const LARGE_CLUSTER_MEMBERS = 200;
export const REFRESH_AFTER_SECONDS = 30;
/** A member is active who wrote, joined a procurement or acted in a project within this many days. */
const ACTIVE_DAYS = 30;
const WEEKS_SHOWN = 8;
const MONTHS_EXPORTED = 12;

type Row = Record<string, string | number | null>;

/**
 * The cluster's indicators: each context counts what is in its own tables (members, messages,
 * procurements, projects) and the dashboard puts the figures together and caches them.
 */
@Injectable()
export class DashboardService implements OnModuleDestroy {
  private readonly cache: SharedCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly outbox: Outbox,
    private readonly clusterFigures: ClusterFigures,
    private readonly messageFigures: MessageFigures,
    private readonly procurementFigures: ProcurementFigures,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new SharedCache(config, dataSource, `${config.REDIS_PREFIX}dashboard:`);
  }

  async forCluster(userId: string, clusterId: string, fresh = false) {
    await this.policy.authorize(userId, clusterId, 'dashboard.read');
    const key = clusterId;
    if (!fresh) {
      const cached = await this.cache.get(key);
      if (cached) {
        const value = JSON.parse(cached);
        const age = (Date.now() - Date.parse(value.computedAt)) / 1000;
        if (value.members.total >= LARGE_CLUSTER_MEMBERS && age > REFRESH_AFTER_SECONDS) {
          const slot = Math.floor(Date.now() / (REFRESH_AFTER_SECONDS * 1000));
          await this.outbox.add(this.dataSource.manager, {
            queue: Queues.dashboard,
            name: 'refresh',
            jobId: `dashboard-${clusterId}-${slot}`,
            data: { clusterId },
          });
        }
        return value;
      }
    }
    const value = await this.compute(clusterId);
    await this.cache.set(key, JSON.stringify(value), DASHBOARD_TTL_SECONDS);
    return value;
  }

  /** Recomputes and caches (the refresh job does this for large clusters, so readers never wait). */
  async refresh(clusterId: string) {
    const value = await this.compute(clusterId);
    await this.cache.set(clusterId, JSON.stringify(value), DASHBOARD_TTL_SECONDS);
    return value;
  }

  async compute(clusterId: string) {
    const q = (sql: string) => this.dataSource.query(sql, [clusterId]) as Promise<Row[]>;
    const [memberIds, authors, joiners, projectActors, byRole, weeks, procurements, pooled] = await Promise.all([
      this.clusterFigures.memberIds(clusterId),
      this.messageFigures.authorsSince(clusterId, ACTIVE_DAYS),
      this.procurementFigures.joinersSince(clusterId, ACTIVE_DAYS),
      q(
        `SELECT DISTINCT act.actor_id FROM project_activity act JOIN projects pj ON pj.id = act.project_id
          WHERE pj.cluster_id = $1 AND act.created_at > now() - interval '${ACTIVE_DAYS} days'`,
      ),
      this.clusterFigures.membersByRole(clusterId),
      this.messageFigures.perWeek(clusterId, WEEKS_SHOWN),
      this.procurementFigures.byStatus(clusterId),
      this.procurementFigures.awarded(clusterId),
    ]);
    const active = new Set<unknown>([...authors, ...joiners, ...projectActors.map((r) => r.actor_id)]);
    const members = { members: memberIds.length, active: memberIds.filter((id) => active.has(id)).length };
    const [projects] = await q(
      `SELECT count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'active' AND (end_date < current_date OR EXISTS (
                SELECT 1 FROM milestones m WHERE m.project_id = p.id AND m.done_at IS NULL AND m.due_date < current_date))) ::int AS late,
              count(*) FILTER (WHERE status = 'completed')::int AS completed
         FROM projects p WHERE p.cluster_id = $1`,
    );
    const [tasks] = await q(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE t.status = 'done')::int AS done,
              count(*) FILTER (WHERE t.status <> 'done' AND t.due_date < current_date)::int AS overdue
         FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.cluster_id = $1`,
    );
    const n = (v: string | number | null) => Number(v ?? 0);
    return {
      clusterId,
      computedAt: new Date().toISOString(),
      members: {
        total: n(members.members),
        activeLast30Days: n(members.active),
        byRole: Object.fromEntries(byRole.map((r) => [r.role, n(r.n)])),
      },
      messagesPerWeek: weeks.map((w) => ({ weekStart: w.week, messages: n(w.messages) })),
      procurements: {
        byStatus: Object.fromEntries(procurements.map((r) => [r.status, n(r.n)])),
        awarded: pooled.map((p) => ({ currency: p.currency, procurements: n(p.awarded), pooledValue: p.value, savings: p.savings })),
      },
      projects: {
        active: n(projects.active),
        onTrack: n(projects.active) - n(projects.late),
        late: n(projects.late),
        completed: n(projects.completed),
      },
      tasks: {
        total: n(tasks.total),
        done: n(tasks.done),
        overdue: n(tasks.overdue),
        completionRate: n(tasks.total) ? Math.round((n(tasks.done) / n(tasks.total)) * 1000) / 1000 : 0,
      },
    };
  }

  /** The indicators per month (last 12), as CSV with a BOM so spreadsheet programs show Persian and Azerbaijani text right. */
  async monthlyCsv(userId: string, clusterId: string): Promise<string> {
    await this.policy.authorize(userId, clusterId, 'dashboard.read');
    const [months, joined, messages, procurement, tasksDone] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(mo.month, 'YYYY-MM') AS month
           FROM generate_series(date_trunc('month', now()) - ($1::int - 1) * interval '1 month', date_trunc('month', now()),
                                interval '1 month') AS mo(month)
          ORDER BY mo.month`,
        [MONTHS_EXPORTED],
      ) as Promise<Array<{ month: string }>>,
      this.clusterFigures.joinedByMonth(clusterId, MONTHS_EXPORTED),
      this.messageFigures.perMonth(clusterId, MONTHS_EXPORTED),
      this.procurementFigures.perMonth(clusterId, MONTHS_EXPORTED),
      this.tasksDoneByMonth(clusterId, MONTHS_EXPORTED),
    ]);
    const rows = months.map(({ month }) => {
      const bought = procurement.get(month);
      return {
        month,
        new_members: joined.get(month) ?? 0,
        messages: messages.get(month) ?? 0,
        procurements_published: bought?.published ?? 0,
        procurements_awarded: bought?.awarded ?? 0,
        pooled_value: bought?.pooledValue ?? '',
        savings: bought?.savings ?? '',
        tasks_done: tasksDone.get(month) ?? 0,
      };
    });
    return (
      '\ufeff' +
      stringify(rows, {
        header: true,
        columns: [
          'month',
          'new_members',
          'messages',
          'procurements_published',
          'procurements_awarded',
          'pooled_value',
          'savings',
          'tasks_done',
        ],
      })
    );
  }

  private async tasksDoneByMonth(clusterId: string, months: number): Promise<Map<string, number>> {
    const rows: Array<{ month: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', t.done_at), 'YYYY-MM') AS month, count(*)::int AS n
         FROM tasks t JOIN projects p ON p.id = t.project_id
        WHERE p.cluster_id = $1 AND t.done_at >= date_trunc('month', now()) - ($2::int - 1) * interval '1 month'
          AND t.done_at < date_trunc('month', now()) + interval '1 month'
        GROUP BY 1`,
      [clusterId, months],
    );
    return new Map(rows.map((r) => [r.month, r.n]));
  }

  async onModuleDestroy() {
    this.cache.close();
  }
}
