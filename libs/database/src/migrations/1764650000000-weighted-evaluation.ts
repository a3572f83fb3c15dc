import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Criteria and weights a need is judged by (price alone unless the organiser says otherwise), and what quotes offer beyond price. */
export class WeightedEvaluation1764650000000 implements MigrationInterface {
  name = 'WeightedEvaluation1764650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procurements ADD COLUMN criteria jsonb NOT NULL DEFAULT '[{"criterion": "price", "weight": 100}]'`);
    await db.query(`ALTER TABLE quotes ADD COLUMN warranty_months integer CHECK (warranty_months >= 0), ADD COLUMN payment_terms_days integer CHECK (payment_terms_days >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE quotes DROP COLUMN warranty_months, DROP COLUMN payment_terms_days`);
    await db.query(`ALTER TABLE procurements DROP COLUMN criteria`);
  }
}
