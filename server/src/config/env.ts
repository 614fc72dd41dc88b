import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable Headroom reads, with its default. README's configuration table
 * mirrors this list; nothing else in the code reads process.env.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_REDIS_PORT: z.coerce.number().int().min(1).max(65535).default(6379),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/)
    .default('headroom'),
  SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'a base64-encoded 32-byte key (openssl rand -base64 32)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(12),
  COOKIE_SECURE: bool.default(false),
  ALLOW_SIGNUP: bool.default(true),
  SEED_DEMO: bool.default(true),
  CONSOLE_DIR: z.string().min(1).optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(500).default(30),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(20000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  SIGNIN_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_IP_FAILURES: z.coerce.number().int().min(1).default(50),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** How often the jobs reconciler compares engines with the database (and runs a scheduling pass). */
  JOBS_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** A placed job still not submitted to its engine after this long is handed to the provisioner again. */
  JOBS_PROVISION_RETRY_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Hours after a month ends before its invoices are finalized: usage dated in the month still lands on it until then. */
  BILLING_CLOSE_GRACE_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 27)
    .default(24),
  /** BullMQ jobs each worker process runs at once, per queue. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; on failure throws listing every problem, one per line. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    picked[key] = value === '' ? undefined : value;
  }
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The process's configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
