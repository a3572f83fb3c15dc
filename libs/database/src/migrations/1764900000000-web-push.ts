import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Web push: each device's subscription, and what each person wants pushed and when not. */
export class WebPush1764900000000 implements MigrationInterface {
  name = 'WebPush1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        endpoint text NOT NULL UNIQUE,
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id)`);
    await db.query(`
      CREATE TABLE push_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        kinds text[] NOT NULL,
        quiet_from smallint CHECK (quiet_from BETWEEN 0 AND 1439),
        quiet_until smallint CHECK (quiet_until BETWEEN 0 AND 1439),
        time_zone text NOT NULL DEFAULT 'UTC',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE push_preferences`);
    await db.query(`DROP TABLE push_subscriptions`);
  }
}
