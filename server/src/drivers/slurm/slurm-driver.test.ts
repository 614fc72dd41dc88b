/**
 * The Slurm driver against the REAL single-node Slurm of scripts/slurm (setup.sh), and against
 * fake servers started here for what a healthy Slurm never does.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DriverError, type DriverErrorKind, type DriverJobSpec, type DriverJobState, type DriverJobStatus } from '../driver';
import { SlurmDriver } from './slurm-driver';

const ENV_FILE = '/var/lib/headroom-slurm/env';

interface SlurmEnv {
  url: string;
  user: string;
  token: string;
  partition: string;
  node: string;
  gpuType: string;
  gpuCount: number;
}

function readSlurmEnv(): SlurmEnv {
  if (!existsSync(ENV_FILE)) {
    throw new Error(
      `${ENV_FILE} is missing: the test Slurm is not set up. Run "sudo bash scripts/slurm/setup.sh" (see scripts/slurm/README.md).`,
    );
  }
  const vars = new Map<string, string>();
  for (const line of readFileSync(ENV_FILE, 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) vars.set(match[1], match[2].replace(/^"(.*)"$/, '$1'));
  }
  const need = (key: string): string => {
    const value = vars.get(key);
    if (!value) throw new Error(`${ENV_FILE} has no ${key}: re-run "sudo bash scripts/slurm/setup.sh".`);
    return value;
  };
  return {
    url: need('SLURM_REST_URL'),
    user: need('SLURM_REST_USER'),
    token: need('SLURM_JWT'),
    partition: need('SLURM_PARTITION'),
    node: need('SLURM_NODE'),
    gpuType: need('SLURM_GPU_TYPE'),
    gpuCount: Number(need('SLURM_GPU_COUNT')),
  };
}

const run = randomBytes(4).toString('hex');
const started = new Set<string>();
let env: SlurmEnv;
let driver: SlurmDriver;

function marker(name: string): string {
  const m = `job_test_${run}_${name}`;
  started.add(m);
  return m;
}

function spec(name: string, script: string, overrides: Partial<DriverJobSpec> = {}): DriverJobSpec {
  return {
    marker: marker(name),
    displayName: `driver test ${name}`,
    pool: env.partition,
    gpuType: env.gpuType,
    gpusPerNode: 1,
    nodes: 1,
    script: `#!/bin/bash\n${script}\n`,
    environment: {},
    maxDurationSeconds: 120,
    ...overrides,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls status until `done`, returning every state seen in order. */
async function waitFor(m: string, done: (s: DriverJobStatus) => boolean, timeoutMs = 20_000) {
  const seen: DriverJobState[] = [];
  const statuses: DriverJobStatus[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [status] = await driver.status([m]);
    if (status) {
      statuses.push(status);
      if (seen[seen.length - 1] !== status.state) seen.push(status.state);
      if (done(status)) return { last: status, seen, statuses };
    }
    if (Date.now() > deadline) throw new Error(`${m}: still ${JSON.stringify(status)} after ${timeoutMs} ms (seen ${seen.join(' → ')})`);
    await sleep(200);
  }
}

/** Slurm jobs carrying this name, asked of slurmrestd directly rather than through the driver. */
async function slurmJobsNamed(name: string): Promise<number[]> {
  const response = await fetch(`${env.url}/slurm/v0.0.38/jobs`, {
    headers: { 'X-SLURM-USER-NAME': env.user, 'X-SLURM-USER-TOKEN': env.token },
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { jobs: { job_id: number; name: string }[] };
  return body.jobs.filter((j) => j.name === name).map((j) => j.job_id);
}

async function driverError(promise: Promise<unknown>): Promise<DriverError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DriverError) return err;
    throw err;
  }
  throw new Error('expected a DriverError, but the call succeeded');
}

describe.concurrent('SlurmDriver against the real Slurm', () => {
  // Fails (not skips) every test here when the test Slurm is missing; the fake-server tests still run.
  beforeAll(() => {
    env = readSlurmEnv();
    driver = new SlurmDriver({ url: env.url, user: env.user, token: () => env.token });
  });

  afterAll(async () => {
    if (!driver) return;
    await Promise.allSettled([...started].map((m) => driver.cancel(m)));
    // Output files of this run's jobs (cancelled ones may still be writing: removing is fine).
    for (const file of readdirSync('/tmp')) if (file.startsWith(`headroom-job_test_${run}_`)) rmSync(`/tmp/${file}`, { force: true });
  });

  it('describes the gpu partition with its node and GPUs', async () => {
    const inventory = await driver.describeInventory();
    const pool = inventory.pools.find((p) => p.name === env.partition && p.gpuType === env.gpuType);
    expect(pool, JSON.stringify(inventory.pools)).toBeDefined();
    expect(pool?.gpusPerNode).toBe(env.gpuCount);
    const node = pool?.nodes.find((n) => n.name === env.node);
    expect(node).toMatchObject({ name: env.node, gpuType: env.gpuType, gpus: env.gpuCount });
    expect(node?.allocatedGpus).toBeGreaterThanOrEqual(0);
    expect(node?.allocatedGpus).toBeLessThanOrEqual(env.gpuCount);
    expect(['IDLE', 'MIXED', 'ALLOCATED']).toContain(node?.state);
    expect(Date.now() - inventory.observedAt.getTime()).toBeLessThan(10_000);

    const none = new SlurmDriver({ url: env.url, user: env.user, token: () => env.token, partitions: ['no-such-partition'] });
    expect((await none.describeInventory()).pools).toEqual([]);
    const report = await none.health();
    expect(report.status).toBe('DEGRADED');
    expect(report.message).toContain('no node is in partition no-such-partition');
  });

  it('reports HEALTHY with its latency', async () => {
    const report = await driver.health();
    expect(report.status, report.message).toBe('HEALTHY');
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    expect(report.latencyMs).toBeLessThan(2000);
    expect(report.message).toMatch(/answered in \d+ ms/);
  });

  it('runs a 1-GPU job: PENDING/RUNNING → SUCCEEDED with times and exit code 0', async () => {
    const job = spec('ok', 'echo "greeting=$GREETING"; echo "gpus=$CUDA_VISIBLE_DEVICES"; sleep 3', {
      environment: { GREETING: `hello-${run}` },
    });
    const submitted = await driver.submit(job);
    expect(submitted.created).toBe(true);
    expect(submitted.externalId).toMatch(/^\d+$/);

    const { last, seen, statuses } = await waitFor(job.marker, (s) => s.state !== 'PENDING' && s.state !== 'RUNNING');
    expect(['PENDING', 'RUNNING']).toContain(seen[0]);
    expect(seen).toContain('RUNNING');
    expect(last).toMatchObject({ marker: job.marker, externalId: submitted.externalId, state: 'SUCCEEDED', exitCode: 0, reason: null });
    for (const s of statuses.filter((x) => x.state === 'RUNNING')) {
      expect(s.startedAt).toBeInstanceOf(Date);
      expect(s.endedAt).toBeNull();
      expect(s.exitCode).toBeNull();
    }
    expect(last.startedAt).toBeInstanceOf(Date);
    expect(last.endedAt).toBeInstanceOf(Date);
    const ranMs = (last.endedAt?.getTime() ?? 0) - (last.startedAt?.getTime() ?? 0);
    expect(ranMs).toBeGreaterThanOrEqual(2000);
    expect(ranMs).toBeLessThan(15_000);

    const output = readFileSync(`/tmp/headroom-${job.marker}-${submitted.externalId}.out`, 'utf8');
    expect(output).toContain(`greeting=hello-${run}`);
    expect(output).toMatch(/gpus=\d+\n/);
  });

  it('submits a marker once: the second submit returns the same Slurm job', async () => {
    const job = spec('twice', 'sleep 1');
    const first = await driver.submit(job);
    const second = await driver.submit(job);
    expect(first.created).toBe(true);
    expect(second).toEqual({ externalId: first.externalId, created: false });
    expect(await slurmJobsNamed(job.marker)).toEqual([Number(first.externalId)]);
  });

  it('reports a script that exits 3 as FAILED with exit code 3', async () => {
    const job = spec('exit3', 'exit 3');
    await driver.submit(job);
    const { last } = await waitFor(job.marker, (s) => s.state !== 'PENDING' && s.state !== 'RUNNING');
    expect(last).toMatchObject({ state: 'FAILED', exitCode: 3, reason: 'NonZeroExitCode' });
    expect(last.startedAt).toBeInstanceOf(Date);
    expect(last.endedAt).toBeInstanceOf(Date);
  });

  it('cancels a running job (CANCELLED), and cancelling again is fine', async () => {
    const startedFile = `/tmp/headroom-test-${run}-cancel.started`;
    const job = spec('cancel', `touch ${startedFile}; sleep 60`);
    await driver.submit(job);
    await waitFor(job.marker, (s) => s.state === 'RUNNING');
    // Cancelled before its script runs, a job sits in COMPLETING for KillWait (30 s): the
    // SIGTERM finds nothing and only the later SIGKILL ends it.
    while (!existsSync(startedFile)) await sleep(100);
    await driver.cancel(job.marker);
    const { last } = await waitFor(job.marker, (s) => s.state !== 'RUNNING');
    expect(last.state).toBe('CANCELLED');
    expect(last.endedAt).toBeInstanceOf(Date);
    expect(last.exitCode).toBe(128 + 15);
    await expect(driver.cancel(job.marker)).resolves.toBeUndefined();
    rmSync(startedFile, { force: true });
  });

  it('preempts running work by cancelling, idempotently', async () => {
    const startedFile = `/tmp/headroom-test-${run}-preempt.started`;
    const job = spec('preempt', `touch ${startedFile}; sleep 60`);
    await driver.submit(job);
    // Preemption stops work that runs; stopped before its script starts, Slurm holds the job in
    // COMPLETING for KillWait (30 s) — the same guard as the cancel test above.
    await waitFor(job.marker, (s) => s.state === 'RUNNING');
    while (!existsSync(startedFile)) await sleep(100);
    await driver.preempt(job.marker, 'internal demand');
    await driver.preempt(job.marker, 'internal demand');
    const { last } = await waitFor(job.marker, (s) => s.state !== 'PENDING' && s.state !== 'RUNNING', 45_000);
    expect(last.state).toBe('CANCELLED');
    rmSync(startedFile, { force: true });
  });

  it('treats unknown markers as absent: cancel is fine, status leaves them out', async () => {
    const unknown = `job_test_${run}_never_submitted`;
    await expect(driver.cancel(unknown)).resolves.toBeUndefined();
    await expect(driver.preempt(unknown, 'test')).resolves.toBeUndefined();
    expect(await driver.status([unknown])).toEqual([]);
    expect(await driver.status([])).toEqual([]);
  });

  it('rejects a job no node can hold, with Slurm reason, and again on retry', async () => {
    const job = spec('toobig', 'true', { gpusPerNode: env.gpuCount + 1 });
    const err = await driverError(driver.submit(job));
    expect(err.kind).toBe('REJECTED');
    expect(err.message).toContain('Requested node configuration is not available');
    const again = await driverError(driver.submit(job));
    expect(again.kind).toBe('REJECTED');

    const badPartition = await driverError(driver.submit(spec('nopart', 'true', { pool: 'no_such_partition' })));
    expect(badPartition.kind).toBe('REJECTED');
    expect(badPartition.message).toContain('Invalid partition name specified');
  });

  it('asks Slurm for the CPU (whole CPUs, rounded up) and memory the job asked for on each node', async () => {
    const job = spec('sized', 'echo "cpus=$SLURM_JOB_CPUS_PER_NODE mem=$SLURM_MEM_PER_NODE"', {
      cpuMilliPerNode: 1500,
      memoryMibPerNode: 100,
    });
    const submitted = await driver.submit(job);
    const { last } = await waitFor(job.marker, (s) => s.state !== 'PENDING' && s.state !== 'RUNNING');
    expect(last.state).toBe('SUCCEEDED');
    expect(readFileSync(`/tmp/headroom-${job.marker}-${submitted.externalId}.out`, 'utf8')).toContain('cpus=2 mem=100');
  });

  it('refuses a spec it cannot express before calling Slurm', async () => {
    const err = await driverError(driver.submit(spec('badspec', 'true', { gpusPerNode: 0 })));
    expect(err.kind).toBe('REJECTED');
    expect(err.message).toContain('gpusPerNode');
  });

  it('maps a wrong token to AUTH, and health to UNREACHABLE saying so', async () => {
    const wrong = new SlurmDriver({ url: env.url, user: env.user, token: () => 'not-a-jwt' });
    const err = await driverError(wrong.describeInventory());
    expect(err.kind).toBe('AUTH');
    const report = await wrong.health();
    expect(report.status).toBe('UNREACHABLE');
    expect(report.message).toMatch(/JWT/);
  });
});

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function fakeServer(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function freePort(): Promise<number> {
  const server = await fakeServer(() => undefined);
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}

/** Every call fails with `kind` within the timeout; health answers UNREACHABLE and does not throw. */
// Servers that answer get a generous timeout, so that a busy machine cannot turn them into TIMEOUTs.
async function expectFailure(url: string, kind: DriverErrorKind, messagePart: RegExp, timeoutMs = 3000) {
  const fake = new SlurmDriver({ url, user: 'root', token: () => 'token', timeoutMs });
  const spec: DriverJobSpec = {
    marker: 'job_fake',
    displayName: 'fake',
    pool: 'gpu',
    gpuType: 'h100',
    gpusPerNode: 1,
    nodes: 1,
    script: 'true',
    environment: {},
    maxDurationSeconds: 60,
  };
  const began = Date.now();
  // All at once, each with its handler attached at once: a rejection must never go unobserved.
  const calls = {
    describeInventory: driverError(fake.describeInventory()),
    submit: driverError(fake.submit(spec)),
    status: driverError(fake.status(['job_fake'])),
    cancel: driverError(fake.cancel('job_fake')),
    preempt: driverError(fake.preempt('job_fake', 'test')),
  };
  for (const [name, call] of Object.entries(calls)) {
    const err = await call;
    expect(err.kind, `${name}: ${err.message}`).toBe(kind);
    expect(err.message, name).toMatch(messagePart);
  }
  const report = await fake.health();
  // All five calls run at once, then health: two timeouts in a row at most, plus slack for a busy machine.
  expect(Date.now() - began).toBeLessThan(timeoutMs * 2 + 2000);
  expect(report.status).toBe('UNREACHABLE');
  expect(report.message).toMatch(messagePart);
  expect(report.checkedAt).toBeInstanceOf(Date);
  return report;
}

describe.concurrent('SlurmDriver against servers that are not a healthy slurmrestd', () => {
  it('refused connection → UNREACHABLE', async () => {
    await expectFailure(`http://127.0.0.1:${await freePort()}`, 'UNREACHABLE', /refused the connection/);
  });

  it('unresolvable host → UNREACHABLE', async () => {
    await expectFailure('http://no-such-host.invalid:6820', 'UNREACHABLE', /does not resolve|could not be/);
  });

  it('a server that never answers → TIMEOUT within the timeout', async () => {
    const server = await fakeServer(() => undefined);
    try {
      await expectFailure(server.url, 'TIMEOUT', /within 300 ms/, 300);
    } finally {
      await server.close();
    }
  });

  it('a server that stalls in the middle of the body → TIMEOUT', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"nodes": [');
    });
    try {
      await expectFailure(server.url, 'TIMEOUT', /within 300 ms/, 300);
    } finally {
      await server.close();
    }
  });

  it('HTML or garbage → BAD_RESPONSE', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><body>It works!</body></html>');
    });
    try {
      await expectFailure(server.url, 'BAD_RESPONSE', /not JSON/);
    } finally {
      await server.close();
    }
  });

  it('JSON of the wrong shape → BAD_RESPONSE', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"errors": [], "nodes": "none", "partitions": 3, "jobs": {}, "pings": null}');
    });
    try {
      await expectFailure(server.url, 'BAD_RESPONSE', /unexpected shape/);
    } finally {
      await server.close();
    }
  });

  it('HTTP 401 → AUTH', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(401, { 'Content-Type': 'text/plain' });
      res.end('Authentication failure');
    });
    try {
      await expectFailure(server.url, 'AUTH', /refused the credentials/);
    } finally {
      await server.close();
    }
  });

  it('a redirect is not followed (the token header would go along) → BAD_RESPONSE', async () => {
    const server = await fakeServer((_req, res) => {
      res.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    });
    try {
      await expectFailure(server.url, 'BAD_RESPONSE', /redirect/);
    } finally {
      await server.close();
    }
  });

  it('sends the user and the current token on every request (tokens rotate)', async () => {
    const seen: { user: unknown; token: unknown; path: string | undefined }[] = [];
    const server = await fakeServer((req, res) => {
      seen.push({ user: req.headers['x-slurm-user-name'], token: req.headers['x-slurm-user-token'], path: req.url });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"errors": [], "jobs": []}');
    });
    try {
      let token = 'first';
      const fake = new SlurmDriver({ url: server.url, user: 'alice', token: () => token });
      await fake.status(['job_x']);
      token = 'second';
      await fake.status(['job_x']);
      expect(seen).toEqual([
        { user: 'alice', token: 'first', path: '/slurm/v0.0.38/jobs' },
        { user: 'alice', token: 'second', path: '/slurm/v0.0.38/jobs' },
      ]);
    } finally {
      await server.close();
    }
  });

  it('health is DEGRADED when a node is down or drained, naming it and why', async () => {
    const server = await fakeServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (req.url?.endsWith('/ping')) res.end('{"errors": [], "pings": [{"hostname": "ctl", "ping": "UP", "mode": "primary"}]}');
      else {
        const node = (name: string, state: string, flags: string[], reason: string) => ({
          name,
          state,
          state_flags: flags,
          gres: 'gpu:h100:8',
          gres_used: 'gpu:h100:0(IDX:N/A)',
          partitions: ['gpu'],
          reason,
        });
        res.end(
          JSON.stringify({
            errors: [],
            nodes: [node('n1', 'idle', [], ''), node('n2', 'idle', ['DRAIN'], 'bad fan'), node('n3', 'down', ['NOT_RESPONDING'], 'gone')],
          }),
        );
      }
    });
    try {
      const fake = new SlurmDriver({ url: server.url, user: 'root', token: () => 'token' });
      const report = await fake.health();
      expect(report.status).toBe('DEGRADED');
      expect(report.message).toContain('2 of 3 nodes take no work: n2 DRAINED (bad fan), n3 DOWN (gone)');
    } finally {
      await server.close();
    }
  });
});
