import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeGpuType, makeRegion } from '../support/fleet';
import { localSlurm } from '../support/slurm';
import { jobInput, priceFleet, readJob, submit, waitForStatus, startJobWorkers } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';
import type { Region } from '../../server/src/modules/inventory/region.entity';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { Cluster } from '../../server/src/modules/inventory/cluster.entity';
import { driverFor } from '../../server/src/drivers/driver-for';
import { Job } from '../../server/src/modules/jobs/job.entity';

let app: TestApp;
let world: World;
let workers: RunningWorkers | null = null;
let region: Region;
let gpuType: GpuType;
let clusterId: string;

/** The engine's own view of a job, straight from slurmrestd. */
async function engineState(marker: string) {
  const em = app.orm.em.fork();
  const cluster = await em.findOneOrFail(Cluster, clusterId, { populate: ['secretsCiphertext'] });
  const [status] = await driverFor(em, cluster, app.deps.secrets).status([marker]);
  return status;
}

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
    const end = Date.now() + 60_000;
    let state = (await engineState(id))?.state;
    while (state !== 'CANCELLED' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await engineState(id))?.state;
    }
    expect(state).toBe('CANCELLED');
  });

  it('ends a job Slurm finished while the workers were down with the right times, and never submits it twice', async () => {
    const id = (await submit(app, world.tokens.member, input('#!/bin/bash\nsleep 3'))).data!.submitJob.job.id;
    const running = await waitForStatus(app, world.tokens.member, id, ['RUNNING'], 60_000);
    await workers!.close();
    workers = null;
    const end = Date.now() + 60_000;
    let engine = await engineState(id);
    while (engine?.state !== 'SUCCEEDED' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 250));
      engine = await engineState(id);
    }
    expect(engine?.state).toBe('SUCCEEDED');
    expect((await readJob(app, world.tokens.member, id)).status).toBe('RUNNING');
    const restartedAt = Date.now();
    workers = await startJobWorkers(app);
    const done = await waitForStatus(app, world.tokens.member, id, ['SUCCEEDED'], 30_000);
    expect(new Date(done.endedAt!).getTime()).toBe(engine!.endedAt!.getTime());
    expect(new Date(done.endedAt!).getTime()).toBeLessThan(restartedAt);
    expect(done.externalId).toBe(running.externalId);
    expect(await app.orm.em.fork().count(Job, { id, externalId: running.externalId })).toBe(1);
  });
});
