import type { EntityManager } from 'typeorm';
import { PERMISSIONS } from '@hamkar/clusters';
import { channelAccessColumns, ChannelRow } from './channel-access';

export interface MessageRow {
  id: string;
  channelId: string;
  authorId: string;
  body: string;
  searchText: string;
  clientMessageId: string;
  threadRootId: string | null;
  mentions: string[];
  attachmentIds: string[];
}

export interface Stored {
  /** The channel, the author's seat and membership as they were when the row was locked: the caller judges them. */
  access: ChannelRow | undefined;
  /** The message's seq and time, or null when the author may not post there (nothing was written). */
  message: { seq: string; createdAt: Date } | null;
}

const ROLES_THAT_POST: readonly string[] = PERMISSIONS['message.post'];

/**
 * Sending a message is one statement, one round trip: it locks the channel row, checks that the
 * author may post there (the same facts `ChannelAccessPolicy.judge` reads from the row it returns),
 * takes the next seq, gives the author a seat in a public channel it had none in, and inserts the
 * message. Nothing else waits on a channel's lock for a network round trip, so a busy channel
 * moves as fast as PostgreSQL commits.
 *
 * Seqs stay gapless: the seq is taken and the row inserted in the same statement, so a failure of
 * either undoes both. A second message with the author's clientMessageId fails the statement on
 * `messages_client_id_once` (`isRepeatedClientId`), which undoes its seq too; it must fail rather
 * than skip the insert, since a copy committed while this one waited for the lock is not in its
 * snapshot and only the unique index sees it.
 */
export async function storeMessage(manager: EntityManager, m: MessageRow): Promise<Stored> {
  const [row]: Array<ChannelRow & { message_seq: string | null; message_created_at: Date | null }> = await manager.query(
    `WITH ch AS (
       SELECT ${channelAccessColumns('$2')}
         FROM channels c LEFT JOIN channel_members s ON s.channel_id = c.id AND s.user_id = $2
        WHERE c.id = $1 FOR UPDATE OF c
     ), allowed AS (
       SELECT id, seat_joined_at FROM ch
        WHERE membership->>'role' = ANY($10::text[]) AND (kind = 'public' OR seat_joined_at IS NOT NULL) AND archived_at IS NULL
     ), bumped AS (
       UPDATE channels c SET last_seq = c.last_seq + 1 FROM allowed WHERE c.id = allowed.id RETURNING c.id, c.last_seq
     ), seated AS (
       INSERT INTO channel_members (channel_id, user_id) SELECT id, $2 FROM allowed WHERE seat_joined_at IS NULL ON CONFLICT DO NOTHING
     ), inserted AS (
       INSERT INTO messages (id, channel_id, seq, author_id, body, search_text, client_message_id, thread_root_id, mentions, attachment_ids)
       SELECT $3, id, last_seq, $2, $4, $5, $6, $7, $8::uuid[], $9::uuid[] FROM bumped
       RETURNING seq, created_at
     )
     SELECT ch.*, inserted.seq AS message_seq, inserted.created_at AS message_created_at FROM ch LEFT JOIN inserted ON true`,
    [m.channelId, m.authorId, m.id, m.body, m.searchText, m.clientMessageId, m.threadRootId, m.mentions, m.attachmentIds, ROLES_THAT_POST],
  );
  return { access: row, message: row?.message_seq ? { seq: row.message_seq, createdAt: row.message_created_at as Date } : null };
}

/** The statement failed because the author already sent a message with this clientMessageId. */
export function isRepeatedClientId(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pg = err?.driverError ?? err;
  return pg?.code === '23505' && pg.constraint === 'messages_client_id_once';
}
