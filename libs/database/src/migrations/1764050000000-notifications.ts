import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications, one per user and event. */
export class Notifications1764050000000 implements MigrationInterface {
  name = 'Notifications1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        cluster_id uuid REFERENCES clusters(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text,
        link text,
        data jsonb NOT NULL DEFAULT '{}',
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_once UNIQUE (user_id, dedupe_key)
      )`);
    await db.query(`CREATE INDEX notifications_user_recent ON notifications (user_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
  }
}
