import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What Redis holds when a deployment has it, for deployments that run on PostgreSQL alone:
 * UNLOGGED tables, since all of it rebuilds itself (sockets reconnect, windows restart) and none
 * is worth a write-ahead log, a replica or a backup. And the outbox relay's claim on its rows.
 */
export class PostgresAlone1764700000000 implements MigrationInterface {
  name = 'PostgresAlone1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // A relay claims rows until this moment, commits, then adds them to their queues; a relay that
    // dies in between leaves a claim that simply runs out, and another relay adds them (same job ids).
    await db.query(`ALTER TABLE outbox ADD COLUMN claimed_until timestamptz`);
    // `scope` is the deployment's prefix (REDIS_PREFIX), as the Redis keys carry it.
    await db.query(`
      CREATE UNLOGGED TABLE presence_sockets (
        scope text NOT NULL,
        user_id text NOT NULL,
        socket_id text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, user_id, socket_id)
      )`);
    await db.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await db.query(`CREATE INDEX rate_limit_hits_expiry ON rate_limit_hits (window_ends)`);
    // Computed values served for a while (the dashboards), as Redis keys with an expiry would be.
    await db.query(`
      CREATE UNLOGGED TABLE cache_entries (
        key text PRIMARY KEY,
        value text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    // Socket.IO's PostgreSQL adapter and emitter put events over NOTIFY's 8000 bytes here.
    await db.query(`
      CREATE UNLOGGED TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE socket_io_attachments`);
    await db.query(`DROP TABLE cache_entries`);
    await db.query(`DROP TABLE rate_limit_hits`);
    await db.query(`DROP TABLE presence_sockets`);
    await db.query(`ALTER TABLE outbox DROP COLUMN claimed_until`);
  }
}
