import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { SecretBox } from '../../lib/secret-box';
import { DriverError, type ClusterDriver } from '../../drivers/driver';
import { driverFor } from '../../drivers/driver-for';
import { Cluster } from '../inventory/cluster.entity';
import { Job } from './job.entity';
import { isEnded, JobReason, JobStatus } from './jobs.enums';
import { SYSTEM, transition } from './job-transition';
import { applyEngineStatus } from './job-engine-state';
import { engineSpec } from './engine-spec';
import { releaseCapacity } from './job-capacity';

/** After this many failed provisioning rounds (each with its own retries), the job FAILS. */
export const MAX_PROVISION_FAILURES = 5;

/** Loads a cluster with its sealed credentials and builds its driver. */
export async function clusterDriver(em: EntityManager, clusterId: string, secrets: SecretBox): Promise<ClusterDriver> {
  const cluster = await em.findOneOrFail(Cluster, clusterId, { populate: ['secretsCiphertext'] });
  return driverFor(em, cluster, secrets);
}

export type ProvisionOutcome = 'stale' | 'submitted' | 'running' | 'ended' | 'failed' | 'withdrawn';

/**
 * Starts attempt `attempt` of a placed job on its cluster. Idempotent end to end: the driver looks
 * its marker up before creating anything, and a stale or repeated message changes nothing. A
 * driver refusal FAILS the job (capacity released); an unreachable or slow engine throws, so
 * BullMQ retries with backoff and the reconciler tries again later.
 */
export async function provisionJob(em: EntityManager, secrets: SecretBox, jobId: string, attempt: number): Promise<ProvisionOutcome> {
  // One query: the job with its cluster (and sealed credentials), pool and GPU type.
  const job = await em.findOne(Job, jobId, {
    populate: ['script', 'environmentSealed', 'cluster.secretsCiphertext', 'pool', 'gpuType'],
  });
  if (!job || job.attempt !== attempt || job.status !== JobStatus.PROVISIONING || !job.cluster || !job.pool || !job.gpuType) return 'stale';
  const driver = driverFor(em, job.cluster.getEntity(), secrets);
  const pool = job.pool.getEntity();
  const gpuType = job.gpuType.getEntity();
  const environment = job.environmentSealed ? (JSON.parse(secrets.open(job.environmentSealed)) as Record<string, string>) : {};
  const marker = job.marker;
  let externalId: string;
  try {
    ({ externalId } = await driver.submit(engineSpec(job, pool, gpuType, environment)));
  } catch (error) {
    if (error instanceof DriverError && error.kind === 'REJECTED') {
      await failProvisioning(em, jobId, attempt, `failed: the cluster refused it: ${error.message}`);
      return 'failed';
    }
    throw error;
  }
  const [status] = await driver.status([marker]).catch(() => []);
  const outcome = await em.transactional(async (tx) => {
    const locked = await tx.findOne(Job, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    // Started meanwhile by a repeated message or the reconciler (it saw the run this submit created
    // or found): the same run, nothing to undo. Cancelling it here would kill a healthy job.
    if (locked && locked.attempt === attempt && locked.status === JobStatus.RUNNING) return 'running' as const;
    if (!locked || locked.attempt !== attempt || locked.status !== JobStatus.PROVISIONING) return 'withdrawn' as const;
    locked.externalId = externalId;
    if (!status) return 'submitted' as const;
    const ended = await applyEngineStatus(tx, locked, status, SYSTEM.provisioner);
    return ended ? ('ended' as const) : (locked.status as JobStatus) === JobStatus.RUNNING ? ('running' as const) : ('submitted' as const);
  });
  // Cancelled or preempted while it was being submitted: stop what was just started.
  if (outcome === 'withdrawn') await driver.cancel(marker);
  return outcome;
}

/** The job could not be provisioned: FAILED with the reason, capacity released. */
export async function failProvisioning(em: EntityManager, jobId: string, attempt: number, message: string): Promise<void> {
  await em.transactional(async (tx) => {
    const job = await tx.findOne(Job, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!job || job.attempt !== attempt || isEnded(job.status)) return;
    transition(tx, job, { to: JobStatus.FAILED, reason: JobReason.PROVISIONING_FAILED, message, actor: SYSTEM.provisioner });
    job.endedAt = new Date();
    await tx.flush();
    await releaseCapacity(tx, [job.id]);
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
