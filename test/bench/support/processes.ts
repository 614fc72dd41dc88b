import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TEST_REDIS_URL } from '../../support/infra';

const ROOT = resolve(__dirname, '../../..');

/** A compiled Headroom process (`server/dist/main.js`, `workers/dist/main.js`) with its own environment. */
export function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const flags = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, resolve(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}

/** Stops a process with SIGTERM and waits for it to exit. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Polls a URL until it answers 200. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

/** The environment of a compiled server or workers process for a benchmark: its database, the test Redis, a port on loopback. */
export function processEnv(databaseUrl: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
    SECRETS_KEY: randomBytes(32).toString('base64'),
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...extra,
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where /proc is missing. */
export function cpuSecondsOf(pid: number | undefined): number {
  if (process.platform !== 'linux' || pid === undefined) return NaN;
  try {
    // /proc/<pid>/stat: fields 14 and 15 are utime and stime in clock ticks (after the command's ")").
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return NaN;
  }
}

let ticks: number | undefined;
const clockTicks = () => (ticks ??= Number(execSync('getconf CLK_TCK')));
