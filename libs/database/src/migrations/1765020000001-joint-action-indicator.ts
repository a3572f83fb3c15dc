import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An indicator may count the firms in joint actions: pooled purchases and projects together. */
export class JointActionIndicator1765020000001 implements MigrationInterface {
  name = 'JointActionIndicator1765020000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicators DROP CONSTRAINT indicators_source_check`);
    await db.query(`ALTER TABLE indicators ADD CONSTRAINT indicators_source_check CHECK (source IN ('readings', 'procurement-savings', 'procurement-participation', 'joint-action-participation'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicators DROP CONSTRAINT indicators_source_check`);
    await db.query(`ALTER TABLE indicators ADD CONSTRAINT indicators_source_check CHECK (source IN ('readings', 'procurement-savings', 'procurement-participation'))`);
  }
}
