import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Numbered amendments to a published need, and quotes waiting for their supplier to confirm them after one. */
export class ProcurementAmendments1764630000000 implements MigrationInterface {
  name = 'ProcurementAmendments1764630000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurement_amendments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        made_by uuid NOT NULL REFERENCES users(id),
        made_at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL,
        material boolean NOT NULL,
        UNIQUE (procurement_id, number)
      )`);
    await db.query(`ALTER TABLE quotes DROP CONSTRAINT quotes_status_check`);
    await db.query(`ALTER TABLE quotes ADD CONSTRAINT quotes_status_check CHECK (status IN ('live', 'needs-confirmation', 'replaced'))`);
    // A supplier has at most one quote in play, live or waiting for its confirmation.
    await db.query(`CREATE UNIQUE INDEX quotes_one_in_play ON quotes (procurement_id, supplier_organization_id) WHERE status <> 'replaced'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX quotes_one_in_play`);
    await db.query(`UPDATE quotes SET status = 'live' WHERE status = 'needs-confirmation'`);
    await db.query(`ALTER TABLE quotes DROP CONSTRAINT quotes_status_check`);
    await db.query(`ALTER TABLE quotes ADD CONSTRAINT quotes_status_check CHECK (status IN ('live', 'replaced'))`);
    await db.query(`DROP TABLE procurement_amendments`);
  }
}
