import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Channels, their members and read positions, messages with per-channel seq, reactions and files. */
export class Messaging1764200000000 implements MigrationInterface {
  name = 'Messaging1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('public', 'private', 'direct', 'project', 'procurement')),
        topic text,
        direct_key text,
        last_seq bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT channels_direct_once UNIQUE (cluster_id, direct_key)
      )`);
    await db.query(`CREATE INDEX channels_cluster ON channels (cluster_id)`);
    await db.query(`CREATE UNIQUE INDEX channels_name_once ON channels (cluster_id, lower(name)) WHERE kind IN ('public', 'private')`);
    await db.query(`
      CREATE TABLE channel_members (
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL DEFAULT 0,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel_id, user_id)
      )`);
    await db.query(`CREATE INDEX channel_members_user ON channel_members (user_id)`);
    await db.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        uploader_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        size bigint NOT NULL,
        mime text NOT NULL,
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        search_text text NOT NULL,
        client_message_id text NOT NULL,
        thread_root_id uuid REFERENCES messages(id),
        reply_count integer NOT NULL DEFAULT 0,
        mentions uuid[] NOT NULL DEFAULT '{}',
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT messages_seq_once UNIQUE (channel_id, seq),
        CONSTRAINT messages_client_id_once UNIQUE (author_id, client_message_id)
      )`);
    await db.query(`CREATE INDEX messages_thread ON messages (thread_root_id, seq) WHERE thread_root_id IS NOT NULL`);
    await db.query(`CREATE INDEX messages_search ON messages USING gin (search_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX messages_mentions ON messages USING gin (mentions)`);
    await db.query(`
      CREATE TABLE message_reactions (
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        emoji text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, user_id, emoji)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of ['message_reactions', 'messages', 'files', 'channel_members', 'channels']) await db.query(`DROP TABLE ${t}`);
  }
}
