import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { createMailTransport, MailTransport } from './mail-transport';

@Processor(Queues.mail, workerOptions)
export class MailProcessor extends WorkerHost {
  private readonly transport: MailTransport;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    this.transport = createMailTransport(config.MAIL_TRANSPORT);
  }

  async process(job: Job<JobPayloads['mail']['send']>) {
    await this.transport.send({ ...job.data, from: this.config.MAIL_FROM, id: job.id ?? job.name });
    return { sent: true };
  }
}
