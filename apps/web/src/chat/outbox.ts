import type { Problem } from '../api';
import type { HamkarSocket } from '../socket';
import type { Message } from '../types';

/*
 * Messages the user wrote that the server has not yet confirmed. They live in localStorage, so a reload,
 * a lost connection or a closed tab loses nothing; each keeps its clientMessageId, so sending it again
 * (after a reconnect, or by the retry button) can never make a second message: the server answers a
 * repeat with the one it already stored.
 */

export interface OutgoingMessage {
  clientMessageId: string;
  channelId: string;
  body: string;
  threadRootId?: string;
  attachmentIds: string[];
  createdAt: string;
  /** pending: waits for the connection (or is on its way); failed: the server refused it or did not answer. */
  state: 'pending' | 'failed';
  problem?: Problem;
}

const ACK_TIMEOUT_MS = 10_000;
const BUSY_RETRY_MS = 3_000;

export class Outbox {
  private items: OutgoingMessage[];
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<(m: Message) => void>();
  private readonly inFlight = new Set<string>();
  private socket: HamkarSocket | null = null;

  constructor(private readonly key: string) {
    this.items = read(key);
  }

  /** Every message not yet confirmed, oldest first. */
  list = (): OutgoingMessage[] => this.items;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Called with each message the server confirmed, so the open channel shows it at its place. */
  onSent(listener: (m: Message) => void) {
    this.sentListeners.add(listener);
    return () => void this.sentListeners.delete(listener);
  }

  /** Sends whatever waits whenever the connection comes (back). */
  attach(socket: HamkarSocket) {
    this.socket = socket;
    const flush = () => this.flush();
    socket.on('connect', flush);
    window.addEventListener('online', flush);
    flush();
    return () => {
      socket.off('connect', flush);
      window.removeEventListener('online', flush);
      this.socket = null;
    };
  }

  add(message: Omit<OutgoingMessage, 'clientMessageId' | 'createdAt' | 'state'>) {
    const item: OutgoingMessage = {
      ...message,
      clientMessageId: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      state: 'pending',
    };
    this.update([...this.items, item]);
    this.flush();
  }

  retry(clientMessageId: string) {
    this.update(this.items.map((i) => (i.clientMessageId === clientMessageId ? { ...i, state: 'pending', problem: undefined } : i)));
    this.flush();
  }

  discard(clientMessageId: string) {
    this.update(this.items.filter((i) => i.clientMessageId !== clientMessageId));
  }

  private flushing = false;
  private again = false;

  /** Sends what waits one message at a time, oldest first, so a channel receives them in the order typed. */
  flush() {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    void (async () => {
      do {
        this.again = false;
        for (const { clientMessageId } of this.items.filter((i) => i.state === 'pending')) {
          // Discarded or refused meanwhile: skip it.
          const item = this.items.find((i) => i.clientMessageId === clientMessageId && i.state === 'pending');
          if (item && !(await this.send(item))) break;
        }
      } while (this.again);
      this.flushing = false;
    })();
  }

  /** False when the line is down: the rest waits for the next flush. */
  private async send(item: OutgoingMessage): Promise<boolean> {
    const socket = this.socket;
    if (!socket?.connected || !navigator.onLine) return false;
    if (this.inFlight.has(item.clientMessageId)) return true;
    this.inFlight.add(item.clientMessageId);
    try {
      const { clientMessageId, channelId, body, threadRootId, attachmentIds } = item;
      const ack = await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('message:send', { channelId, body, clientMessageId, threadRootId, attachmentIds });
      if (ack.ok) {
        this.update(this.items.filter((i) => i.clientMessageId !== clientMessageId));
        this.sentListeners.forEach((l) => l(ack.message));
      } else if (ack.error.status === 503) {
        // Busy or briefly unavailable: it stays pending and goes again shortly, still in order.
        this.mark(clientMessageId, 'pending', ack.error);
        setTimeout(() => this.flush(), BUSY_RETRY_MS);
        return false;
      } else {
        this.mark(clientMessageId, 'failed', ack.error);
      }
    } catch {
      // No answer in time: if the line dropped it waits for the reconnect, otherwise the user decides.
      const lineUp = socket.connected && navigator.onLine;
      this.mark(item.clientMessageId, lineUp ? 'failed' : 'pending', { status: 0, title: 'No answer', code: 'network' });
      return lineUp;
    } finally {
      this.inFlight.delete(item.clientMessageId);
    }
    return true;
  }

  private mark(clientMessageId: string, state: OutgoingMessage['state'], problem?: Problem) {
    this.update(this.items.map((i) => (i.clientMessageId === clientMessageId ? { ...i, state, problem } : i)));
  }

  private update(items: OutgoingMessage[]) {
    this.items = items;
    try {
      localStorage.setItem(this.key, JSON.stringify(items));
    } catch {
      // A full storage must not stop the message from being sent while the page is open.
    }
    this.listeners.forEach((l) => l());
  }
}

function read(key: string): OutgoingMessage[] {
  try {
    const items = JSON.parse(localStorage.getItem(key) ?? '[]');
    // A message that was on its way when the page closed is sent again: the server dedupes it.
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

const outboxes = new Map<string, Outbox>();
/** One outbox per signed-in user on this device. */
export function outboxOf(userId: string): Outbox {
  if (!outboxes.has(userId)) outboxes.set(userId, new Outbox(`hamkar.outbox.${userId}`));
  return outboxes.get(userId)!;
}

/** What the user is typing in a channel (or thread), kept across reloads until it is sent. */
export const drafts = {
  key: (userId: string, channelId: string, threadRootId?: string) =>
    `hamkar.draft.${userId}.${channelId}${threadRootId ? `.${threadRootId}` : ''}`,
  read(key: string): string {
    return localStorage.getItem(key) ?? '';
  },
  write(key: string, text: string) {
    try {
      if (text) localStorage.setItem(key, text);
      else localStorage.removeItem(key);
    } catch {
      // Storage full: the draft simply is not kept.
    }
  },
};
