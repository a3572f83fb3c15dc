import type { WorkerOptions } from 'bullmq';

/**
 * Every processor's BullMQ options. A running job's lock is renewed every 5 s; a worker that
 * is killed stops renewing, and within 10 s its lock runs out and the next stalled check (every
 * 5 s, on any worker) hands the job to another: taken over in at most about 15 s, not BullMQ's
 * default ~30 s. Our jobs await I/O and never hold the event loop for seconds, so the lock holds.
 */
export const workerOptions: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'> = { lockDuration: 10_000, stalledInterval: 5_000 };
