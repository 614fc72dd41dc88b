import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { SecretBox } from '../../lib/secret-box';
import { DriverError, type ClusterDriver, type DriverJobStatus, type SubmitResult } from '../../drivers/driver';
import { driverFor } from '../../drivers/driver-for';
import { Cluster } from '../inventory/cluster.entity';
import { Job } from './job.entity';
import { isEnded, JobReason, JobStatus } from './jobs.enums';
import { SYSTEM } from './job-transition';
import { endJob } from './job-end';
import { applyEngineStatus } from './job-engine-state';
import { engineSpec } from './engine-spec';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { groupBy } from '../../lib/group-by';
import { PROVISION_BATCH, provisionJobJob } from '../../jobs/catalog';

/** After this many failed provisioning rounds (each with its own retries), the job FAILS. */
export const MAX_PROVISION_FAILURES = 5;

/** Loads a cluster with its sealed credentials and builds its driver. */
export async function clusterDriver(em: EntityManager, clusterId: string, secrets: SecretBox): Promise<ClusterDriver> {
  const cluster = await em.findOneOrFail(Cluster, clusterId, { populate: ['secretsCiphertext'] });
  return driverFor(em, cluster, secrets);
}

export type ProvisionOutcome = 'stale' | 'busy' | 'submitted' | 'running' | 'ended' | 'failed' | 'withdrawn';

export interface ProvisionRequest {
  jobId: string;
  attempt: number;
}

/**
 * Starts the given attempts of placed jobs on their clusters, a batch at a time (the scheduler
 * sends one message per cluster and pass). Idempotent end to end: the driver looks each marker up
 * before creating anything, a stale or repeated message changes nothing, and a job being
 * provisioned elsewhere at this moment is left to that provisioner (`busy`: an advisory lock per
 * marker, as Slurm's look-up-then-submit is not atomic). A driver refusal FAILS that job (capacity
 * released); an unreachable or slow engine is thrown once the rest of the batch is done, so
 * BullMQ retries it with backoff (and the reconciler hands it out again later).
 */
export async function provisionJobs(
  em: EntityManager,
  secrets: SecretBox,
  requests: readonly ProvisionRequest[],
): Promise<Map<string, ProvisionOutcome>> {
  const outcomes = new Map<string, ProvisionOutcome>(requests.map((r) => [r.jobId, 'stale']));
  const wanted = new Map(requests.map((r) => [r.jobId, r.attempt]));
  // One query: the jobs with their clusters (and sealed credentials), pools and GPU types.
  const jobs = (
    await em.find(
      Job,
      { id: { $in: [...wanted.keys()] } },
      { populate: ['script', 'environmentSealed', 'cluster.secretsCiphertext', 'pool', 'gpuType'] },
    )
  ).filter((j) => wanted.get(j.id) === j.attempt && j.status === JobStatus.PROVISIONING && j.cluster && j.pool && j.gpuType);
  if (!jobs.length) return outcomes;

  const drivers = new Map<string, ClusterDriver>();
  const driverOf = (job: Job) => {
    const id = job.cluster!.id;
    if (!drivers.has(id)) drivers.set(id, driverFor(em, job.cluster!.getEntity(), secrets));
    return drivers.get(id)!;
  };
  const submitted = new Map<string, { job: Job; externalId: string }>();
  const refused: { job: Job; message: string }[] = [];
  let retryable: unknown = null;
  await em.transactional(async (tx) => {
    // Held until the submits are done: no other provisioner submits these markers meanwhile.
    const free = await lockMarkers(
      tx,
      jobs.map((j) => j.marker),
    );
    for (const job of jobs) if (!free.has(job.marker)) outcomes.set(job.id, 'busy');
    // One batch per cluster: the engine takes them in as few calls as it can.
    for (const batch of groupBy(
      jobs.filter((job) => free.has(job.marker)),
      (job) => job.cluster!.id,
    ).values()) {
      const specs = batch.map((job) => {
        const environment = job.environmentSealed ? (JSON.parse(secrets.open(job.environmentSealed)) as Record<string, string>) : {};
        return engineSpec(job, job.pool!.getEntity(), job.gpuType!.getEntity(), environment);
      });
      let results: SubmitResult[];
      try {
        results = await driverOf(batch[0]!).submitAll(specs);
      } catch (error) {
        retryable ??= error;
        continue;
      }
      results.forEach((result, i) => {
        const job = batch[i]!;
        if (!('error' in result)) submitted.set(job.id, { job, externalId: result.externalId });
        else if (result.error instanceof DriverError && result.error.kind === 'REJECTED')
          refused.push({ job, message: `failed: the cluster refused it: ${result.error.message}` });
        else retryable ??= result.error;
      });
    }
  });

  // What the engines say now about what was just submitted, one call per cluster.
  const statuses = new Map<string, DriverJobStatus>();
  for (const [clusterId, driver] of drivers) {
    const markers = [...submitted.values()].filter((s) => s.job.cluster!.id === clusterId).map((s) => s.job.marker);
    for (const st of markers.length ? await driver.status(markers).catch(() => []) : []) statuses.set(st.marker, st);
  }
  const withdrawn: Job[] = [];
  if (submitted.size) {
    await em.transactional(async (tx) => {
      const locked = await tx.find(Job, { id: { $in: [...submitted.keys()] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      for (const job of locked) {
        const attempt = wanted.get(job.id);
        const { externalId } = submitted.get(job.id)!;
        // Started meanwhile by a repeated message or the reconciler (it saw the run this submit
        // created or found): the same run, nothing to undo. Cancelling it would kill a healthy job.
        if (job.attempt === attempt && job.status === JobStatus.RUNNING) {
          outcomes.set(job.id, 'running');
          continue;
        }
        if (job.attempt !== attempt || job.status !== JobStatus.PROVISIONING) {
          outcomes.set(job.id, 'withdrawn');
          withdrawn.push(submitted.get(job.id)!.job);
          continue;
        }
        job.externalId = externalId;
        const status = statuses.get(job.marker);
        if (!status) {
          outcomes.set(job.id, 'submitted');
          continue;
        }
        const ended = await applyEngineStatus(tx, job, status, SYSTEM.provisioner);
        outcomes.set(job.id, ended ? 'ended' : (job.status as JobStatus) === JobStatus.RUNNING ? 'running' : 'submitted');
      }
    });
  }
  // Cancelled or preempted while it was being submitted: stop what was just started.
  for (const job of withdrawn) await driverOf(job).cancel(job.marker);
  for (const { job, message } of refused) {
    await failProvisioning(em, job.id, job.attempt, message);
    outcomes.set(job.id, 'failed');
  }
  if (retryable) throw retryable;
  return outcomes;
}

/**
 * Takes, for the rest of the caller's transaction, the provisioning lock of each marker that no one
 * else holds, and returns those markers: whoever holds a marker's lock is submitting it right now.
 */
export async function lockMarkers(tx: EntityManager, markers: readonly string[]): Promise<Set<string>> {
  if (!markers.length) return new Set();
  const locks = await tx.execute<{ marker: string; locked: boolean }[]>(
    `select m as marker, pg_try_advisory_xact_lock(hashtext('provision:' || m)) as locked
       from unnest(array[${markers.map(() => '?').join(', ')}]::text[]) as m`,
    [...markers],
  );
  return new Set(locks.filter((l) => l.locked).map((l) => l.marker));
}

/** Asks the workers (through the outbox) to provision these jobs: one message per cluster and batch. */
export function askToProvision(em: EntityManager, jobs: readonly Job[]): void {
  for (const group of groupBy(jobs, (job) => job.cluster?.id ?? '').values()) {
    const list: ProvisionRequest[] = group.map((job) => ({ jobId: job.id, attempt: job.attempt }));
    for (let i = 0; i < list.length; i += PROVISION_BATCH)
      enqueueAfterCommit(em, provisionJobJob, { jobs: list.slice(i, i + PROVISION_BATCH) });
  }
}

/** The job could not be provisioned: FAILED with the reason, capacity released. */
export async function failProvisioning(em: EntityManager, jobId: string, attempt: number, message: string): Promise<void> {
  await em.transactional(async (tx) => {
    const job = await tx.findOne(Job, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!job || job.attempt !== attempt || isEnded(job.status)) return;
    await endJob(tx, job, {
      to: JobStatus.FAILED,
      reason: JobReason.PROVISIONING_FAILED,
      message,
      actor: SYSTEM.provisioner,
      at: new Date(),
    });
  });
}

/** Stops an attempt in its engine (cancel or preempt); one that already ended is left alone. */
export async function stopInEngine(
  em: EntityManager,
  secrets: SecretBox,
  stop: { clusterId: string; marker: string; mode: 'CANCEL' | 'PREEMPT'; reason: string },
): Promise<void> {
  const driver = await clusterDriver(em, stop.clusterId, secrets);
  if (stop.mode === 'CANCEL') await driver.cancel(stop.marker);
  else await driver.preempt(stop.marker, stop.reason);
}
