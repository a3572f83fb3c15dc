/**
 * A token bucket per socket for `message:send`: bursts of `capacity`, then `perSecond`. HTTP has
 * the api throttler keyed by address; sockets are keyed by connection, so one office behind one
 * address does not share a single budget.
 */
export class SendBudget {
  private tokens: number;
  private at: number;

  constructor(
    private readonly capacity = 30,
    private readonly perSecond = 10,
    now = Date.now(),
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
