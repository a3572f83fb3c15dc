import type { QueueName } from './queues';

export interface SystemEchoJob {
  message: string;
  /** Makes the job take this long (shutdown tests and smoke checks of a busy worker). */
  delayMs?: number;
  /** Who asked for it: only they may read its state and result. */
  requestedBy?: string;
}

export interface MailJob {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Why the mail exists, for logs and tests ("invitation", "digest", ...). */
  kind: string;
}

export interface ProcurementDeadlineJob {
  procurementId: string;
  /** The deadline this job was scheduled for; a moved deadline makes it stale. */
  deadline: string;
}

/**
 * The payload of each job name, per queue: producers and processors share these types so a
 * renamed field breaks the build, not a job in production.
 */
export interface JobPayloads {
  system: { echo: SystemEchoJob };
  mail: { send: MailJob };
  notifications: {
    deliver: { notificationIds: string[] };
    /** E-mail the user's notifications that are still unread. */
    digest: { userId: string };
  };
  matching: {
    'match-procurement': { procurementId: string };
    'supplier-changed': { organizationId: string };
    /** A supplier's record changed: it quoted, won, or delivered (on time or late, in full or short, with or without a quality issue). */
    performance: {
      organizationId: string;
      quoted?: boolean;
      won?: boolean;
      delivered?: { onTime: boolean; inFull?: boolean; withoutIssue?: boolean };
    };
  };
  'procurement-deadlines': {
    'close-joining': ProcurementDeadlineJob;
    'close-quoting': ProcurementDeadlineJob;
    'remind-join': ProcurementDeadlineJob;
    'remind-quote': ProcurementDeadlineJob;
  };
  'project-reminders': { scan: Record<string, never> };
  dashboard: { refresh: { clusterId: string } };
  /** Remind both people of an accepted meeting; `startsAt` is the time it was accepted for. */
  meetings: { remind: { meetingId: string; startsAt: string } };
}

export type JobName<Q extends QueueName> = Extract<keyof JobPayloads[Q], string>;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

export interface JobRequest<Q extends QueueName = QueueName, N extends JobName<Q> = JobName<Q>> {
  queue: Q;
  name: N;
  data: JobData<Q, N>;
  /** Makes the job idempotent: BullMQ ignores a second job with the same id. */
  jobId: string;
  /** Run no earlier than this (delayed jobs: deadlines, reminders, digests). */
  runAt?: Date;
}
