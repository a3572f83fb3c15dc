/** Every BullMQ queue of the platform. The api and the outbox produce; the worker consumes. */
export const Queues = {
  system: 'system',
  mail: 'mail',
  notifications: 'notifications',
  matching: 'matching',
  procurementDeadlines: 'procurement-deadlines',
  projectReminders: 'project-reminders',
  dashboard: 'dashboard',
  meetings: 'meetings',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

export const ALL_QUEUES: QueueName[] = Object.values(Queues);

/** BullMQ keys live under the deployment's prefix, so deployments can share one Redis. */
export const bullPrefix = (redisPrefix: string) => `${redisPrefix}bull`;
