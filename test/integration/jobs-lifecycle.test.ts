import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { jobInput, priceFleet, readJob, submit, waitForStatus, startJobWorkers } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';
import { CapacityAllocation } from '../../server/src/modules/inventory/capacity-allocation.entity';
import { ClusterNode } from '../../server/src/modules/inventory/cluster-node.entity';
import { UsageEvent } from '../../server/src/modules/metering/usage-event.entity';
import { SimulatedRun } from '../../server/src/drivers/simulated/simulated-run.entity';
import { reconcileJobs } from '../../server/src/modules/jobs/reconciler.service';
import { runSchedulingPass } from '../../server/src/modules/jobs/scheduling.service';
import { cancelJob } from '../../server/src/modules/jobs/job-cancel.service';
import { Cluster } from '../../server/src/modules/inventory/cluster.entity';
import { ClusterHealth } from '../../server/src/modules/inventory/inventory.enums';

let app: TestApp;
let world: World;
let fleet: Fleet;
let workers: RunningWorkers;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork());
  await priceFleet(app.orm.em.fork(), fleet);
  workers = await startJobWorkers(app);
});
afterAll(async () => {
  await workers.close();
  await app.close();
});

const events = async (id: string) => {
  const res = await app.gql<{
    job: { events: { nodes: { fromStatus: string | null; toStatus: string; reason: string; actor: string }[] } };
  }>(
    `query($id: ID!) { job(id: $id) { events(first: 50) { nodes { fromStatus toStatus reason actor } } } }`,
    { id },
    { bearer: world.tokens.member },
  );
  return res.data!.job.events.nodes.slice().reverse();
};

describe('a job on the simulated fleet', () => {
  it('goes PENDING → ADMITTED → PROVISIONING → RUNNING → SUCCEEDED on whole GPUs of one node, with usage and capacity accounted', async () => {
    const res = await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, {}, 2));
    expect(res.errors).toBeUndefined();
    const id = res.data!.submitJob.job.id;
    expect(res.data!.submitJob.created).toBe(true);
    expect(res.data!.submitJob.job.status).toBe('PENDING');

    const running = await waitForStatus(app, world.tokens.member, id, ['RUNNING']);
    expect(running.nodeNames).toHaveLength(1);
    expect(running.pool?.id).toBe(fleet.pool.id);
    expect(running.unitPrice).toBe('3000000');
    // The hold is the price for the whole max duration: $3 × 8 GPUs × 2 hours.
    expect(running.spendHoldMicros).toBe('48000000');
    const em = app.orm.em.fork();
    const held = await em.find(CapacityAllocation, { jobId: id, releasedAt: null });
    expect(held.map((a) => a.gpus)).toEqual([8]);
    expect(held[0]!.projectId).toBe(world.projectA.id);
    const node = await em.findOneOrFail(ClusterNode, { name: running.nodeNames[0]! });
    expect(node.allocatedGpus).toBe(8);

    const done = await waitForStatus(app, world.tokens.member, id, ['SUCCEEDED']);
    expect(new Date(done.endedAt!).getTime() - new Date(done.startedAt!).getTime()).toBeGreaterThanOrEqual(2_000);
    expect((await events(id)).map((e) => e.toStatus)).toEqual(['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING', 'SUCCEEDED']);
    const after = app.orm.em.fork();
    expect(await after.count(CapacityAllocation, { jobId: id, releasedAt: null })).toBe(0);
    expect((await after.findOneOrFail(ClusterNode, node.id)).allocatedGpus).toBe(0);
    const usage = await after.find(UsageEvent, { jobId: id });
    expect(usage.reduce((s, u) => s + u.seconds!, 0)).toBe(2);
    expect(
      usage.every((u) => u.gpus === 8 && u.capacityClass === 'ON_DEMAND' && u.unitPrice === 3_000_000n && u.poolId === fleet.pool.id),
    ).toBe(true);
  });

  it('never shows environment values, only their names', async () => {
    const res = await submit(
      app,
      world.tokens.member,
      jobInput(world.projectA.id, fleet.gpuType.id, { environment: [{ name: 'HF_TOKEN', value: 'hf_secret_value_123' }] }),
    );
    const job = res.data!.submitJob.job;
    expect(job.environmentNames).toEqual(['HF_TOKEN']);
    expect(JSON.stringify(res)).not.toContain('hf_secret_value_123');
    const row = await app.orm.em.fork().findOneOrFail('Job', job.id, { populate: ['environmentSealed'] as never });
    expect(JSON.stringify(row)).not.toContain('hf_secret_value_123');
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: job.id }, { bearer: world.tokens.member });
  });

  it('cancels a running job: CANCELLED at once, the engine run stopped, GPUs free again', async () => {
    const res = await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id));
    const id = res.data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.member, id, ['RUNNING']);
    const cancel = await app.gql<{ cancelJob: { status: string; reason: string } }>(
      `mutation($id: ID!) { cancelJob(id: $id, reason: "wrong data") { status reason } }`,
      { id },
      { bearer: world.tokens.member },
    );
    expect(cancel.data?.cancelJob).toEqual({ status: 'CANCELLED', reason: 'CANCELLED_BY_USER' });
    expect(await app.orm.em.fork().count(CapacityAllocation, { jobId: id, releasedAt: null })).toBe(0);
    const end = Date.now() + 10_000;
    let run = await app.orm.em.fork().findOneOrFail(SimulatedRun, { marker: id });
    while (!run.stoppedAt && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      run = await app.orm.em.fork().findOneOrFail(SimulatedRun, { marker: id });
    }
    expect(run.stopState).toBe('CANCELLED');

    const again = await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('already ended (CANCELLED)');
  });

  it('keeps a job cancelled while a scheduling pass runs: the pass skips a job someone holds, it never places it over the cancel', async () => {
    await workers.close();
    try {
      const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
      // A cancel in flight: the job is locked and CANCELLED in a transaction not committed yet.
      const canceller = app.orm.em.fork();
      await canceller.begin();
      await cancelJob(canceller, id, 'USER:test', 'changed my mind');
      await canceller.flush();
      const pass = runSchedulingPass(app.orm.em.fork());
      await new Promise((r) => setTimeout(r, 300));
      await canceller.commit();
      expect((await pass).placed).toBe(0);
      expect((await readJob(app, world.tokens.member, id)).status).toBe('CANCELLED');
      expect(await app.orm.em.fork().count(CapacityAllocation, { jobId: id })).toBe(0);
    } finally {
      workers = await startJobWorkers(app);
    }
  });

  it('fails a job whose program exits non-zero, with the exit code', async () => {
    const input = jobInput(world.projectA.id, fleet.gpuType.id, {
      environment: [
        { name: 'HEADROOM_SIM_RUN_SECONDS', value: '1' },
        { name: 'HEADROOM_SIM_EXIT_CODE', value: '3' },
      ],
    });
    const id = (await submit(app, world.tokens.member, input)).data!.submitJob.job.id;
    const job = await waitForStatus(app, world.tokens.member, id, ['FAILED']);
    expect(job.reason).toBe('EXIT_NONZERO');
    expect(job.statusMessage).toContain('exit code 3');
  });

  it('places a two-node gang on two distinct nodes, all or nothing', async () => {
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { nodes: 2 }, 1))).data!.submitJob.job
      .id;
    const job = await waitForStatus(app, world.tokens.member, id, ['RUNNING', 'SUCCEEDED']);
    expect(new Set(job.nodeNames).size).toBe(2);
    expect(job.gpus).toBe(16);
    await waitForStatus(app, world.tokens.member, id, ['SUCCEEDED']);
    expect((await readJob(app, world.tokens.member, id)).status).toBe('SUCCEEDED');
  });
});

describe('what a job runs', () => {
  it('returns its script (loaded only when asked), or its image and command, every argument exactly as given', async () => {
    const scripted = (
      await submit(
        app,
        world.tokens.member,
        jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT', script: '#!/bin/bash\necho one' }),
      )
    ).data!.submitJob.job.id;
    const imaged = (
      await submit(
        app,
        world.tokens.member,
        jobInput(world.projectA.id, fleet.gpuType.id, {
          capacityClass: 'SPOT',
          script: null,
          image: 'registry.example/train:1',
          command: ['python', 'train.py', '--note', ' two  spaces ', 'NULL', 'a "quoted" {brace}, comma', 'back\\slash\\n', ' '],
        }),
      )
    ).data!.submitJob.job.id;
    const res = await app.gql<{
      a: { script: string | null; image: string | null };
      b: { script: string | null; image: string | null; command: string[] };
    }>(
      `query($a: ID!, $b: ID!) { a: job(id: $a) { script image } b: job(id: $b) { script image command } }`,
      { a: scripted, b: imaged },
      { bearer: world.tokens.member },
    );
    expect(res.data).toEqual({
      a: { script: '#!/bin/bash\necho one', image: null },
      b: {
        script: null,
        image: 'registry.example/train:1',
        command: ['python', 'train.py', '--note', ' two  spaces ', 'NULL', 'a "quoted" {brace}, comma', 'back\\slash\\n', ' '],
      },
    });
    for (const id of [scripted, imaged])
      await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });
});

describe('while it runs, and when its cluster is lost', () => {
  it('records usage at least every minute while a job runs, each interval once', async () => {
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    const running = await waitForStatus(app, world.tokens.member, id, ['RUNNING']);
    const startedAt = new Date(running.startedAt!).getTime();
    const reconcile = (seconds: number) =>
      reconcileJobs(app.orm.em.fork(), app.deps.secrets, app.deps.log, {
        now: new Date(startedAt + seconds * 1000),
        provisionRetryMs: 30_000,
      });
    await reconcile(61);
    await reconcile(61); // the same interval again: nothing new
    await reconcile(125);
    const usage = await app.orm.em.fork().find(UsageEvent, { jobId: id }, { orderBy: { startedAt: 'asc' } });
    // 61 s, then 64 s more: one event each, or two where an interval crosses an hour (events never span hours).
    expect(usage.reduce((s, u) => s + u.seconds!, 0)).toBe(125);
    expect(usage.length).toBeLessThanOrEqual(3);
    usage.forEach((u, i) => {
      if (i > 0) expect(u.startedAt!.getTime()).toBe(usage[i - 1]!.endedAt!.getTime());
      expect(Math.floor(u.startedAt!.getTime() / 3_600_000)).toBe(Math.floor((u.endedAt!.getTime() - 1) / 3_600_000));
      expect(u.quantity).toBe(BigInt(u.gpus! * u.seconds!));
    });
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });

  it('waits while its only cluster is unreachable, saying so, and runs when it is back', async () => {
    const lost = await buildFleet(app.orm.em.fork());
    await priceFleet(app.orm.em.fork(), lost);
    const setHealth = async (health: ClusterHealth) => {
      const em = app.orm.em.fork();
      const cluster = await em.findOneOrFail(Cluster, lost.cluster.id);
      cluster.health = health;
      cluster.healthMessage = health === ClusterHealth.UNREACHABLE ? 'connection refused' : 'ok';
      await em.flush();
    };
    await setHealth(ClusterHealth.UNREACHABLE);
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, lost.gpuType.id))).data!.submitJob.job.id;
    const end = Date.now() + 10_000;
    let job = await readJob(app, world.tokens.member, id);
    while (job.reason !== 'CLUSTER_UNREACHABLE' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      job = await readJob(app, world.tokens.member, id);
    }
    expect(job).toMatchObject({ status: 'PENDING', reason: 'CLUSTER_UNREACHABLE' });
    expect(job.statusMessage).toContain('unreachable');
    await setHealth(ClusterHealth.HEALTHY);
    await waitForStatus(app, world.tokens.member, id, ['RUNNING']);
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });
});
