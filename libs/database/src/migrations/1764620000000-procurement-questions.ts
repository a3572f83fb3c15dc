import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clarification questions from suppliers, answered by the organiser for everyone invited. */
export class ProcurementQuestions1764620000000 implements MigrationInterface {
  name = 'ProcurementQuestions1764620000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurement_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        asker_organization_id uuid NOT NULL REFERENCES organizations(id),
        asked_by uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        answer text,
        answered_by uuid REFERENCES users(id),
        asked_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await db.query(`CREATE INDEX procurement_questions_by_procurement ON procurement_questions (procurement_id, asked_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE procurement_questions`);
  }
}
