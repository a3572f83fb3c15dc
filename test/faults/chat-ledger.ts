import type { Pool } from 'pg';
import type { Socket } from 'socket.io-client';
import { emit } from '../support/sockets';

export interface SeenMessage {
  id: string;
  channelId: string;
  seq: number;
  clientMessageId: string;
}

/** Everything a client gets through `sync` from `afterSeq`, following `next` until `hasMore` is false. */
export async function syncAll(socket: Socket, channelId: string, afterSeq = 0): Promise<SeenMessage[]> {
  const out: SeenMessage[] = [];
  let wanted = [{ channelId, afterSeq }];
  for (let page = 0; page < 100; page++) {
    const res = await emit(socket, 'sync', { channels: wanted });
    if (!res.ok) throw new Error(`sync failed: ${JSON.stringify(res.error)}`);
    out.push(...res.messages);
    if (!res.hasMore) return out;
    wanted = res.next;
  }
  throw new Error('sync did not finish within 100 pages');
}

/** What the database holds for a channel: clientMessageId → how many rows, and the seqs. */
export async function storedIn(db: Pool, channelId: string) {
  const { rows } = await db.query<{ client_message_id: string; seq: string }>(
    `SELECT client_message_id, seq FROM messages WHERE channel_id = $1 ORDER BY seq`,
    [channelId],
  );
  const copies = new Map<string, number>();
  for (const r of rows) copies.set(r.client_message_id, (copies.get(r.client_message_id) ?? 0) + 1);
  return { copies, seqs: rows.map((r) => Number(r.seq)) };
}

export const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
