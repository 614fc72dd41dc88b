import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from '../lib/logger';

export interface RedisHandle {
  url: string;
  /** True when this process started redis-server; false when it found one running. */
  started: boolean;
  stop(): Promise<void>;
}

/** True when something accepts TCP connections on host:port within `timeoutMs`. */
export function isListening(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export const NO_REDIS_HELP = [
  'Headroom needs Redis and found none: REDIS_URL is not set, nothing listens on 127.0.0.1:6379,',
  'and there is no redis-server on PATH. Any one of these fixes it:',
  '  - install the OS package:   apt-get install redis-server   (or: brew install redis)',
  '  - run it in a container:    docker compose up -d redis',
  '  - point at one you have:    REDIS_URL=redis://host:6379 npm start',
].join('\n');

/**
 * Finds or starts Redis when REDIS_URL is not set: uses one listening on 127.0.0.1:<port>, else
 * starts `redis-server` from PATH with its files under `<dataDir>/redis` (append-only, so queues
 * survive a restart). Throws NO_REDIS_HELP when neither is possible.
 */
export async function findOrStartRedis(dataDir: string, port: number, log: Logger): Promise<RedisHandle> {
  const url = `redis://127.0.0.1:${port}`;
  if (await isListening('127.0.0.1', port)) return { url, started: false, stop: async () => {} };
  if (spawnSync('redis-server', ['--version']).error) throw new Error(NO_REDIS_HELP);
  const dir = resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  log.info({ dir, port }, 'starting redis-server');
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--logfile', 'redis.log'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !(await isListening('127.0.0.1', port)); i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}; see ${dir}/redis.log`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    started: true,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
