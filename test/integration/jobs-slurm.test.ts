import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeGpuType, makeRegion } from '../support/fleet';
import { localSlurm } from '../support/slurm';
import {
  engineStatus,
  engineStopOf,
  jobInput,
  loseStopMessages,
  priceFleet,
  readJob,
  setInternalDemand,
  submit,
  transitionsOf,
  waitForStatus,
  startJobWorkers,
} from '../support/jobs';
import { until } from '../support/until';
import type { RunningWorkers } from '../../workers/src/workers';
import type { Region } from '../../server/src/modules/inventory/region.entity';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { Job } from '../../server/src/modules/jobs/job.entity';
import { JobEvent } from '../../server/src/modules/jobs/job-event.entity';
import { JobStatus } from '../../server/src/modules/jobs/jobs.enums';
import { runSchedulingPass } from '../../server/src/modules/jobs/scheduling.service';
import { reconcileJobs } from '../../server/src/modules/jobs/reconciler.service';

let app: TestApp;
let world: World;
let workers: RunningWorkers | null = null;
let region: Region;
let gpuType: GpuType;
let clusterId: string;

/** The engine's own view of a job's attempt (by its marker), straight from slurmrestd. */
const engineState = (marker: string) => engineStatus(app, clusterId, marker);

/** Polls slurmrestd until the attempt with this marker is in `state`; returns what Slurm reports then. */
const engineReaches = (marker: string, state: string) =>
  until(
    `Slurm to report ${marker} ${state}`,
    async () => {
      const status = await engineState(marker);
      return status?.state === state ? status : null;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  const em = app.orm.em.fork();
  region = await makeRegion(em);
  gpuType = await makeGpuType(em);
  await em.flush();
  await priceFleet(app.orm.em.fork(), { region, gpuType });
  const slurm = localSlurm();
  const res = await app.gql<{ createCluster: { id: string; health: string } }>(
    `mutation($i: CreateClusterInput!) { createCluster(input: $i) { id health } }`,
    {
      i: {
        regionId: region.id,
        name: `slurm-jobs-${world.tag}`,
        driver: 'SLURM',
        connection: {
          endpoint: slurm.url,
          user: slurm.user,
          token: slurm.token,
          gpuTypeMap: [{ engineType: slurm.gpuType, gpuTypeCode: gpuType.code }],
        },
      },
    },
    { bearer: world.tokens.operator },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.createCluster.health).toBe('HEALTHY');
  clusterId = res.data!.createCluster.id;
  workers = await startJobWorkers(app);
});
afterAll(async () => {
  await workers?.close();
  await app.close();
});

const input = (script: string, overrides: Record<string, unknown> = {}) =>
  jobInput(world.projectA.id, gpuType.id, { gpusPerNode: 1, script, maxDurationSeconds: 600, environment: [], ...overrides });

describe('GPU jobs on a real Slurm', () => {
  it('submits through slurmrestd with the job id as marker, runs and succeeds with Slurm’s times', async () => {
    const id = (await submit(app, world.tokens.member, input('#!/bin/bash\nsleep 2\necho "gpus: $CUDA_VISIBLE_DEVICES"'))).data!.submitJob
      .job.id;
    const running = await waitForStatus(app, world.tokens.member, id, ['RUNNING', 'SUCCEEDED'], 60_000);
    expect(running.externalId).toMatch(/^\d+$/);
    expect(running.pool?.name).toBe(`${localSlurm().partition}-${localSlurm().gpuType}`);
    const engine = await engineState(id);
    expect(engine?.externalId).toBe(running.externalId);
    const done = await waitForStatus(app, world.tokens.member, id, ['SUCCEEDED'], 60_000);
    const engineDone = await engineState(id);
    expect(engineDone?.state).toBe('SUCCEEDED');
    expect(new Date(done.endedAt!).getTime()).toBe(engineDone!.endedAt!.getTime());
    expect(new Date(done.startedAt!).getTime()).toBe(engineDone!.startedAt!.getTime());
  });

  it('maps a failing script to FAILED with its exit code', async () => {
    const id = (await submit(app, world.tokens.member, input('#!/bin/bash\nexit 3'))).data!.submitJob.job.id;
    const failed = await waitForStatus(app, world.tokens.member, id, ['FAILED'], 60_000);
    expect(failed.reason).toBe('EXIT_NONZERO');
    expect(failed.statusMessage).toContain('exit code 3');
  });

  it('cancels in Slurm when the job is cancelled in Headroom', async () => {
    const id = (await submit(app, world.tokens.member, input('#!/bin/bash\nsleep 120'))).data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.member, id, ['RUNNING'], 60_000);
    const cancelled = await app.gql<{ cancelJob: { status: string } }>(
      `mutation($id: ID!) { cancelJob(id: $id) { status } }`,
      { id },
      { bearer: world.tokens.member },
    );
    expect(cancelled.data?.cancelJob.status).toBe('CANCELLED');
    await engineReaches(id, 'CANCELLED');
  });

  it('ends a job Slurm finished while the workers were down with the right times, and never submits it twice', async () => {
    const id = (await submit(app, world.tokens.member, input('#!/bin/bash\nsleep 3'))).data!.submitJob.job.id;
    const running = await waitForStatus(app, world.tokens.member, id, ['RUNNING'], 60_000);
    await workers!.close();
    workers = null;
    const engine = await engineReaches(id, 'SUCCEEDED');
    expect((await readJob(app, world.tokens.member, id)).status).toBe('RUNNING');
    const restartedAt = Date.now();
    workers = await startJobWorkers(app);
    const done = await waitForStatus(app, world.tokens.member, id, ['SUCCEEDED'], 30_000);
    expect(new Date(done.endedAt!).getTime()).toBe(engine.endedAt!.getTime());
    expect(new Date(done.endedAt!).getTime()).toBeLessThan(restartedAt);
    expect(done.externalId).toBe(running.externalId);
    expect(await app.orm.em.fork().count(Job, { id, externalId: running.externalId })).toBe(1);
  });
});

describe('preemption on a real Slurm', () => {
  const member = () => world.tokens.member;
  const setDemand = async (gpus: number) =>
    setInternalDemand(app, world.tokens.operator, (await app.orm.em.fork().findOneOrFail(NodePool, { cluster: clusterId })).id, gpus);
  /** Jobs of these tests, cancelled (if they have not ended) after each, with the owner's demand back to 0. */
  const submitted: string[] = [];
  afterEach(async () => {
    for (const id of submitted.splice(0)) {
      await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { id } }`, { id }, { bearer: member() });
    }
    await setDemand(0);
  });
  const submitSpot = async (requeueOnPreemption: boolean) => {
    const res = await submit(
      app,
      member(),
      input('#!/bin/bash\nsleep 300', { capacityClass: 'SPOT', gpusPerNode: 4, requeueOnPreemption }),
    );
    const id = res.data!.submitJob.job.id;
    submitted.push(id);
    return id;
  };
  const untilStopConfirmed = (marker: string) =>
    until(`Headroom to see ${marker} ended in Slurm`, async () => {
      const stop = await engineStopOf(app, marker);
      return stop.confirmedAt ? stop : null;
    });
  const FIRST_ATTEMPT = [
    '>PENDING QUEUED',
    'PENDING>ADMITTED ADMITTED',
    'ADMITTED>PROVISIONING PLACED',
    'PROVISIONING>RUNNING STARTED',
    'RUNNING>PREEMPTED PREEMPTED_FOR_INTERNAL_DEMAND',
  ];

  it('stops SPOT work preempted for internal demand in Slurm; the job that asked runs again as attempt 2 under a new marker, the other stays PREEMPTED', async () => {
    const requeued = await submitSpot(true);
    const plain = await submitSpot(false);
    const first = await waitForStatus(app, member(), requeued, ['RUNNING'], 60_000);
    const plainRun = await waitForStatus(app, member(), plain, ['RUNNING'], 60_000);

    // The owner wants the whole pool: both SPOT jobs (4 + 4 of its 8 GPUs) must go.
    await setDemand(8);
    const preempted = await waitForStatus(app, member(), plain, ['PREEMPTED'], 30_000);
    const pool = await app.orm.em.fork().findOneOrFail(NodePool, { cluster: clusterId });
    expect([preempted.reason, preempted.preemptedBy, preempted.attempt]).toEqual(['PREEMPTED_FOR_INTERNAL_DEMAND', `pool:${pool.id}`, 1]);
    const waiting = await waitForStatus(app, member(), requeued, ['PENDING'], 30_000);
    expect([waiting.attempt, waiting.externalId, waiting.preemptedBy]).toEqual([2, null, `pool:${pool.id}`]);
    expect(await transitionsOf(app, requeued)).toEqual([...FIRST_ATTEMPT, 'PREEMPTED>PENDING REQUEUED']);
    const event = await app.orm.em.fork().findOneOrFail(JobEvent, { job: requeued, toStatus: JobStatus.PREEMPTED });
    expect(event.message).toContain('internal demand of 8 GPUs');
    expect(event.details).toMatchObject({ causedBy: `pool:${pool.id}`, noticeSeconds: 0, slaCreditOwed: false });

    // Both first attempts' Slurm jobs are stopped (Slurm 22.05's REST API preempts by cancelling).
    expect((await engineReaches(requeued, 'CANCELLED')).externalId).toBe(first.externalId);
    expect((await engineReaches(plain, 'CANCELLED')).externalId).toBe(plainRun.externalId);
    // While the demand holds, attempt 2 waits for capacity and nothing runs in Slurm under its marker.
    await until('attempt 2 to wait for capacity', async () => (await readJob(app, member(), requeued)).reason === 'CAPACITY');
    expect(await engineState(`${requeued}.2`)).toBeUndefined();

    await setDemand(0);
    const second = await waitForStatus(app, member(), requeued, ['RUNNING'], 60_000);
    expect(second.attempt).toBe(2);
    expect(second.externalId).toMatch(/^\d+$/);
    expect(second.externalId).not.toBe(first.externalId);
    const engine = await engineState(`${requeued}.2`);
    expect([engine?.state, engine?.externalId]).toEqual(['RUNNING', second.externalId]);
    // Headroom saw the first attempts end in Slurm; the cancelled Slurm job (which Slurm still lists) changes
    // nothing, however often the engines are compared: the job runs on as attempt 2, the other stays PREEMPTED.
    expect((await untilStopConfirmed(requeued)).engineState).toBe('CANCELLED');
    expect((await untilStopConfirmed(plain)).engineState).toBe('CANCELLED');
    await reconcileJobs(app.orm.em.fork(), app.deps.secrets, app.deps.log, { provisionRetryMs: 30_000 });
    expect(await transitionsOf(app, requeued)).toEqual([
      ...FIRST_ATTEMPT,
      'PREEMPTED>PENDING REQUEUED',
      'PENDING>ADMITTED ADMITTED',
      'ADMITTED>PROVISIONING PLACED',
      'PROVISIONING>RUNNING STARTED',
    ]);
    expect((await readJob(app, member(), requeued)).externalId).toBe(second.externalId);
    expect(await transitionsOf(app, plain)).toEqual(FIRST_ATTEMPT);
    expect(await engineState(`${plain}.2`)).toBeUndefined();
    expect((await engineState(requeued))?.state).toBe('CANCELLED');
  }, 120_000);

  it('stops the first attempt in Slurm when its stop message was lost after the job was requeued', async () => {
    const id = await submitSpot(true);
    const first = await waitForStatus(app, member(), id, ['RUNNING'], 60_000);
    // With the workers down nothing is relayed: the pass writes the stop message, then it is lost.
    await workers!.close();
    workers = null;
    try {
      await setDemand(8);
      expect((await runSchedulingPass(app.orm.em.fork())).preempted).toBe(1);
      expect(await loseStopMessages(app, [id])).toBe(1);
    } finally {
      workers = await startJobWorkers(app);
    }
    const waiting = await readJob(app, member(), id);
    expect([waiting.status, waiting.attempt, waiting.externalId]).toEqual(['PENDING', 2, null]);
    expect((await engineState(id))?.state, 'the lost stop left the first attempt running in Slurm').toBe('RUNNING');

    // The reconciler finds the first attempt still running under its marker and has Slurm stop it.
    expect((await engineReaches(id, 'CANCELLED')).externalId).toBe(first.externalId);
    const stop = await untilStopConfirmed(id);
    expect([stop.attempt, stop.mode, stop.engineState]).toEqual([1, 'PREEMPT', 'CANCELLED']);
    expect((await readJob(app, member(), id)).status).toBe('PENDING');
    expect(await engineState(`${id}.2`)).toBeUndefined();
  }, 120_000);
});
