import { randomUUID } from 'node:crypto';

/** Where the test run builds the apps (separate trees let several people test at once). */
export const DIST = process.env.HAMKAR_DIST ?? 'dist';

/** Pids of the apps this run started, so the global teardown can stop any a crashed test file left behind. */
export const PID_FILE = `.tmp/test/pids-${DIST.replace(/[^\w]/g, '_')}`;

/**
 * The run this belongs to: `scripts/test.sh` names each run, so two runs on one machine use their
 * own database, Redis keys and build. Empty when a developer runs `npx jest` alone.
 */
export const TEST_RUN = process.env.HAMKAR_TEST_RUN ?? '';

/** Every e2e test file of a run shares this database (data is made unique per test) … */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hamkar_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * `HAMKAR_TEST_MODE=postgres` runs the apps without Redis (REDIS_URL empty): queues, events
 * between nodes, rate limits and presence on PostgreSQL alone. Otherwise PostgreSQL + Redis.
 * A test file may also pass `withoutRedis` to testEnv/startPlatform's env.
 */
export const TEST_MODE: 'redis' | 'postgres' = process.env.HAMKAR_TEST_MODE === 'postgres' ? 'postgres' : 'redis';
export const withoutRedis = { REDIS_URL: '' } as const;

/** … but gets a Redis prefix of its own, so queues, rate limits and socket rooms never cross files. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const run = randomUUID().slice(0, 8);
  return {
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_MODE === 'postgres' ? '' : TEST_REDIS_URL,
    REDIS_PREFIX: `hamkar-test:${TEST_RUN ? `${TEST_RUN}:` : ''}${run}:`,
    JWT_SECRET: 'test-secret-that-is-long-enough',
    MIGRATIONS_RUN: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    OUTBOX_POLL_MS: '50',
    // A busy 2-core machine (CI, or several runs at once) is slow, not broken: only the fault tests that
    // prove the 503s set these low.
    DATABASE_CONNECT_TIMEOUT_MS: '30000',
    MESSAGE_SEND_MAX_WAIT_MS: '30000',
    MAIL_TRANSPORT: `file:.tmp/test/${run}/mail`,
    // A throwaway VAPID pair, so web push is on in tests (pushes go only to subscriptions a test makes).
    VAPID_PUBLIC_KEY: 'BEovqA5AhHbNJssnbaiDWpvnsEPVJ1r4Y2C7faESjmit6T2Y3o9C2NruasMjniEMNLWPeh0kD66cprPS6s6JGuc',
    VAPID_PRIVATE_KEY: 'l-l-jPqGOFuSiAVJKYSUNPEsyBX4JsI4fBbIAwjQQjQ',
    FILES_DIR: `.tmp/test/${run}/files`,
    WEB_DIST: process.env.WEB_DIST ?? 'dist/web',
    // Tests register many users from one address; the rate-limit test sets its own low limits.
    RATE_LIMIT_REGISTER_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    ...overrides,
  };
}
