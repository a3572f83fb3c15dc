import type { Ack, SyncPayload } from '../../../../libs/realtime/src/events';
import type { HamkarSocket } from '../socket';
import type { Message } from '../types';

/**
 * Everything written after each seq, however long the client was away: the server answers at most
 * a page a reply and says where each unfinished channel continues, so we keep asking until it is done.
 * Each page is handed on as it arrives, so the first messages show while the rest are still coming.
 */
export async function syncSince(
  socket: HamkarSocket,
  channels: Array<{ channelId: string; afterSeq: number }>,
  onPage: (messages: Message[]) => void,
): Promise<void> {
  let wanted = channels;
  // A bound against a server that keeps answering `hasMore` without moving on.
  for (let round = 0; wanted.length > 0 && round < 1000; round++) {
    const ack = await new Promise<Ack<SyncPayload>>((resolve) => socket.emit('sync', { channels: wanted }, resolve));
    if (!ack.ok) return;
    if (ack.messages?.length) onPage(ack.messages);
    if (!ack.hasMore || !ack.next?.length) return;
    const moved = ack.next.some((n) => n.afterSeq > (wanted.find((w) => w.channelId === n.channelId)?.afterSeq ?? -1));
    if (!moved) return;
    wanted = ack.next;
  }
}
