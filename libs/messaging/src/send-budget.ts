/**
 * A token bucket: bursts of `capacity`, then `perSecond`. HTTP has the api throttler keyed by
 * address; socket events are limited per user (see `Budgets`), so opening more sockets buys no
 * more sends, while one office behind one address does not share a single budget.
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
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Full again: forgetting the bucket changes nothing. */
  isFull(now = Date.now()): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number) {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
  }
}

/**
 * One token bucket per key (a user) in this process. Buckets that have refilled are forgotten, so
 * memory follows the people who are sending right now, not everyone who ever sent.
 */
export class Budgets {
  private readonly buckets = new Map<string, SendBudget>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string, now = Date.now()): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.forgetFull(now);
      bucket = new SendBudget(this.capacity, this.perSecond, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  get size(): number {
    return this.buckets.size;
  }

  private forgetFull(now: number) {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
    // Everyone is mid-burst: start over rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}
