import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Notifier } from '@hamkar/notifications';
import { reminderText } from './reminder-texts';

type Locale = 'fa' | 'az' | 'en';

interface Due {
  kind: 'task.due-tomorrow' | 'task.overdue' | 'milestone.at-risk';
  id: string;
  title: string;
  due: string;
  cluster_id: string;
  project_id: string;
  user_id: string;
  locale: Locale;
}

/** Days before a milestone's due date at which open tasks make it "at risk". */
export const MILESTONE_RISK_DAYS = 3;

/**
 * Finds tasks due tomorrow, overdue tasks and milestones at risk, and tells the right people
 * once: each reminder's dedupe key names the item and its due date, so a second run (or a
 * second worker) sends nothing new, while a rescheduled due date is reminded again.
 */
@Injectable()
export class ReminderScan {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  async run(): Promise<{ sent: number }> {
    const due: Due[] = await this.dataSource.query(
      `SELECT 'task.due-tomorrow' AS kind, t.id, t.title, t.due_date::text AS due, p.cluster_id, p.id AS project_id, u.id AS user_id, u.locale
         FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
        WHERE t.status <> 'done' AND t.due_date = current_date + 1 AND p.status = 'active'
       UNION ALL
       SELECT 'task.overdue', t.id, t.title, t.due_date::text, p.cluster_id, p.id, u.id, u.locale
         FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
        WHERE t.status <> 'done' AND t.due_date < current_date AND p.status = 'active'
       UNION ALL
       SELECT 'milestone.at-risk', m.id, m.title, m.due_date::text, p.cluster_id, p.id, u.id, u.locale
         FROM milestones m JOIN projects p ON p.id = m.project_id JOIN users u ON u.id = p.created_by
        WHERE m.done_at IS NULL AND m.due_date BETWEEN current_date AND current_date + $1::int AND p.status = 'active'
          AND EXISTS (SELECT 1 FROM tasks t WHERE t.milestone_id = m.id AND t.status <> 'done')`,
      [MILESTONE_RISK_DAYS],
    );
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const d of due) {
        const before: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND dedupe_key = $2`, [d.user_id, `${d.kind}:${d.id}:${d.due}`]);
        if (before[0].n > 0) continue;
        await this.notifier.notify(manager, {
          clusterId: d.cluster_id,
          userIds: [d.user_id],
          kind: d.kind,
          title: reminderText(d.kind, d.locale, d.title, d.due),
          link: `/projects/${d.project_id}`,
          data: { projectId: d.project_id, itemId: d.id, due: d.due },
          dedupeKey: `${d.kind}:${d.id}:${d.due}`,
        });
        sent++;
      }
      await manager.query(`INSERT INTO reminder_scans (sent) VALUES ($1)`, [sent]);
    });
    return { sent };
  }
}
