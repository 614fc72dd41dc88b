import 'reflect-metadata';
import { bootCore, env, logger, onShutdown } from '@headroom/server';
import { startWorkers } from './workers';

/** The workers alone: no HTTP. Production runs as many of these as it needs. */
async function main(): Promise<void> {
  const config = env();
  const log = logger().child({ process: 'workers' });
  const core = await bootCore(config, log, { seed: false });
  const workers = await startWorkers(core.deps, core.infra.redisUrl);
  log.info('workers running');
  onShutdown(log, config.SHUTDOWN_GRACE_MS, [
    { name: 'workers', run: () => workers.close() },
    { name: 'core', run: () => core.close() },
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
