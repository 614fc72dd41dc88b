import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';

/**
 * A private redis-server (from the PATH) on its own loopback port, keeping nothing on disk: for
 * tests that kill Redis or lose its data, which must never touch the shared one.
 */
export interface RedisServer {
  port: number;
  url: string;
  /** SIGKILL: the data is gone with the process (nothing is saved). */
  kill(): Promise<void>;
  /** A fresh, empty redis-server on the same port. */
  start(): Promise<void>;
  /** Kills it (if running) and removes its directory. */
  stop(): Promise<void>;
  /** What it printed, for a failure's message. */
  output(): string;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'headroom-redis-'));
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    if (child) throw new Error(`redis-server on port ${port} is already running`);
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'notice'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    let ready!: () => void;
    let failed!: (error: Error) => void;
    const started = new Promise<void>((done, fail) => {
      ready = done;
      failed = fail;
    });
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Ready to accept connections')) ready();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('error', (error) => failed(new Error(`redis-server could not be started (is it on the PATH?): ${error.message}`)));
    proc.once('exit', (code, signal) => {
      if (child === proc) child = undefined;
      failed(new Error(`redis-server on port ${port} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
    const timer = setTimeout(() => failed(new Error(`redis-server on port ${port} was not ready after 10 s:\n${output}`)), 10_000);
    try {
      await started;
    } finally {
      clearTimeout(timer);
    }
  };

  const kill = async () => {
    const proc = child;
    if (!proc) return;
    const exited = new Promise<void>((done) => proc.once('exit', () => done()));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => output,
  };
}
