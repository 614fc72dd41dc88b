import { Redis } from 'ioredis';
import type { Env } from '../config/env';
import type { Logger } from '../lib/logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findOrStartRedis } from './embedded-redis';

export interface Infrastructure {
  databaseUrl: string;
  redisUrl: string;
  /** What was started here rather than configured, for the start-up banner. */
  embedded: { postgres: boolean; redis: boolean };
  stop(): Promise<void>;
}

/**
 * The database and Redis to use: DATABASE_URL / REDIS_URL when set, otherwise an embedded
 * PostgreSQL and a local redis-server with their files under DATA_DIR.
 */
export async function resolveInfrastructure(env: Env, log: Logger): Promise<Infrastructure> {
  const stops: (() => Promise<void>)[] = [];
  const pg = env.DATABASE_URL ? undefined : await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT, log);
  if (pg) stops.push(pg.stop);
  try {
    const redis = env.REDIS_URL ? undefined : await findOrStartRedis(env.DATA_DIR, env.EMBEDDED_REDIS_PORT, log);
    if (redis) stops.push(redis.stop);
    return {
      databaseUrl: env.DATABASE_URL ?? (pg as { url: string }).url,
      redisUrl: env.REDIS_URL ?? (redis as { url: string }).url,
      embedded: { postgres: !!pg, redis: !!redis?.started },
      stop: async () => {
        for (const stop of stops.reverse()) await stop();
      },
    };
  } catch (error) {
    await pg?.stop();
    throw error;
  }
}

/** A Redis client for commands (rate limits, readiness); BullMQ makes its own connections. */
export function connectRedis(url: string, log?: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
  // ioredis reconnects by itself; without a listener it would print every failure to stderr.
  redis.on('error', (error) => log?.warn({ err: error }, 'redis connection error'));
  return redis;
}
