#!/usr/bin/env node
// Baseline 2: the bare relay persisting each message first, in one transaction (bump the channel's
// seq, insert the message), in a throwaway schema of its own on the same PostgreSQL as the api. What
// a durable, ordered chat costs at the least; Hamkar adds access checks, mentions, notifications
// and the outbox on top. RELAY_DATABASE_URL names the database (created if it does not exist).
const { Client, Pool } = require('pg');
const { startRelay } = require('../lib/relay-server');

const DATABASE_URL = process.env.RELAY_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_relay';
// As many connections as the api's pool (libs/database/src/data-source-options.ts).
const POOL_SIZE = Number(process.env.RELAY_POOL_SIZE ?? 20);

async function createDatabaseIfMissing() {
  const u = new URL(DATABASE_URL);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  await admin.end();
}
async function main() {
  await createDatabaseIfMissing();
  const pool = new Pool({ connectionString: DATABASE_URL, max: POOL_SIZE });
  await pool.query(`DROP SCHEMA IF EXISTS relay CASCADE; CREATE SCHEMA relay;
    CREATE TABLE relay.channels (id uuid PRIMARY KEY, last_seq bigint NOT NULL DEFAULT 0);
    CREATE TABLE relay.messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), channel_id uuid NOT NULL REFERENCES relay.channels(id),
      seq bigint NOT NULL, body text NOT NULL, client_message_id text, created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (channel_id, seq), UNIQUE (channel_id, client_message_id))`);
  await startRelay({
    prepareChannel: (channelId) => pool.query('INSERT INTO relay.channels (id) VALUES ($1) ON CONFLICT DO NOTHING', [channelId]),
    persist: async ({ channelId, body, clientMessageId }) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const {
          rows: [{ last_seq: seq }],
        } = await client.query('UPDATE relay.channels SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq', [channelId]);
        const {
          rows: [m],
        } = await client.query(
          'INSERT INTO relay.messages (channel_id, seq, body, client_message_id) VALUES ($1, $2, $3, $4) RETURNING id, channel_id AS "channelId", seq, body, created_at AS "createdAt"',
          [channelId, seq, body, clientMessageId],
        );
        await client.query('COMMIT');
        return m;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
