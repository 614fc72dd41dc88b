import 'reflect-metadata';
import { resolve } from 'node:path';
import { DEMO_LOGINS, DEMO_PASSWORD, bootCore, close, createApp, env, listen, logger, onShutdown, urlOf } from '@headroom/server';
import { startWorkers } from './workers';

/**
 * `npm start`: the API, the workers and the built console in one process, on an embedded
 * PostgreSQL and a local Redis when none is configured. For a laptop or a demo.
 */
async function main(): Promise<void> {
  const config = env();
  const log = logger();
  const core = await bootCore(config, log, { seed: config.SEED_DEMO });
  const workers = await startWorkers(core.deps, core.infra.redisUrl);
  const app = await createApp(core.deps, {
    consoleDir: config.CONSOLE_DIR ?? resolve(__dirname, '../../console/dist'),
    queues: workers.queues,
  });
  const server = await listen(app, config.HOST, config.PORT);
  const url = urlOf(server, config.PUBLIC_URL);
  const pg = core.infra.embedded.postgres ? `embedded PostgreSQL (${config.DATA_DIR}/postgres)` : 'PostgreSQL from DATABASE_URL';
  const redis = core.infra.embedded.redis
    ? `redis-server started here (${config.DATA_DIR}/redis)`
    : config.REDIS_URL
      ? 'Redis from REDIS_URL'
      : `the Redis already running at ${core.infra.redisUrl}`;
  const banner = [
    '',
    `  Headroom is running: ${url}`,
    `  GraphQL API:         ${url}/graphql`,
    `  Data:                ${pg}; ${redis}`,
    '',
    ...(config.SEED_DEMO
      ? [`  Demo sign-ins (password ${DEMO_PASSWORD}):`, ...DEMO_LOGINS.map((l) => `    ${l.email.padEnd(26)} ${l.persona}`), '']
      : []),
  ];
  process.stdout.write(banner.join('\n') + '\n');
  onShutdown(log, config.SHUTDOWN_GRACE_MS, [
    { name: 'http', run: () => close(server) },
    { name: 'graphql', run: () => app.stop() },
    { name: 'workers', run: () => workers.close() },
    { name: 'core', run: () => core.close() },
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
