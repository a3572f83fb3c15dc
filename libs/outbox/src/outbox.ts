import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName, JobRequest, QueueName } from '@hamkar/jobs';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Jobs that must happen go through here, inside the caller's transaction: if the change
 * commits, the job will run (a Redis outage only delays it); if it rolls back, it never existed.
 */
@Injectable()
export class Outbox {
  async add<Q extends QueueName, N extends JobName<Q>>(manager: EntityManager, job: JobRequest<Q, N>): Promise<void> {
    await this.addMany(manager, [job]);
  }

  /** Jobs of one kind, in one insert. */
  async addMany<Q extends QueueName, N extends JobName<Q>>(manager: EntityManager, jobs: Array<JobRequest<Q, N>>): Promise<void> {
    if (jobs.length === 0) return;
    await manager.insert(
      OutboxMessage,
      jobs.map((job) => ({ queue: job.queue, name: job.name, data: job.data as object, jobId: job.jobId, runAt: job.runAt ?? null })),
    );
  }
}
