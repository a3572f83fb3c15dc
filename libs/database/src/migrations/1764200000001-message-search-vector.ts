import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search beside the trigram index: the already-normalised search text as a `simple`
 * tsvector (no stemming — there is no Persian or Azerbaijani configuration to trust), plus the
 * history index that skips thread replies, archived channels, and the
 * lookup of the messages that carry a file.
 */
export class MessageSearchVector1764200000001 implements MigrationInterface {
  name = 'MessageSearchVector1764200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`);
    await db.query(`CREATE INDEX messages_search_vector ON messages USING gin (search_vector)`);
    // Search ranks only the newest matches of a common word, walking this index.
    await db.query(`CREATE INDEX messages_created ON messages (created_at)`);
    await db.query(`CREATE INDEX messages_channel_top_level ON messages (channel_id, seq) WHERE thread_root_id IS NULL`);
    await db.query(`ALTER TABLE channels ADD COLUMN archived_at timestamptz`);
    // Who may download a file: the readers of the channels whose messages carry it.
    await db.query(`CREATE INDEX messages_attachments ON messages USING gin (attachment_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX messages_attachments`);
    await db.query(`ALTER TABLE channels DROP COLUMN archived_at`);
    await db.query(`DROP INDEX messages_channel_top_level`);
    await db.query(`DROP INDEX messages_created`);
    await db.query(`ALTER TABLE messages DROP COLUMN search_vector`);
  }
}
