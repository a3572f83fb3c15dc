import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { APP_CONFIG, AppConfig, SharedCache } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';

/** Seconds a computed dashboard is served from the shared cache (Redis, or PostgreSQL without it) before it is computed again. */
export const DASHBOARD_TTL_SECONDS = 60;
/** From this many members on, a cached dashboard older than REFRESH_AFTER_SECONDS is recomputed by a job, not by a reader. */
export const LARGE_CLUSTER_MEMBERS = 200;
export const REFRESH_AFTER_SECONDS = 30;

type Row = Record<string, string | number | null>;

/** The cluster's indicators, all from SQL aggregates over the source tables. */
@Injectable()
export class DashboardService implements OnModuleDestroy {
  private readonly cache: SharedCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly outbox: Outbox,
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
          await this.outbox.add(this.dataSource.manager, { queue: Queues.dashboard, name: 'refresh', jobId: `dashboard-${clusterId}-${slot}`, data: { clusterId } });
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
    const [members] = await q(
      `SELECT count(*)::int AS members,
              count(*) FILTER (WHERE m.user_id IN (
                SELECT msg.author_id FROM messages msg JOIN channels c ON c.id = msg.channel_id WHERE c.cluster_id = $1 AND msg.created_at > now() - interval '30 days'
                UNION SELECT pa.joined_by FROM participations pa JOIN procurements pr ON pr.id = pa.procurement_id WHERE pr.cluster_id = $1 AND pa.updated_at > now() - interval '30 days'
                UNION SELECT act.actor_id FROM project_activity act JOIN projects pj ON pj.id = act.project_id WHERE pj.cluster_id = $1 AND act.created_at > now() - interval '30 days'
              ))::int AS active
         FROM memberships m WHERE m.cluster_id = $1`,
    );
    const byRole = await q(`SELECT role, count(*)::int AS n FROM memberships WHERE cluster_id = $1 GROUP BY role ORDER BY role`);
    const weeks = await q(
      `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(msg.id)::int AS messages
         FROM generate_series(date_trunc('week', now()) - interval '7 weeks', date_trunc('week', now()), interval '1 week') AS w(week)
         LEFT JOIN (SELECT msg.id, msg.created_at FROM messages msg JOIN channels c ON c.id = msg.channel_id WHERE c.cluster_id = $1 AND msg.deleted_at IS NULL) msg
           ON msg.created_at >= w.week AND msg.created_at < w.week + interval '1 week'
        GROUP BY w.week ORDER BY w.week`,
    );
    const procurements = await q(`SELECT status, count(*)::int AS n FROM procurements WHERE cluster_id = $1 GROUP BY status ORDER BY status`);
    const pooled = await q(
      `SELECT pr.currency, count(DISTINCT pr.id)::int AS awarded, coalesce(sum(a.amount), 0)::text AS value, coalesce(sum(a.saving), 0)::text AS savings
         FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id
        WHERE pr.cluster_id = $1 AND pr.status IN ('awarded', 'completed') GROUP BY pr.currency ORDER BY pr.currency`,
    );
    const [projects] = await q(
      `SELECT count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'active' AND (end_date < current_date OR EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = p.id AND m.done_at IS NULL AND m.due_date < current_date))) ::int AS late,
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
      members: { total: n(members.members), activeLast30Days: n(members.active), byRole: Object.fromEntries(byRole.map((r) => [r.role, n(r.n)])) },
      messagesPerWeek: weeks.map((w) => ({ weekStart: w.week, messages: n(w.messages) })),
      procurements: { byStatus: Object.fromEntries(procurements.map((r) => [r.status, n(r.n)])), awarded: pooled.map((p) => ({ currency: p.currency, procurements: n(p.awarded), pooledValue: p.value, savings: p.savings })) },
      projects: { active: n(projects.active), onTrack: n(projects.active) - n(projects.late), late: n(projects.late), completed: n(projects.completed) },
      tasks: { total: n(tasks.total), done: n(tasks.done), overdue: n(tasks.overdue), completionRate: n(tasks.total) ? Math.round((n(tasks.done) / n(tasks.total)) * 1000) / 1000 : 0 },
    };
  }

  /** The indicators per month (last 12), as CSV with a BOM so spreadsheet programs show Persian and Azerbaijani text right. */
  async monthlyCsv(userId: string, clusterId: string): Promise<string> {
    await this.policy.authorize(userId, clusterId, 'dashboard.read');
    const rows: Row[] = await this.dataSource.query(
      `SELECT to_char(mo.month, 'YYYY-MM') AS month,
              (SELECT count(*) FROM memberships m WHERE m.cluster_id = $1 AND m.created_at >= mo.month AND m.created_at < mo.month + interval '1 month')::int AS new_members,
              (SELECT count(*) FROM messages msg JOIN channels c ON c.id = msg.channel_id WHERE c.cluster_id = $1 AND msg.created_at >= mo.month AND msg.created_at < mo.month + interval '1 month')::int AS messages,
              (SELECT count(*) FROM procurements pr WHERE pr.cluster_id = $1 AND pr.published_at >= mo.month AND pr.published_at < mo.month + interval '1 month')::int AS procurements_published,
              (SELECT count(*) FROM procurements pr WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month')::int AS procurements_awarded,
              (SELECT coalesce(string_agg(x.currency || ' ' || x.v, '; ' ORDER BY x.currency), '') FROM (SELECT pr.currency, sum(a.amount)::text AS v FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month' GROUP BY pr.currency) x) AS pooled_value,
              (SELECT coalesce(string_agg(x.currency || ' ' || x.v, '; ' ORDER BY x.currency), '') FROM (SELECT pr.currency, sum(a.saving)::text AS v FROM procurements pr JOIN allocations a ON a.procurement_id = pr.id WHERE pr.cluster_id = $1 AND pr.awarded_at >= mo.month AND pr.awarded_at < mo.month + interval '1 month' AND a.saving IS NOT NULL GROUP BY pr.currency) x) AS savings,
              (SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.cluster_id = $1 AND t.done_at >= mo.month AND t.done_at < mo.month + interval '1 month')::int AS tasks_done
         FROM generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') AS mo(month)
        ORDER BY mo.month`,
      [clusterId],
    );
    return '\ufeff' + stringify(rows, { header: true, columns: ['month', 'new_members', 'messages', 'procurements_published', 'procurements_awarded', 'pooled_value', 'savings', 'tasks_done'] });
  }

  async onModuleDestroy() {
    this.cache.close();
  }
}
