import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestApp } from './app';

const ENTRY = resolve(__dirname, '../../workers/dist/main.js');

/**
 * The real worker process (`node workers/dist/main.js`, built by `npm test`'s build step or
 * `npx tsc -b server workers`) as a child: kill it, SIGTERM it, read what it logged.
 */
export interface WorkerProcess {
  pid: number;
  /** Everything it printed so far (pino JSON lines), for assertions and failure messages. */
  output(): string;
  /** Resolves when it has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits for it to exit (SIGKILL when it is still running after `timeoutMs`). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** What a worker process needs to share a test app's database, Redis, queues and secrets. */
export function workerEnv(app: TestApp, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: app.databaseUrl,
    REDIS_URL: app.deps.env.REDIS_URL!,
    QUEUE_PREFIX: app.deps.env.QUEUE_PREFIX,
    SECRETS_KEY: app.secretsKey,
    JOBS_RECONCILE_INTERVAL_MS: '300',
    JOBS_PROVISION_RETRY_MS: '1000',
    ...overrides,
  };
}

/** Starts a worker process with exactly this environment (and PATH) and waits until it is taking jobs. */
export async function startWorkerProcess(env: Record<string, string>, readyTimeoutMs = 30_000): Promise<WorkerProcess> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is not built: run \`npx tsc -b server workers\` (npm test builds it)`);
  const child = spawn(process.execPath, [ENTRY], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;

  const deadline = Date.now() + readyTimeoutMs;
  while (!output.includes('"msg":"workers running"')) {
    if (!running()) throw new Error(`the worker process exited before it was running:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the worker process was not running after ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    pid: child.pid!,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000) {
      if (!running()) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
