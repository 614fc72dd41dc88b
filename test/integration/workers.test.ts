import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { TEST_REDIS_URL } from '../support/infra';
import { until } from '../support/until';
import { runPassesWhileDirty } from '../../workers/src/scheduling-passes';
import { startWorkers, type RunningWorkers } from '../../workers/src/workers';
import { enqueueAfterCommit, relayOutbox } from '../../server/src/jobs/outbox';
import { pruneSessionsJob } from '../../server/src/jobs/catalog';
import { OutboxMessage } from '../../server/src/jobs/outbox.entity';
import { newId } from '../../server/src/lib/ids';
import { bullConnection, closeQueues, createQueues, type Queues } from '../../server/src/jobs/queues';
import { openSession } from '../../server/src/modules/tenancy/session.service';
import { createApp } from '../../server/src/app';
import { close, listen, urlOf } from '../../server/src/http/listen';
import { Session } from '../../server/src/modules/tenancy/session.entity';

let app: TestApp;
let world: World;
let queues: Queues;
const prefix = `t${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  app = await startTestApp({ QUEUE_PREFIX: prefix });
  world = await buildWorld(app.orm);
  queues = createQueues(bullConnection(TEST_REDIS_URL), prefix);
});
afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  await closeQueues(queues);
  await app.close();
});

describe('outbox', () => {
  it('writes nothing when the transaction that asked for the job rolls back', async () => {
    const em = app.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        enqueueAfterCommit(tx, pruneSessionsJob, { olderThanDays: 1 });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await app.orm.em.fork().count(OutboxMessage, {})).toBe(0);
  });

  it('refuses a payload that breaks the contract before anything is written', () => {
    expect(() => enqueueAfterCommit(app.orm.em.fork(), pruneSessionsJob, { olderThanDays: -1 })).toThrow();
  });

  it('leaves a row whose job has no contract undispatched, and says which', async () => {
    const em = app.orm.em.fork();
    const row = em.create(OutboxMessage, { id: newId('outbox'), jobName: 'no.such.job', payload: {}, createdAt: new Date() });
    await em.flush();
    await expect(relayOutbox(app.orm.em.fork(), queues)).rejects.toThrow(`outbox ${row.id}: no job contract named no.such.job`);
    expect((await app.orm.em.fork().findOneOrFail(OutboxMessage, row.id)).dispatchedAt).toBeNull();
    await app.orm.em.fork().nativeDelete(OutboxMessage, { id: row.id });
  });

  it('relays a committed row once, with the row id as the BullMQ job id, even when relayed twice', async () => {
    const em = app.orm.em.fork();
    const message = enqueueAfterCommit(em, pruneSessionsJob, { olderThanDays: 3 });
    await em.flush();
    expect(await relayOutbox(app.orm.em.fork(), queues)).toBe(1);
    expect(await relayOutbox(app.orm.em.fork(), queues)).toBe(0);
    // A relay that crashed after adding but before stamping re-adds the same id: BullMQ keeps one job.
    await app.orm.em.fork().nativeUpdate(OutboxMessage, { id: message.id }, { dispatchedAt: null });
    expect(await relayOutbox(app.orm.em.fork(), queues)).toBe(1);
    const job = await queues.maintenance.getJob(message.id);
    expect(job?.data).toEqual({ olderThanDays: 3 });
    expect(await queues.maintenance.getJobCountByTypes('waiting', 'delayed', 'active', 'prioritized')).toBeGreaterThanOrEqual(1);
    const ids = (await queues.maintenance.getJobs(['waiting', 'prioritized'])).map((j) => j.id).filter((id) => id === message.id);
    expect(ids).toHaveLength(1);
    await queues.maintenance.obliterate({ force: true });
  });
});

describe('workers', () => {
  let workers: RunningWorkers;
  beforeAll(async () => {
    workers = await startWorkers(app.deps, TEST_REDIS_URL, { relayIntervalMs: 50 });
  });
  afterAll(() => workers.close());

  it('runs an outbox job through BullMQ: old sessions are pruned, live ones kept', async () => {
    const em = app.orm.em.fork();
    const old = openSession(em, world.users.viewer, { ttlHours: 1 });
    old.session.expiresAt = new Date(Date.now() - 10 * 86_400_000);
    await em.flush();
    const em2 = app.orm.em.fork();
    enqueueAfterCommit(em2, pruneSessionsJob, { olderThanDays: 7 });
    await em2.flush();
    await until('the old session to be pruned', async () => (await app.orm.em.fork().count(Session, { id: old.session.id })) === 0, {
      timeoutMs: 10_000,
      intervalMs: 50,
    });
    expect(await app.orm.em.fork().count(Session, { user: world.users.viewer.id })).toBeGreaterThan(0);
  });

  it('schedules the repeating prune job once, however often workers start', async () => {
    const again = await startWorkers(app.deps, TEST_REDIS_URL);
    await again.close();
    const schedulers = await queues.maintenance.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(['clusters.check', 'contracts.expire', 'sessions.prune']);
  });

  it('reports queue depths on /metrics', async () => {
    await queues.maintenance.add('sessions.prune', { olderThanDays: 1 }, { delay: 60_000 });
    const metricsApp = await createApp(app.deps, { queues });
    const server = await listen(metricsApp, '127.0.0.1', 0);
    try {
      const text = await (await fetch(`${urlOf(server)}/metrics`)).text();
      const reported = Number(/headroom_queue_jobs\{queue="maintenance",state="delayed"\} (\d+)/.exec(text)?.[1]);
      // What Redis holds at the time, the job added above included.
      const actual = (await queues.maintenance.getJobCounts('delayed'))['delayed'];
      expect(reported).toBeGreaterThan(0);
      expect(reported).toBe(actual);
    } finally {
      await close(server);
      await metricsApp.stop();
    }
  });

  it('fails a job whose payload breaks its contract without retrying it', async () => {
    const job = await queues.maintenance.add('sessions.prune', { olderThanDays: 'soon' }, { attempts: 5 });
    await until('the job to fail', async () => (await job.getState()) === 'failed', { timeoutMs: 10_000, intervalMs: 50 });
    const failed = await queues.maintenance.getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/payload is invalid/);
  });
});

describe('scheduling passes', () => {
  it('a call that finds a pass owned marks the scheduler dirty and returns; the owner runs another pass for it', async () => {
    const owner = runPassesWhileDirty(app.orm.em.fork(), app.deps);
    const latecomer = await runPassesWhileDirty(app.orm.em.fork(), app.deps);
    expect(latecomer).toEqual({ passes: 0, placed: 0, preempted: 0 });
    expect((await owner).passes).toBe(2);
    expect(await app.deps.redis.exists(`${prefix}:scheduler:dirty`)).toBe(0);
  });
});
