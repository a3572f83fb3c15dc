import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a notification went out in an e-mail digest, so no digest repeats it. */
export class NotificationDigests1764500000000 implements MigrationInterface {
  name = 'NotificationDigests1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN emailed_at timestamptz`);
    await db.query(`CREATE INDEX notifications_user_undigested ON notifications (user_id, created_at) WHERE read_at IS NULL AND emailed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_user_undigested`);
    await db.query(`ALTER TABLE notifications DROP COLUMN emailed_at`);
  }
}
