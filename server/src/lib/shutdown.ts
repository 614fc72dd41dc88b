import type { Logger } from './logger';

/**
 * On SIGTERM or SIGINT, runs `steps` in order (each may take until the grace period ends),
 * then exits: 0 when every step finished, 1 otherwise. A second signal exits at once.
 */
export function onShutdown(log: Logger, graceMs: number, steps: { name: string; run: () => Promise<void> }[]): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error({ graceMs }, 'shutdown grace period over: exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    let ok = true;
    for (const step of steps) {
      try {
        await step.run();
        log.info({ step: step.name }, 'stopped');
      } catch (error) {
        ok = false;
        log.error({ err: error, step: step.name }, 'stop failed');
      }
    }
    process.exit(ok ? 0 : 1);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
