import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../server/src/lib/ids';
import { PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { GpuPrice } from '../../server/src/modules/catalog/prices.entity';
import type { Fleet } from './fleet';
import type { TestApp, GqlResult } from './app';
import { TEST_REDIS_URL } from './infra';
import { startWorkers, type RunningWorkers } from '../../workers/src/workers';
import { Cluster } from '../../server/src/modules/inventory/cluster.entity';
import { driverFor } from '../../server/src/drivers/driver-for';
import type { DriverJobStatus } from '../../server/src/drivers/driver';
import { stopJobJob } from '../../server/src/jobs/catalog';
import { EngineStop } from '../../server/src/modules/jobs/engine-stop.entity';
import { JobEvent } from '../../server/src/modules/jobs/job-event.entity';

/** The list prices `priceFleet` sets per GPU-hour: RESERVED $2, ON_DEMAND $3, SPOT $1. */
export const FLEET_PRICES: Record<PricedClass, bigint> = {
  [PricedClass.RESERVED]: 2_000_000n,
  [PricedClass.ON_DEMAND]: 3_000_000n,
  [PricedClass.SPOT]: 1_000_000n,
};

/** List prices per GPU-hour for the fleet's GPU type and region ({@link FLEET_PRICES}), in force from `since` (a day ago). Flushed. */
export async function priceFleet(
  em: EntityManager,
  fleet: Pick<Fleet, 'gpuType' | 'region'>,
  since = new Date(Date.now() - 86_400_000),
): Promise<void> {
  for (const [priceClass, pricePerGpuHour] of Object.entries(FLEET_PRICES) as [PricedClass, bigint][]) {
    em.create(GpuPrice, {
      id: newId('gpuPrice'),
      gpuType: fleet.gpuType,
      region: fleet.region,
      priceClass,
      currency: 'USD',
      pricePerGpuHour,
      effectiveFrom: since,
    });
  }
  await em.flush();
}

export const JOB_FIELDS = `id status reason statusMessage attempt gpus nodeNames capacityClass externalId startedAt endedAt unitPrice spendHoldMicros preemptedBy
  environmentNames pool { id name } region { code }`;

export interface JobView {
  id: string;
  status: string;
  reason: string;
  statusMessage: string;
  attempt: number;
  gpus: number;
  nodeNames: string[];
  capacityClass: string;
  externalId: string | null;
  startedAt: string | null;
  endedAt: string | null;
  unitPrice: string | null;
  spendHoldMicros: string;
  preemptedBy: string | null;
  environmentNames: string[];
  pool: { id: string; name: string } | null;
  region: { code: string } | null;
}

export const SUBMIT = `mutation($input: SubmitJobInput!) { submitJob(input: $input) { created job { ${JOB_FIELDS} } } }`;

export type SubmitResult = GqlResult<{ submitJob: { created: boolean; job: JobView } }>;

/** A simulated job's input: `runSeconds` is how long its program runs (HEADROOM_SIM_RUN_SECONDS). */
export function jobInput(projectId: string, gpuTypeId: string, overrides: Record<string, unknown> = {}, runSeconds = 3_600) {
  return {
    projectId,
    name: 'train',
    script: '#!/bin/bash\necho hello',
    gpuTypeIds: [gpuTypeId],
    gpusPerNode: 8,
    nodes: 1,
    capacityClass: 'ON_DEMAND',
    maxDurationSeconds: 7_200,
    environment: [{ name: 'HEADROOM_SIM_RUN_SECONDS', value: String(runSeconds) }],
    ...overrides,
  };
}

export async function submit(app: TestApp, bearer: string, input: Record<string, unknown>): Promise<SubmitResult> {
  return app.gql(SUBMIT, { input }, { bearer });
}

export async function readJob(app: TestApp, bearer: string, id: string): Promise<JobView> {
  const res = await app.gql<{ job: JobView }>(`query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`, { id }, { bearer });
  if (!res.data) throw new Error(`job ${id}: ${JSON.stringify(res.errors)}`);
  return res.data.job;
}

/** Polls (in the test, not the product) until the job is in one of `statuses`. */
export async function waitForStatus(app: TestApp, bearer: string, id: string, statuses: string[], timeoutMs = 20_000): Promise<JobView> {
  const end = Date.now() + timeoutMs;
  let job = await readJob(app, bearer, id);
  while (!statuses.includes(job.status)) {
    if (Date.now() > end) throw new Error(`job ${id} is ${job.status} (${job.statusMessage}), not ${statuses.join('/')}`);
    await new Promise((r) => setTimeout(r, 50));
    job = await readJob(app, bearer, id);
  }
  return job;
}

/** The real workers for a test app: relay, scheduler, provisioner, reconciler every 500 ms. */
export function startJobWorkers(app: TestApp): Promise<RunningWorkers> {
  return startWorkers(app.deps, TEST_REDIS_URL, { relayIntervalMs: 20, repeatEveryMs: { 'jobs.reconcile': 500 } });
}

/** Sets a pool's internal demand as an operator would (`setInternalDemand`); fails on any error. */
export async function setInternalDemand(app: TestApp, operator: string, poolId: string, gpus: number): Promise<void> {
  const res = await app.gql(
    `mutation($i: SetInternalDemandInput!) { setInternalDemand(input: $i) { internalDemandGpus } }`,
    { i: { poolId, gpus } },
    { bearer: operator },
  );
  if (res.errors) throw new Error(`setInternalDemand: ${JSON.stringify(res.errors)}`);
}

/** What a cluster's engine reports for a marker (of any attempt), asked through its driver. */
export async function engineStatus(app: TestApp, clusterId: string, marker: string): Promise<DriverJobStatus | undefined> {
  const em = app.orm.em.fork();
  const cluster = await em.findOneOrFail(Cluster, clusterId, { populate: ['secretsCiphertext'] });
  const [status] = await driverFor(em, cluster, app.deps.secrets).status([marker]);
  return status;
}

/**
 * Loses the stop messages of these jobs that the relay has not moved yet, as Redis losing them
 * after the relay would: stamped dispatched, never enqueued. Returns how many were lost.
 */
export async function loseStopMessages(app: TestApp, jobIds: readonly string[]): Promise<number> {
  const { affectedRows } = await app.orm.em.fork().execute<{ affectedRows: number }>(
    `update outbox set dispatched_at = now()
        where job_name = ? and dispatched_at is null and payload->>'jobId' in (${jobIds.map(() => '?').join(', ')})`,
    [stopJobJob.name, ...jobIds],
    'run',
  );
  return affectedRows;
}

/** The stop Headroom follows up for an attempt (by its marker) until the engine confirms it ended. */
export function engineStopOf(app: TestApp, marker: string): Promise<EngineStop> {
  return app.orm.em.fork().findOneOrFail(EngineStop, { marker });
}

/** How many stop messages were ever written for a job (the first one and every one asked again). */
export function stopMessagesOf(app: TestApp, jobId: string): Promise<number> {
  return app.orm.em
    .fork()
    .execute<{ n: number }[]>(`select count(*)::int as n from outbox where job_name = ? and payload->>'jobId' = ?`, [
      stopJobJob.name,
      jobId,
    ])
    .then((rows) => rows[0]!.n);
}

/** A job's status changes, in the order they were written, as `FROM>TO` with the reason. */
export async function transitionsOf(app: TestApp, jobId: string): Promise<string[]> {
  const events = await app.orm.em.fork().find(JobEvent, { job: jobId }, { orderBy: { id: 'asc' } });
  return events.filter((e) => e.fromStatus !== e.toStatus).map((e) => `${e.fromStatus ?? ''}>${e.toStatus} ${e.reason}`);
}
