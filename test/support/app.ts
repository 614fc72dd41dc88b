import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseEnv, type Env } from '../../server/src/config/env';
import { createLogger } from '../../server/src/lib/logger';
import { SecretBox } from '../../server/src/lib/secret-box';
import { initOrm } from '../../server/src/db/orm';
import { createApp, type App } from '../../server/src/app';
import { close, listen, urlOf } from '../../server/src/http/listen';
import type { AppDeps } from '../../server/src/app-deps';
import { TEMPLATE_DB, TEST_PG_ADMIN_URL, TEST_REDIS_URL, databaseUrl } from './infra';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[] | undefined;
}

export interface Credentials {
  /** A session token or an API key, sent as a bearer token. */
  bearer?: string;
  /** A raw Cookie header. */
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  deps: AppDeps;
  orm: MikroORM;
  /** The app's database (its own unless `databaseUrl` was given). */
  databaseUrl: string;
  /** The SecretBox key, base64 (SECRETS_KEY): another process given it opens what this app sealed. */
  secretsKey: string;
  /** Every SQL statement the app ran since the last reset. */
  queries: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: Credentials): Promise<GqlResult<T>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database copied from the migrated template; dropped by the returned function. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `headroom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}" template "${TEMPLATE_DB}"`);
  await admin.end();
  return {
    url: databaseUrl(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/**
 * The real HTTP app on its own database and a loopback port, as a client would see it. With
 * `databaseUrl`, it runs on that database instead and leaves it in place when closed (a restart);
 * `overrides.SECRETS_KEY` and `overrides.REDIS_URL` are honoured (a random key, the shared Redis by default).
 */
export async function startTestApp(
  overrides: Partial<Record<keyof Env, string>> = {},
  options: { consoleDir?: string; databaseUrl?: string } = {},
): Promise<TestApp> {
  const db = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    // Redis keys (queues, sign-in counters) of one test app never meet another's.
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    ...overrides,
  });
  const queries: string[] = [];
  const orm = await initOrm({ clientUrl: db.url, onQuery: (sql) => queries.push(sql), poolMax: 5 });
  const redis = new Redis(env.REDIS_URL ?? TEST_REDIS_URL);
  const secretsKey = env.SECRETS_KEY ? Buffer.from(env.SECRETS_KEY, 'base64') : randomBytes(32);
  const deps: AppDeps = { env, orm, redis, log: createLogger(env.LOG_LEVEL), secrets: new SecretBox(secretsKey) };
  const app: App = await createApp(deps, { consoleDir: options.consoleDir });
  const server: Server = await listen(app, '127.0.0.1', 0);
  const url = urlOf(server);

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  return {
    url,
    deps,
    orm,
    databaseUrl: db.url,
    secretsKey: secretsKey.toString('base64'),
    queries,
    post,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, auth: Credentials = {}) {
      const headers: Record<string, string> = { ...auth.headers };
      if (auth.bearer) headers['authorization'] = `Bearer ${auth.bearer}`;
      if (auth.cookie) headers['cookie'] = auth.cookie;
      const res = await post(JSON.stringify({ query, variables }), headers);
      const body = (await res.json()) as { data?: T | null; errors?: GqlResult['errors'] };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    async close() {
      await close(server);
      await app.stop();
      redis.disconnect();
      await orm.close();
      await db.drop();
    },
  };
}
