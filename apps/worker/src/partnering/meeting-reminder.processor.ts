import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { MeetingsService } from '@hamkar/partnering';
import { workerOptions } from '../worker-options';

/** An hour before an accepted meeting, both people are reminded, once. */
@Processor(Queues.meetings, workerOptions)
export class MeetingReminderProcessor extends WorkerHost {
  constructor(private readonly meetings: MeetingsService) {
    super();
  }

  async process(job: Job<JobPayloads['meetings']['remind']>) {
    return { outcome: await this.meetings.remind(job.data.meetingId, job.data.startsAt) };
  }
}
