import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A commit that adds outbox rows wakes the relays (NOTIFY is delivered at commit, once per
 * transaction however many statements sent it), so a job leaves as soon as its change is
 * committed instead of at the relay's next poll, up to OUTBOX_POLL_MS later. The poll stays, for
 * a relay whose listening connection is away.
 */
export class OutboxWakeUp1765100000001 implements MigrationInterface {
  name = 'OutboxWakeUp1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION outbox_wake_up() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER outbox_wake_up AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake_up()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER outbox_wake_up ON outbox`);
    await db.query(`DROP FUNCTION outbox_wake_up()`);
  }
}
