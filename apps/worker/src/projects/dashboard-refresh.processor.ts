import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { DashboardService } from '@hamkar/projects';

/** Recomputes a large cluster's dashboard in the background so readers get the cached figures at once. */
@Processor(Queues.dashboard, workerOptions)
export class DashboardRefreshProcessor extends WorkerHost {
  constructor(private readonly dashboard: DashboardService) {
    super();
  }

  async process(job: Job<JobPayloads['dashboard']['refresh']>) {
    await this.dashboard.refresh(job.data.clusterId);
    return { refreshed: job.data.clusterId };
  }
}
