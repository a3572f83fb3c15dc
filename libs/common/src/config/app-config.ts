import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const DEV_JWT_SECRET = 'hamkar-development-secret-change-me';
/** Secrets that have been printed in this repository (defaults of old compose files): public, so never for production. */
const PUBLISHED_JWT_SECRETS = new Set([DEV_JWT_SECRET, 'change-me-to-a-long-random-secret']);

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/hamkar'),
    /**
     * Unset or empty: PostgreSQL alone carries queues, events between nodes, rate limits and presence.
     * Set: Redis carries them, exactly as before Redis became optional.
     */
    REDIS_URL: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .string()
        .regex(/^rediss?:\/\//, 'must be a redis:// URL')
        .optional(),
    ),
    /** Namespace of every shared key, queue and channel: in Redis, or in PostgreSQL when Redis is not used. */
    REDIS_PREFIX: z.string().max(64).default('hamkar:'),
    JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    MIGRATIONS_RUN: bool.default(false),
    CORS_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    FILES_DIR: z.string().default('.data/files'),
    /** Where uploads live: `disk` under FILES_DIR, or `s3` in a bucket of any S3-compatible store (AWS, MinIO, Ceph, …). */
    FILES_STORE: z.enum(['disk', 's3']).default('disk'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Bucket in the path, not the host name: what MinIO and most self-hosted stores need. */
    S3_FORCE_PATH_STYLE: bool.default(true),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(20 * 1024 * 1024),
    MAIL_TRANSPORT: z.string().default('file:.data/mail'),
    MAIL_FROM: z.string().default('Hamkar <no-reply@hamkar.local>'),
    PUBLIC_URL: z.string().default('http://localhost:3000'),
    // Web push is off until both VAPID keys are set (`npx web-push generate-vapid-keys`).
    VAPID_PUBLIC_KEY: z.string().default(''),
    VAPID_PRIVATE_KEY: z.string().default(''),
    VAPID_SUBJECT: z.string().default('mailto:no-reply@hamkar.local'),
    WEB_DIST: z.string().default('dist/web'),
    /** How long a request waits for a pooled connection before it answers 503 (a full pool or an unreachable server). */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** How long a send waits for its turn in a busy channel before it answers 503 message.channel-busy. */
    MESSAGE_SEND_MAX_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(200),
    REMINDER_SCAN_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(86_400_000)
      .default(15 * 60_000),
    /** Notifications to someone offline are gathered this long, then e-mailed together if still unread. */
    NOTIFICATION_DIGEST_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(86_400_000)
      .default(15 * 60_000),
    RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_REGISTER_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  })
  .superRefine((c, ctx) => {
    if (c.FILES_STORE === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when FILES_STORE=s3' });
    }
    if (c.NODE_ENV === 'production' && PUBLISHED_JWT_SECRETS.has(c.JWT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set in production (to a secret of your own)' });
    } else if (c.NODE_ENV === 'production' && c.JWT_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be at least 32 characters in production' });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

/** Whether this deployment uses Redis; without it PostgreSQL alone carries everything shared between nodes. */
export const usesRedis = (config: Pick<AppConfig, 'REDIS_URL'>): config is { REDIS_URL: string } => !!config.REDIS_URL;

export class InvalidConfigError extends Error {}

/** Reads the environment once; the message names every bad variable on one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new InvalidConfigError(`Invalid configuration: ${problems}`);
}

/** For entry points: a bad value stops start-up with one clear line, not a stack trace. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof InvalidConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
