import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { ProcurementsService } from '@hamkar/procurement';

type DeadlineJob = Job<
  JobPayloads['procurement-deadlines']['close-joining'],
  unknown,
  'close-joining' | 'close-quoting' | 'remind-join' | 'remind-quote'
>;

/** At the join deadline the procurement stops pooling; at the quote deadline it moves to evaluation; a day before each, people are reminded. */
@Processor(Queues.procurementDeadlines, workerOptions)
export class ProcurementDeadlineProcessor extends WorkerHost {
  constructor(private readonly procurements: ProcurementsService) {
    super();
  }

  async process(job: DeadlineJob) {
    if (job.name === 'remind-join' || job.name === 'remind-quote')
      return { outcome: await this.procurements.remindDeadline(job.data.procurementId, job.name, job.data.deadline) };
    return { outcome: await this.procurements.deadlineReached(job.data.procurementId, job.name, job.data.deadline) };
  }
}
