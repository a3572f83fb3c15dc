import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@hamkar/identity';
import { Notifier } from '@hamkar/notifications';
import { reminderText } from './reminder-texts';

interface Due {
  kind: 'task.due-tomorrow' | 'task.overdue' | 'milestone.at-risk';
  id: string;
  title: string;
  due: string;
  cluster_id: string;
  project_id: string;
  user_id: string;
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
    private readonly users: UsersService,
  ) {}

  async run(): Promise<{ sent: number }> {
    const due: Due[] = await this.dataSource.query(
      `SELECT 'task.due-tomorrow' AS kind, t.id, t.title, t.due_date::text AS due, p.cluster_id, p.id AS project_id, t.assignee_id AS user_id
         FROM tasks t JOIN projects p ON p.id = t.project_id
        WHERE t.status <> 'done' AND t.due_date = current_date + 1 AND p.status = 'active' AND t.assignee_id IS NOT NULL
       UNION ALL
       SELECT 'task.overdue', t.id, t.title, t.due_date::text, p.cluster_id, p.id, t.assignee_id
         FROM tasks t JOIN projects p ON p.id = t.project_id
        WHERE t.status <> 'done' AND t.due_date < current_date AND p.status = 'active' AND t.assignee_id IS NOT NULL
       UNION ALL
       SELECT 'milestone.at-risk', m.id, m.title, m.due_date::text, p.cluster_id, p.id, p.created_by
         FROM milestones m JOIN projects p ON p.id = m.project_id
        WHERE m.done_at IS NULL AND m.due_date BETWEEN current_date AND current_date + $1::int AND p.status = 'active'
          AND EXISTS (SELECT 1 FROM tasks t WHERE t.milestone_id = m.id AND t.status <> 'done')`,
      [MILESTONE_RISK_DAYS],
    );
    // Each reminder is written in its recipient's language.
    const people = await this.users.contacts(due.map((d) => d.user_id));
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const d of due) {
        const person = people.get(d.user_id);
        if (!person || (await this.notifier.wasTold(manager, d.user_id, `${d.kind}:${d.id}:${d.due}`))) continue;
        await this.notifier.notify(manager, {
          clusterId: d.cluster_id,
          userIds: [d.user_id],
          kind: d.kind,
          title: reminderText(d.kind, person.locale, d.title, d.due),
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
