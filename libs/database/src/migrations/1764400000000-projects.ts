import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Joint projects with member organizations, milestones, tasks, their activity feed and reminder runs. */
export class Projects1764400000000 implements MigrationInterface {
  name = 'Projects1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('training', 'trade_fair', 'shared_facility', 'export_consortium', 'certification', 'study', 'other')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date >= start_date),
        budget numeric CHECK (budget >= 0),
        currency text,
        channel_id uuid NOT NULL REFERENCES channels(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX projects_cluster ON projects (cluster_id, status)`);
    await db.query(`
      CREATE TABLE project_members (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        pledged numeric NOT NULL DEFAULT 0 CHECK (pledged >= 0),
        paid numeric NOT NULL DEFAULT 0 CHECK (paid >= 0),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, organization_id)
      )`);
    await db.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title text NOT NULL,
        due_date date NOT NULL,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        milestone_id uuid REFERENCES milestones(id) ON DELETE SET NULL,
        title text NOT NULL,
        assignee_id uuid REFERENCES users(id),
        due_date date,
        status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
        created_by uuid NOT NULL REFERENCES users(id),
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX tasks_project ON tasks (project_id, status)`);
    await db.query(`CREATE INDEX tasks_due_open ON tasks (due_date) WHERE status <> 'done'`);
    await db.query(`
      CREATE TABLE project_activity (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id),
        action text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX project_activity_recent ON project_activity (project_id, id DESC)`);
    await db.query(`
      CREATE TABLE reminder_scans (
        id bigserial PRIMARY KEY,
        ran_at timestamptz NOT NULL DEFAULT now(),
        sent integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of ['reminder_scans', 'project_activity', 'tasks', 'milestones', 'project_members', 'projects']) await db.query(`DROP TABLE ${t}`);
  }
}
