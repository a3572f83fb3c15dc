import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, listenFor, Listening, queueConnection } from '@hamkar/common';
import { bullPrefix } from '@hamkar/jobs';

interface Row {
  id: string;
  queue: string;
  name: string;
  data: unknown;
  job_id: string;
  run_at: Date | null;
}

/** How long one add may take before the relay gives up the rest of its batch (the queue is away). */
const ADD_TIMEOUT_MS = 5000;
/** How long a claimed row is left to the relay that claimed it before another may take it. */
const CLAIM_MS = 30_000;

/**
 * Moves committed outbox rows into BullMQ. Several api and worker nodes may run it at once:
 * a claim hands each row to one of them, and the job id makes a repeat add a no-op. A commit that
 * adds rows wakes it (the outbox-wake-up migration's NOTIFY); the poll catches what a wake-up missed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, Queue>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;
  /** Woken while a batch ran: run again right after it, the rows may have committed after its claim. */
  private woken = false;
  private wakeUps?: Listening;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    // While its connection is away the relay polls as before.
    this.wakeUps = listenFor(this.config.DATABASE_URL, 'outbox', () => this.wakeUp());
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.wakeUps?.close();
  }

  private wakeUp() {
    if (this.stopped) return;
    if (this.running) this.woken = true;
    else this.schedule(0);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick() {
    if (this.stopped || this.running) return;
    this.woken = false;
    let relayed = 0;
    try {
      this.running = this.relayBatch();
      relayed = await this.running;
    } catch (e) {
      this.logger.warn(`outbox relay paused: ${(e as Error).message}`);
    } finally {
      this.running = undefined;
    }
    if (!this.stopped) this.schedule(relayed > 0 || this.woken ? 0 : this.config.OUTBOX_POLL_MS);
  }

  /**
   * Relays up to 100 rows; returns how many. No transaction stays open while a queue is asked:
   * the rows are claimed and committed in one statement, added to their queues, then marked sent.
   * A relay that dies or stalls after claiming leaves claims that run out, and another relay adds
   * the same rows again, which their job ids make harmless.
   */
  async relayBatch(): Promise<number> {
    const claimed: [Row[], number] = await this.dataSource.query(
      `UPDATE outbox SET claimed_until = now() + $1 * interval '1 millisecond', attempts = attempts + 1
        WHERE id IN (SELECT id FROM outbox
                      WHERE relayed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, name, data, job_id, run_at`,
      [CLAIM_MS],
    );
    // TypeORM answers an UPDATE with [rows, count].
    const rows = claimed[0];
    if (rows.length === 0) return 0;
    rows.sort((a, b) => Number(a.id) - Number(b.id));
    const sent: string[] = [];
    try {
      for (const row of rows) {
        const delay = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - Date.now()) : 0;
        // The queue may be away: give up the rest of this batch (handed back below) rather than wait forever.
        await withTimeout(this.queue(row.queue).add(row.name, row.data, { jobId: row.job_id, delay }), ADD_TIMEOUT_MS);
        sent.push(row.id);
      }
    } finally {
      if (sent.length) await this.dataSource.query(`UPDATE outbox SET relayed_at = now(), claimed_until = NULL WHERE id = ANY($1)`, [sent]);
      // The queue failed us: hand the rest back at once, so they go out as soon as it answers again.
      const unsent = rows.filter((r) => !sent.includes(r.id)).map((r) => r.id);
      if (unsent.length)
        await this.dataSource.query(`UPDATE outbox SET claimed_until = NULL WHERE id = ANY($1)`, [unsent]).catch(() => undefined);
    }
    return rows.length;
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: queueConnection(this.config),
        prefix: bullPrefix(this.config.REDIS_PREFIX),
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      });
      // Redis away: the relay logs its pause and retries; the queue's own echo of it is noise.
      q.on('error', () => undefined);
      this.queues.set(name, q);
    }
    return q;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
