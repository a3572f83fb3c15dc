/**
 * Broadcasts of one channel leave this process in seq order. Seqs are assigned under the channel
 * row lock, so transactions commit in seq order, but what follows the commit (building the view,
 * publishing) can overtake an earlier message. A sender takes its turn while it holds the lock and
 * gives it back after the commit, with or without something to send; later turns wait for it.
 */
export class OrderedBroadcast {
  private readonly tails = new Map<string, Promise<void>>();

  turn(key: string): { release(send?: () => void): void } {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: (send?: () => void) => void;
    const mine = new Promise<(() => void) | undefined>((resolve) => (release = resolve));
    const tail: Promise<void> = previous
      .then(() => mine)
      .then((send) => {
        try {
          send?.();
        } catch {
          /* a lost broadcast is recovered by sync */
        }
      })
      .finally(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    this.tails.set(key, tail);
    let released = false;
    return {
      release: (send) => {
        if (released) return;
        released = true;
        release(send);
      },
    };
  }
}
