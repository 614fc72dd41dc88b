import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/app';
import { TEST_REDIS_URL } from '../support/infra';
import { freePort } from '../support/ports';

/** The production entry points, built by `npm test`'s build step, stop cleanly on SIGTERM. */
const root = resolve(__dirname, '../..');
let db: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

async function runUntilSigterm(entry: string, env: Record<string, string>, ready: (output: string) => boolean) {
  const file = resolve(root, entry);
  if (!existsSync(file)) throw new Error(`${entry} is not built: run \`npm run build\` first`);
  const child = spawn(process.execPath, [file], { env: { ...process.env, ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!ready(output)) {
    if (child.exitCode !== null) throw new Error(`${entry} exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${entry} did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return { code: await exited, output };
}

describe('graceful shutdown', () => {
  it('server: stops accepting, finishes, closes queues and database, exits 0', async () => {
    const port = await freePort();
    const { code, output } = await runUntilSigterm(
      'server/dist/main.js',
      { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, PORT: String(port), QUEUE_PREFIX: `t${randomBytes(3).toString('hex')}` },
      (out) => out.includes('server listening'),
    );
    expect(code, output).toBe(0);
    for (const step of ['http', 'graphql', 'queues', 'core']) expect(output).toContain(`"step":"${step}","msg":"stopped"`);
  }, 60_000);

  it('workers: stop taking jobs, let active ones finish, exit 0', async () => {
    const { code, output } = await runUntilSigterm(
      'workers/dist/main.js',
      { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: `t${randomBytes(3).toString('hex')}` },
      (out) => out.includes('workers running'),
    );
    expect(code, output).toBe(0);
    for (const step of ['workers', 'core']) expect(output).toContain(`"step":"${step}","msg":"stopped"`);
  }, 60_000);
});
