import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfigModule, bullRootModule, loggingModule } from '@hamkar/common';
import { ClustersModule } from '@hamkar/clusters';
import { DatabaseModule } from '@hamkar/database';
import { IdentityModule } from '@hamkar/identity';
import { Queues } from '@hamkar/jobs';
import { FilesModule } from '@hamkar/files';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { ProcurementModule } from '@hamkar/procurement';
import { ProjectsModule } from '@hamkar/projects';
import { SuppliersModule } from '@hamkar/suppliers';
import { OutboxModule } from '@hamkar/outbox';
import { PartneringModule } from '@hamkar/partnering';
import { RealtimeModule } from '@hamkar/realtime';
import { MailProcessor } from './mail/mail.processor';
import { DeliverNotificationsProcessor } from './notifications/deliver-notifications.processor';
import { ProcurementDeadlineProcessor } from './procurement/procurement-deadline.processor';
import { MatchingProcessor } from './matching/matching.processor';
import { DashboardRefreshProcessor } from './projects/dashboard-refresh.processor';
import { RemindersProcessor } from './projects/reminders.processor';
import { EchoProcessor } from './system/echo.processor';
import { MeetingReminderProcessor } from './partnering/meeting-reminder.processor';

/** The worker: BullMQ processors over the domain libraries; no HTTP. */
@Module({})
export class WorkerModule {
  static register(overrides: Partial<Record<string, string>> = {}) {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(overrides),
        loggingModule('worker'),
        DatabaseModule,
        bullRootModule(),
        BullModule.registerQueue(
          { name: Queues.system },
          { name: Queues.mail },
          { name: Queues.notifications },
          { name: Queues.procurementDeadlines },
          { name: Queues.matching },
          { name: Queues.projectReminders },
          { name: Queues.dashboard },
          { name: Queues.meetings },
        ),
        OutboxModule,
        RealtimeModule,
        IdentityModule,
        ClustersModule,
        NotificationsModule,
        FilesModule,
        MessagingModule,
        ProcurementModule,
        SuppliersModule,
        ProjectsModule,
        PartneringModule,
      ],
      providers: [
        EchoProcessor,
        MailProcessor,
        DeliverNotificationsProcessor,
        ProcurementDeadlineProcessor,
        MatchingProcessor,
        RemindersProcessor,
        DashboardRefreshProcessor,
        MeetingReminderProcessor,
      ],
    };
  }
}
