import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import type { ConnectionOptions, PostgresPoolConfig } from 'bullmq';
import { AppConfig, usesRedis } from '../config/app-config';
import { bullConnection } from './redis';

/**
 * The PostgreSQL schema that holds BullMQ's tables when Redis is not used: one per prefix, as the
 * Redis keys are, so deployments (and test files) sharing a database never take each other's jobs.
 */
export function queueSchema(prefix: string): string {
  return `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')}_bullmq`
    .replace(/^(?=\d)/, 'q_')
    .slice(0, 63);
}

/**
 * BullMQ's connection for every Queue and Worker of this process. With Redis, today's Redis
 * connection. Without, BullMQ's own PostgreSQL backend becomes the process-wide default (BullMQ
 * has no per-module option for it, and @nestjs/bullmq none at all) and each Queue and Worker gets
 * a pool of one connection on DATABASE_URL (plus, for a Worker, the connection it LISTENs on, kept
 * outside the pool, which is what lets BullMQ run its queries on one without deadlocking): a worker
 * process holds about 20 connections at most, a few once idle ones have closed.
 */
export function queueConnection(config: Pick<AppConfig, 'REDIS_URL' | 'DATABASE_URL' | 'REDIS_PREFIX'>): ConnectionOptions {
  if (usesRedis(config)) return bullConnection(config.REDIS_URL);
  setDefaultBackendFactory(createPostgresBackend);
  const pg: PostgresPoolConfig = {
    connectionString: config.DATABASE_URL,
    schema: queueSchema(config.REDIS_PREFIX),
    // BullMQ's migrations create and upgrade its tables under an advisory lock, so nodes may race.
    migrate: true,
    max: 1,
    idleTimeoutMillis: 10_000,
    application_name: 'hamkar:bullmq',
  };
  return pg as unknown as ConnectionOptions;
}
