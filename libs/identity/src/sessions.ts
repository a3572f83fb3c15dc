import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, listenFor, Listening } from '@hamkar/common';

/** How long a node trusts "this session is still open" before asking PostgreSQL again. */
const LIVE_FOR_MS = 10_000;
const MAX_CACHED = 100_000;
/** The PostgreSQL notification channel on which nodes tell each other of ended sessions. */
const ENDED = 'hamkar_sessions_ended';

/**
 * A session is one login: its refresh-token family, named in every access token as `sid`. Logging
 * out (or a refresh token coming back twice) revokes the family, and from then on the session's
 * access tokens are refused too, not only at their expiry.
 *
 * Asked on every request, so the answer is cached per node. The node that ends a session forgets
 * it at once and tells the other nodes with a PostgreSQL NOTIFY (with or without Redis, the same
 * way); a node that missed it, its listening connection being down, learns it from PostgreSQL
 * within LIVE_FOR_MS.
 */
@Injectable()
export class Sessions implements OnModuleDestroy {
  private readonly logger = new Logger(Sessions.name);
  private readonly known = new Map<string, { live: boolean; until: number }>();
  private readonly endedListeners: Array<(sessionId: string) => void> = [];
  private listening?: Listening;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isLive(sessionId: string): Promise<boolean> {
    this.listen();
    const cached = this.known.get(sessionId);
    if (cached && (!cached.live || cached.until > Date.now())) return cached.live;
    const [row]: Array<{ ended: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NOT NULL) AS ended`,
      [sessionId],
    );
    this.remember(sessionId, !row.ended);
    return !row.ended;
  }

  /** Called once the family's revocation is committed. */
  ended(sessionId: string): void {
    this.forget(sessionId);
    // The other nodes find out from PostgreSQL soon enough if this is lost.
    this.dataSource.query('SELECT pg_notify($1, $2)', [ENDED, sessionId]).catch(() => undefined);
  }

  /** Runs `listener` with each session that ends, on this node or any other (the api closes its sockets). */
  onEnded(listener: (sessionId: string) => void): void {
    this.endedListeners.push(listener);
    this.listen();
  }

  private forget(sessionId: string) {
    this.remember(sessionId, false);
    for (const listener of this.endedListeners) listener(sessionId);
  }

  private remember(sessionId: string, live: boolean) {
    if (this.known.size >= MAX_CACHED) this.known.clear();
    this.known.set(sessionId, { live, until: Date.now() + LIVE_FOR_MS });
  }

  // Lazily, so that processes that never check tokens (the worker, scripts) hold no connection.
  // Until it listens again after a failure, cached answers expire within LIVE_FOR_MS anyway.
  private listen() {
    if (this.listening || this.closed) return;
    this.listening = listenFor(
      this.config.DATABASE_URL,
      ENDED,
      (sessionId) => {
        if (sessionId) this.forget(sessionId);
      },
      (e) => this.logger.warn(`cannot listen for ended sessions yet: ${e.message}`),
    );
  }

  async onModuleDestroy() {
    this.closed = true;
    await this.listening?.close();
  }
}
