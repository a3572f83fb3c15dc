import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { ReminderScan } from '@hamkar/projects';

/** A repeatable scan (one scheduler, however many workers start): due-tomorrow, overdue and at-risk reminders. */
@Processor(Queues.projectReminders, workerOptions)
export class RemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly scan: ReminderScan,
    @InjectQueue(Queues.projectReminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler('reminder-scan', { every: this.config.REMINDER_SCAN_MS }, { name: 'scan', data: {} });
  }

  process() {
    return this.scan.run();
  }
}
