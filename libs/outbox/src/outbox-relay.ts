import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, bullConnection } from '@hamkar/common';
import { bullPrefix } from '@hamkar/jobs';

interface Row {
  id: string;
  queue: string;
  name: string;
  data: unknown;
  job_id: string;
  run_at: Date | null;
}

/**
 * Moves committed outbox rows into BullMQ. Several api and worker nodes may run it at once:
 * SKIP LOCKED hands each row to one of them, and the job id makes a repeat add a no-op.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, Queue>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  /** Relay now rather than at the next poll (called after a commit that wrote jobs). */
  kick(): void {
    if (!this.running && !this.stopped) this.schedule(0);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick() {
    if (this.stopped || this.running) return;
    let relayed = 0;
    try {
      this.running = this.relayBatch();
      relayed = await this.running;
    } catch (e) {
      this.logger.warn(`outbox relay paused: ${(e as Error).message}`);
    } finally {
      this.running = undefined;
    }
    if (!this.stopped) this.schedule(relayed > 0 ? 0 : this.config.OUTBOX_POLL_MS);
  }

  /** Relays up to 100 rows; returns how many. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT id, queue, name, data, job_id, run_at FROM outbox
          WHERE relayed_at IS NULL ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        const delay = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - Date.now()) : 0;
        // Redis may be away: give up this batch (and its row locks) rather than wait forever.
        await withTimeout(this.queue(row.queue).add(row.name, row.data, { jobId: row.job_id, delay }), 5000);
      }
      await manager.query(`UPDATE outbox SET relayed_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: bullConnection(this.config.REDIS_URL),
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
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
