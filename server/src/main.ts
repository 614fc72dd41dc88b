import 'reflect-metadata';
import { resolve } from 'node:path';
import { env } from './config/env';
import { logger } from './lib/logger';
import { onShutdown } from './lib/shutdown';
import { bootCore } from './boot';
import { createApp } from './app';
import { close, listen, urlOf } from './http/listen';
import { bullConnection, closeQueues, createQueues } from './jobs/queues';

/** The HTTP process alone (production runs the workers as their own processes). */
async function main(): Promise<void> {
  const config = env();
  const log = logger();
  const core = await bootCore(config, log, { seed: false });
  const queues = createQueues(bullConnection(core.infra.redisUrl), config.QUEUE_PREFIX);
  const app = await createApp(core.deps, { consoleDir: config.CONSOLE_DIR ?? resolve(__dirname, '../../console/dist'), queues });
  const server = await listen(app, config.HOST, config.PORT);
  log.info({ url: urlOf(server, config.PUBLIC_URL) }, 'server listening');
  onShutdown(log, config.SHUTDOWN_GRACE_MS, [
    { name: 'http', run: () => close(server) },
    { name: 'graphql', run: () => app.stop() },
    { name: 'queues', run: () => closeQueues(queues) },
    { name: 'core', run: () => core.close() },
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
