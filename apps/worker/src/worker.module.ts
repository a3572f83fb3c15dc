import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfigModule, bullRootModule, loggingModule } from '@hamkar/common';
import { contextModules } from '@hamkar/contexts';
import { DatabaseModule } from '@hamkar/database';
import { Queues } from '@hamkar/jobs';
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
        ...contextModules({ diagnostics: false }),
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
