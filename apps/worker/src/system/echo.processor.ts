import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';

/** The smallest real job: proves the api → Redis → worker → result path in every environment. */
@Processor(Queues.system, workerOptions)
export class EchoProcessor extends WorkerHost {
  async process(job: Job<JobPayloads['system']['echo']>) {
    if (job.data.delayMs) await new Promise((r) => setTimeout(r, Math.min(job.data.delayMs!, 10_000)));
    return { echo: job.data.message, processedAt: new Date().toISOString(), pid: process.pid };
  }
}
