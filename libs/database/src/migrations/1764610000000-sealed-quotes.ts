import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a procurement's quotes were opened (until then only each quote's author sees it). */
export class SealedQuotes1764610000000 implements MigrationInterface {
  name = 'SealedQuotes1764610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procurements ADD COLUMN quotes_opened_at timestamptz`);
    // Procurements already past quoting had their quotes shown to buyers: they count as opened.
    await db.query(`UPDATE procurements SET quotes_opened_at = updated_at WHERE status IN ('evaluating', 'awarded', 'completed')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procurements DROP COLUMN quotes_opened_at`);
  }
}
