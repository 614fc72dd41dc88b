import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { isFinal, type DriverJobStatus } from '../../drivers/driver';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { stopJobJob } from '../../jobs/catalog';
import type { Job } from './job.entity';
import { EngineStop, type StopMode } from './engine-stop.entity';

/** An attempt its engine still runs this long after the last ask is asked again (a delivered ask is handled well within it). */
export const STOP_ASK_AGAIN_MS = 2_000;
/** An attempt its engine does not report (never submitted, or ended and long forgotten) is let go this long after it was stopped. */
export const STOP_GIVE_UP_MS = 15 * 60_000;

/**
 * Has the engine stop the job's current attempt, in the caller's transaction (the one that ends
 * it): a stop message through the outbox, and an open {@link EngineStop} the reconciler follows up
 * until the engine confirms the attempt ended. Call it before a requeue moves the job to its next
 * attempt. A job never placed on a cluster has nothing to stop.
 */
export function orderEngineStop(em: EntityManager, job: Job, mode: StopMode): void {
  if (!job.cluster) return;
  const stop = em.create(EngineStop, {
    id: newId('engineStop'),
    job,
    organizationId: job.organization.id,
    attempt: job.attempt,
    cluster: job.cluster,
    marker: job.marker,
    mode,
    reason: job.statusMessage.slice(0, 500),
  });
  em.persist(stop);
  askToStop(em, stop, new Date());
}

function askToStop(em: EntityManager, stop: EngineStop, now: Date): void {
  stop.requestedAt = now;
  enqueueAfterCommit(em, stopJobJob, {
    jobId: stop.job.id,
    clusterId: stop.cluster.id,
    marker: stop.marker,
    mode: stop.mode,
    reason: stop.reason,
  });
}

/** Stops the engines have not confirmed yet, oldest first. */
export function openEngineStops(em: EntityManager): Promise<EngineStop[]> {
  return em.find(EngineStop, { confirmedAt: null }, { orderBy: { id: 'asc' } });
}

/**
 * Brings open stops of one cluster in line with what its engine reports now (`statuses`, by
 * marker, asked after the stops were read): an attempt still pending or running is asked to stop
 * again (its message was lost, or the engine ignored it), at most every {@link STOP_ASK_AGAIN_MS};
 * an attempt that ended is confirmed with the engine's end state; one the engine has not reported
 * for {@link STOP_GIVE_UP_MS} is let go as GONE. Idempotent, and safe beside another reconciler
 * (rows another one is handling are skipped).
 */
export async function followUpEngineStops(
  em: EntityManager,
  stops: readonly EngineStop[],
  statuses: ReadonlyMap<string, DriverJobStatus>,
  now: Date,
): Promise<{ askedAgain: number; confirmed: number }> {
  const result = { askedAgain: 0, confirmed: 0 };
  const due = stops.filter((stop) => actionOf(stop, statuses.get(stop.marker), now) !== 'wait');
  if (!due.length) return result;
  await em.transactional(async (tx) => {
    const locked = await tx.find(
      EngineStop,
      { id: { $in: due.map((s) => s.id) }, confirmedAt: null },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true },
    );
    for (const stop of locked) {
      const status = statuses.get(stop.marker);
      switch (actionOf(stop, status, now)) {
        case 'ask':
          askToStop(tx, stop, now);
          result.askedAgain++;
          break;
        case 'confirm':
          stop.confirmedAt = now;
          stop.engineState = status?.state ?? 'GONE';
          result.confirmed++;
          break;
        case 'wait':
          break;
      }
    }
  });
  return result;
}

function actionOf(stop: EngineStop, status: DriverJobStatus | undefined, now: Date): 'ask' | 'confirm' | 'wait' {
  if (status) {
    if (isFinal(status.state)) return 'confirm';
    return now.getTime() - stop.requestedAt.getTime() >= STOP_ASK_AGAIN_MS ? 'ask' : 'wait';
  }
  return now.getTime() - stop.createdAt.getTime() >= STOP_GIVE_UP_MS ? 'confirm' : 'wait';
}
