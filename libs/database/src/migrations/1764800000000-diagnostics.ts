import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The cluster's diagnostic surveys and their answers, indicators with baselines, targets and readings, and projects tied to them. */
export class Diagnostics1764800000000 implements MigrationInterface {
  name = 'Diagnostics1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        title jsonb NOT NULL,
        questions jsonb NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        created_by uuid NOT NULL REFERENCES users(id),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX surveys_cluster ON surveys (cluster_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE survey_answer_sets (
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        answered_by uuid NOT NULL REFERENCES users(id),
        answers jsonb NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (survey_id, organization_id)
      )`);
    await db.query(`CREATE INDEX survey_answer_sets_organization ON survey_answer_sets (organization_id)`);
    await db.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        name jsonb NOT NULL,
        unit text NOT NULL,
        source text NOT NULL CHECK (source IN ('readings', 'procurement-savings', 'procurement-participation')),
        currency text,
        baseline numeric,
        baseline_date date,
        baseline_origin jsonb,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source <> 'procurement-savings' OR currency IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX indicators_cluster ON indicators (cluster_id)`);
    await db.query(`
      CREATE TABLE indicator_targets (
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        due_date date NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (indicator_id, due_date)
      )`);
    await db.query(`
      CREATE TABLE indicator_readings (
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        measured_on date NOT NULL,
        value numeric NOT NULL,
        survey_id uuid REFERENCES surveys(id) ON DELETE SET NULL,
        PRIMARY KEY (indicator_id, measured_on)
      )`);
    await db.query(`
      CREATE TABLE project_indicators (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        PRIMARY KEY (project_id, indicator_id)
      )`);
    await db.query(`CREATE INDEX project_indicators_indicator ON project_indicators (indicator_id)`);
    await db.query(`
      CREATE TABLE project_plan_entries (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('pilot', 'strategic'))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of ['project_plan_entries', 'project_indicators', 'indicator_readings', 'indicator_targets', 'indicators', 'survey_answer_sets', 'surveys']) await db.query(`DROP TABLE ${t}`);
  }
}
