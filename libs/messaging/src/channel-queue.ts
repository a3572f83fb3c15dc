import { Unavailable } from '@hamkar/common/pure';

/**
 * Sends into one channel take turns in this process before they touch the database. They would
 * take turns anyway, on the channel row lock, but each of those waiting on the lock holds a pooled
 * connection: a busy channel then runs the pool dry and every other request fails. Here they wait
 * in memory instead, one at a time per channel goes to the lock, and a line that grows too long or
 * too slow is answered 503 with Retry-After (nothing was stored; the client retries the same
 * clientMessageId).
 */
export class ChannelQueue {
  private readonly lines = new Map<string, { length: number; tail: Promise<void> }>();

  constructor(
    private readonly maxWaiting = 1000,
    private readonly maxWaitMs = 8000,
  ) {}

  async run<T>(channelId: string, work: () => Promise<T>): Promise<T> {
    let line = this.lines.get(channelId);
    if (!line) this.lines.set(channelId, (line = { length: 0, tail: Promise.resolve() }));
    if (line.length >= this.maxWaiting) throw busy(channelId);
    line.length += 1;
    const previous = line.tail;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    // Whoever comes next waits for the one before this turn as well, even if this one gives up.
    line.tail = previous.then(() => mine);
    try {
      await withinMs(previous, this.maxWaitMs, () => busy(channelId));
      return await work();
    } finally {
      done();
      line.length -= 1;
      if (line.length === 0 && this.lines.get(channelId) === line) this.lines.delete(channelId);
    }
  }

  /** Sends waiting or running in a channel (for tests and metrics). */
  waiting(channelId: string): number {
    return this.lines.get(channelId)?.length ?? 0;
  }
}

const busy = (channelId: string) =>
  new Unavailable('This channel is busy; try again shortly', { code: 'message.channel-busy', params: { channelId } });

function withinMs(p: Promise<void>, ms: number, onTimeout: () => Error): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(onTimeout()), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
