import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Job as BullJob } from 'bullmq';
import { describe, expect, it, type TestContext } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { jobInput, priceFleet, readJob, submit } from '../support/jobs';
import { startWorkerProcess, workerEnv, type WorkerProcess } from '../support/worker-process';
import { startRedisServer } from '../support/redis-server';
import { until } from '../support/until';
import { bullConnection, closeQueues, createQueues, type Queues } from '../../server/src/jobs/queues';

/**
 * The GPU jobs flow survives what production does to it (DESIGN.md rule 3: Postgres is the source
 * of truth, the reconciler repairs what Redis or a crashed worker lost): a worker killed in the
 * middle of provisioning, Redis restarted without its data, the API server restarted, a worker
 * stopped gracefully. Real parts only: the real worker process (workers/dist/main.js), real
 * redis-server processes, a database per test, the simulated engine slowed down so a signal
 * lands while a provisioning is in flight.
 *
 * The tests whose timing is tight (a signal inside a 2-second submit) run one at a time; the
 * others, mostly waiting (Redis's schedules come back only every 15 s), run side by side.
 */

/** What one test started, stopped when it finishes (last first), passed or not. */
interface Scope {
  defer(stop: () => Promise<unknown>): void;
}

function scopeOf(ctx: TestContext): Scope {
  const stops: (() => Promise<unknown>)[] = [];
  ctx.onTestFinished(async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  });
  return { defer: (stop) => stops.push(stop) };
}

/** The last lines a worker process logged, for a failure's message. */
const tail = (w: WorkerProcess | undefined, lines = 40) => (w ? w.output().trim().split('\n').slice(-lines).join('\n') : '');

interface Setup {
  app: TestApp;
  world: World;
  fleet: Fleet;
  db: pg.Client;
  worker: WorkerProcess;
}

/**
 * A test app with a world, a priced simulated fleet (4 × 8 GPUs, floor 8) whose engine takes
 * `submitDelayMs` to accept a submission, a SQL client on its database, and a worker process
 * (`worker`: its environment overrides) booted meanwhile.
 */
async function setUp(
  scope: Scope,
  options: { env?: Record<string, string>; databaseUrl?: string; submitDelayMs?: number; worker?: Record<string, string> } = {},
): Promise<Setup> {
  const app = await startApp(scope, options.env, options.databaseUrl);
  const booting = startWorker(scope, workerEnv(app, options.worker));
  try {
    const world = await buildWorld(app.orm);
    const fleet = await buildFleet(app.orm.em.fork());
    await priceFleet(app.orm.em.fork(), fleet);
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    scope.defer(() => db.end());
    if (options.submitDelayMs) await slowEngine(db, fleet.cluster.id, options.submitDelayMs);
    return { app, world, fleet, db, worker: await booting };
  } finally {
    await booting.catch(() => undefined);
  }
}

async function startApp(scope: Scope, env: Record<string, string> = {}, databaseUrl?: string): Promise<TestApp> {
  const app = await startTestApp(env, { databaseUrl });
  scope.defer(() => app.close());
  return app;
}

/** A worker process, killed at the end of the test if it is still running. */
async function startWorker(scope: Scope, env: Record<string, string>): Promise<WorkerProcess> {
  const w = await startWorkerProcess(env);
  scope.defer(() => w.stop('SIGKILL'));
  return w;
}

/** BullMQ queues of the app's prefix, to see what Redis holds. */
function queuesOf(scope: Scope, app: TestApp): Queues {
  const queues = createQueues(bullConnection(app.deps.env.REDIS_URL!), app.deps.env.QUEUE_PREFIX);
  // A Redis restart is expected in one test: its clients reconnect by themselves.
  for (const queue of Object.values(queues)) queue.on('error', () => undefined);
  scope.defer(() => closeQueues(queues));
  return queues;
}

/** The simulated engine takes this long to accept a submission (the cluster's `submitDelayMs`). */
async function slowEngine(db: pg.Client, clusterId: string, submitDelayMs: number): Promise<void> {
  await db.query('update clusters set settings = $1 where id = $2', [JSON.stringify({ submitDelayMs }), clusterId]);
}

async function submitJob(s: Setup, app: TestApp, options: { gpus?: number; runSeconds?: number } = {}): Promise<string> {
  const res = await submit(
    app,
    s.world.tokens.member,
    jobInput(s.world.projectA.id, s.fleet.gpuType.id, { gpusPerNode: options.gpus ?? 8 }, options.runSeconds ?? 3_600),
  );
  if (!res.data) throw new Error(`submitJob: ${JSON.stringify(res.errors)}`);
  return res.data.submitJob.job.id;
}

interface Facts {
  status: string;
  reason: string;
  gpus: number;
  provisionFailures: number;
  endedAt: Date | null;
  /** Engine runs for any attempt of the job. */
  runs: number;
  /** Engine runs stopped (cancelled or preempted) by anyone. */
  stoppedRuns: number;
  /** Transitions, oldest first, as `FROM>TO`. */
  transitions: string[];
  /** GPUs held now, and ever (released included): a job provisioned twice would hold twice. */
  heldGpus: number;
  everHeldGpus: number;
}

async function facts(db: pg.Client, jobId: string): Promise<Facts> {
  const { rows } = await db.query<Facts>(
    `select j.status, j.reason, j.gpus_per_node * j.node_count as gpus, j.provision_failures as "provisionFailures", j.ended_at as "endedAt",
            (select count(*)::int from simulated_runs r where r.marker = j.id or r.marker like j.id || '.%') as runs,
            (select count(*)::int from simulated_runs r where (r.marker = j.id or r.marker like j.id || '.%') and r.stopped_at is not null)
              as "stoppedRuns",
            (select coalesce(array_agg(coalesce(e.from_status::text, '') || '>' || e.to_status::text order by e.at, array_position($2::text[], e.to_status::text)), '{}')
               from job_events e where e.job_id = j.id and e.from_status is distinct from e.to_status) as transitions,
            (select coalesce(sum(a.gpus), 0)::int from capacity_allocations a where a.job_id = j.id and a.released_at is null) as "heldGpus",
            (select coalesce(sum(a.gpus), 0)::int from capacity_allocations a where a.job_id = j.id) as "everHeldGpus"
       from jobs j where j.id = $1`,
    // Events of one decision share a time (ADMITTED and PROVISIONING): the lifecycle orders them.
    [jobId, ['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'PREEMPTED', 'CANCELLED', 'REJECTED']],
  );
  if (!rows[0]) throw new Error(`no job ${jobId}`);
  return rows[0];
}

const statusOf = async (db: pg.Client, jobId: string) => (await facts(db, jobId)).status;

/** GPUs taken on the pool's simulated nodes. */
async function nodeGpus(db: pg.Client, poolId: string): Promise<number> {
  const { rows } = await db.query<{ gpus: number }>(
    'select coalesce(sum(allocated_gpus), 0)::int as gpus from cluster_nodes where pool_id = $1',
    [poolId],
  );
  return rows[0]!.gpus;
}

const RUNNING_ONCE = ['>PENDING', 'PENDING>ADMITTED', 'ADMITTED>PROVISIONING', 'PROVISIONING>RUNNING'];

/** Running, placed once, one engine run never stopped, its GPUs held once. */
function expectRunningOnce(f: Facts, context: string): void {
  expect(f.status, context).toBe('RUNNING');
  expect(f.transitions, context).toEqual(RUNNING_ONCE);
  expect(f.runs, context).toBe(1);
  expect(f.stoppedRuns, context).toBe(0);
  expect(f.heldGpus, context).toBe(f.gpus);
  expect(f.everHeldGpus, context).toBe(f.gpus);
}

/** The BullMQ provisioning job of a Headroom job, active in some worker. */
async function activeProvisioning(queues: Queues, jobId: string) {
  const active = await queues.jobs.getActive();
  return active.find((j) => j.name === 'jobs.provision' && (j.data as { jobs: { jobId: string }[] }).jobs.some((x) => x.jobId === jobId));
}

/**
 * Provisioning messages for a job that a live worker will still run: waiting, delayed, or active
 * since `aliveSince` (BullMQ believes a dead worker's active jobs are active until their lock expires).
 */
async function provisioningLeft(queues: Queues, jobId: string, aliveSince = 0): Promise<number> {
  const mine = (j: BullJob | undefined): j is BullJob =>
    j?.name === 'jobs.provision' && (j.data as { jobs: { jobId: string }[] }).jobs.some((x) => x.jobId === jobId);
  const queued = (await queues.jobs.getJobs(['waiting', 'delayed', 'prioritized', 'paused'])).filter(mine);
  const active = (await queues.jobs.getActive()).filter(mine).filter((j) => (j.processedOn ?? 0) >= aliveSince);
  return queued.length + active.length;
}

describe('GPU jobs reliability', () => {
  it('a worker killed (SIGKILL) in the middle of provisioning: another worker finishes it — one engine run, one RUNNING, GPUs held once', async (ctx) => {
    const scope = scopeOf(ctx);
    const s = await setUp(scope, { submitDelayMs: 2_000 });
    const { app, db, worker: doomed } = s;
    const queues = queuesOf(scope, app);
    const id = await submitJob(s, app);

    const inFlight = await until('the provisioning to be active in the first worker', () => activeProvisioning(queues, id), {
      context: () => tail(doomed),
    });
    // Into the engine's 2-second submit, then kill -9.
    await new Promise((r) => setTimeout(r, 200));
    expect(await doomed.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    const diedAt = Date.now();
    const killed = await facts(db, id);
    expect(killed.status, 'the kill landed after the provisioning finished: the test proves nothing').toBe('PROVISIONING');
    expect(killed.runs).toBe(0);
    // BullMQ still believes the dead worker holds it (its lock outlives the process for 30 s).
    expect((await activeProvisioning(queues, id))?.id).toBe(inFlight.id);

    // A retry window longer than the engine's submit: the reconciler hands it back once.
    const rescuer = await startWorker(scope, workerEnv(app, { JOBS_PROVISION_RETRY_MS: '2500' }));
    await until('the job to run', async () => (await statusOf(db, id)) === 'RUNNING', { context: () => tail(rescuer) });
    await until('every provisioning message to be handled', async () => (await provisioningLeft(queues, id, diedAt)) === 0, {
      context: () => tail(rescuer),
    });
    const after = await facts(db, id);
    expectRunningOnce(after, tail(rescuer));
    // The reconciler, not BullMQ's stalled-job check (30 s away), handed it back.
    expect(after.provisionFailures).toBeGreaterThanOrEqual(1);
    expect(await nodeGpus(db, s.fleet.pool.id)).toBe(8);
  }, 90_000);

  it('a worker stopped (SIGTERM) in the middle of provisioning finishes it, then exits 0', async (ctx) => {
    const scope = scopeOf(ctx);
    // No second provisioning from the reconciler: the one in flight is the only one.
    const s = await setUp(scope, { submitDelayMs: 2_000, worker: { JOBS_PROVISION_RETRY_MS: '60000', SHUTDOWN_GRACE_MS: '20000' } });
    const { app, db, worker: w } = s;
    const queues = queuesOf(scope, app);
    const id = await submitJob(s, app);
    await until('the provisioning to be active', () => activeProvisioning(queues, id), { context: () => tail(w) });
    const signalledAt = Date.now();
    const exit = await w.stop('SIGTERM', 30_000);
    expect(exit, tail(w)).toEqual({ code: 0, signal: null });
    expect(w.output()).toContain('"step":"workers","msg":"stopped"');

    expectRunningOnce(await facts(db, id), tail(w));
    const { rows } = await db.query<{ started_at: Date }>('select started_at from simulated_runs where marker = $1', [id]);
    expect(rows[0]!.started_at.getTime(), 'the engine run started after the signal').toBeGreaterThan(signalledAt);
    expect(await activeProvisioning(queues, id)).toBeUndefined();
  }, 90_000);

  it.concurrent(
    'Redis killed and restarted empty: every job submitted before and after runs, none twice',
    async (ctx) => {
      const scope = scopeOf(ctx);
      const redis = await startRedisServer();
      scope.defer(() => redis.stop());
      // One job at a time per queue, each engine submit taking 1.5 s.
      const s = await setUp(scope, { env: { REDIS_URL: redis.url }, submitDelayMs: 1_500, worker: { WORKER_CONCURRENCY: '1' } });
      const { app, db, worker: w } = s;
      const context = () => `${tail(w)}\n${redis.output()}`;

      // Its clients reconnect to the new server on their own, like the app's and the worker's.
      const queues = queuesOf(scope, app);

      // Submitted back to back: while the one worker slot provisions (1.5 s per submit), messages
      // wait in Redis (scheduling kicks, provisioning, the repeating reconciler's next run) or are
      // being worked on, and are lost with it, as is the acknowledgement of the provisioning in flight.
      const before: string[] = [];
      for (let i = 0; i < 5; i++) before.push(await submitJob(s, app, { gpus: 1 }));
      const atKill = await until(
        'messages waiting or in flight in Redis while some jobs are not running yet',
        async () => {
          const statuses = await Promise.all(before.map((id) => statusOf(db, id)));
          const inRedis = [...(await queues.jobs.getWaiting()), ...(await queues.jobs.getActive())];
          return statuses.some((st) => st !== 'RUNNING') && inRedis.length >= 1
            ? [...statuses, `in Redis: ${inRedis.map((w) => w.name).join(' ')}`]
            : null;
        },
        { context },
      );
      await redis.kill();
      await redis.start();

      const after: string[] = [];
      for (let i = 0; i < 4; i++) after.push(await submitJob(s, app, { gpus: 1 }));
      const all = [...before, ...after];
      // Lost messages come back through the reconciler, whose schedule comes back within 15 s.
      await until('every job to run', async () => (await Promise.all(all.map((id) => statusOf(db, id)))).every((st) => st === 'RUNNING'), {
        timeoutMs: 45_000,
        context,
      });
      // Let what is still queued run out: a repeated provisioning must change nothing.
      await until(
        'every provisioning message to be handled',
        async () => (await Promise.all(all.map((id) => provisioningLeft(queues, id, undefined)))).every((n) => n === 0),
        { context },
      );
      for (const id of all) expectRunningOnce(await facts(db, id), `${id} (before the kill: ${atKill.join(', ')})\n${context()}`);
      expect(await nodeGpus(db, s.fleet.pool.id)).toBe(all.length);
      // The same worker process went on (BullMQ and ioredis reconnected), and so did the API's client.
      expect(w.output()).not.toContain('"msg":"shutting down"');
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    },
    90_000,
  );

  it.concurrent(
    'the API server restarted: jobs are all there and go on; work that ended unwatched ends with the engine’s time',
    async (ctx) => {
      const scope = scopeOf(ctx);
      const database = await createTestDatabase();
      scope.defer(() => database.drop());
      const env = { QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`, SECRETS_KEY: randomBytes(32).toString('base64') };
      const s = await setUp(scope, { env, databaseUrl: database.url });
      const { db, worker: first } = s;
      const long1 = await submitJob(s, s.app);
      const short = await submitJob(s, s.app, { runSeconds: 5 });
      const long2 = await submitJob(s, s.app);
      await until(
        'three jobs running',
        async () => (await Promise.all([long1, short, long2].map((id) => statusOf(db, id)))).every((st) => st === 'RUNNING'),
        { context: () => tail(first) },
      );
      expect((await first.stop('SIGTERM')).code).toBe(0);
      expect(await statusOf(db, short), 'the first worker was stopped too late: it saw the short job end').toBe('RUNNING');
      // Submitted while no worker runs (its outbox row waits in Postgres) to a full pool: it waits.
      const waiting = await submitJob(s, s.app);
      await s.app.close();

      const { rows } = await db.query<{ ends_at: Date }>('select ends_at from simulated_runs where marker = $1', [short]);
      const endsAt = rows[0]!.ends_at;
      // The short run ends in the engine while nothing watches; a while after that, everything comes back.
      await until('the short run to have ended a while ago', async () => Date.now() > endsAt.getTime() + 1_000, { timeoutMs: 15_000 });
      expect(await statusOf(db, short)).toBe('RUNNING');
      const restartedAt = Date.now();
      const [again, second] = await Promise.all([startApp(scope, env, database.url), startWorker(scope, workerEnv(s.app))]);
      const context = () => tail(second);
      for (const id of [long1, short, long2, waiting]) expect((await readJob(again, s.world.tokens.member, id)).id).toBe(id);

      await until('the short job to end', async () => (await statusOf(db, short)) === 'SUCCEEDED', { context });
      const ended = await readJob(again, s.world.tokens.member, short);
      expect(new Date(ended.endedAt!).getTime()).toBe(endsAt.getTime());
      expect(new Date(ended.endedAt!).getTime()).toBeLessThan(restartedAt);
      const f = await facts(db, short);
      expect(f.transitions).toEqual([...RUNNING_ONCE, 'RUNNING>SUCCEEDED']);
      expect(f.runs).toBe(1);
      expect(f.heldGpus).toBe(0);
      const usage = await db.query<{ seconds: number }>(
        'select coalesce(sum(seconds), 0)::int as seconds from usage_events where job_id = $1',
        [short],
      );
      expect(usage.rows[0]!.seconds).toBe(5);

      // The freed GPUs go to the job that waited through the restart; a job submitted now waits its turn.
      await until('the waiting job to run', async () => (await statusOf(db, waiting)) === 'RUNNING', { context });
      const late = await submitJob(s, again);
      await until('the late job to be looked at', async () => (await facts(db, late)).reason === 'CAPACITY', { context });
      for (const id of [long1, long2, waiting]) expectRunningOnce(await facts(db, id), `${id}\n${context()}`);
      expect(await nodeGpus(db, s.fleet.pool.id)).toBe(24);
    },
    90_000,
  );

  it.concurrent(
    'a worker that cannot finish within its grace period exits 1; the provisioning is handed back and completed',
    async (ctx) => {
      const scope = scopeOf(ctx);
      // Only the one provisioning in flight when it stops (no hand-back from its own reconciler yet).
      const s = await setUp(scope, { submitDelayMs: 2_000, worker: { SHUTDOWN_GRACE_MS: '300', JOBS_PROVISION_RETRY_MS: '60000' } });
      const { app, db, worker: w } = s;
      const queues = queuesOf(scope, app);
      const id = await submitJob(s, app);
      await until('the provisioning to be active', () => activeProvisioning(queues, id), { context: () => tail(w) });
      expect(await w.stop('SIGTERM', 30_000)).toEqual({ code: 1, signal: null });
      const diedAt = Date.now();
      expect(w.output()).toContain('shutdown grace period over');
      expect((await facts(db, id)).status).toBe('PROVISIONING');

      // The engine's submit (2 s) outlasts the retry window (1 s). The reconciler hands the job back
      // once the dead worker's submit is gone, but not while the new worker's submit is in flight
      // (it holds the marker's provisioning lock): a slow engine is not a failure. (A hand-back can
      // still come while its message waits for a worker; however many, the job runs once.)
      const next = await startWorker(scope, workerEnv(app));
      await until('the job to run', async () => (await statusOf(db, id)) === 'RUNNING', { context: () => tail(next) });
      await until('every provisioning message to be handled', async () => (await provisioningLeft(queues, id, diedAt)) === 0, {
        context: () => tail(next),
      });
      const after = await facts(db, id);
      expectRunningOnce(after, tail(next));
      expect(after.provisionFailures).toBeGreaterThanOrEqual(1);
    },
    90_000,
  );
});
