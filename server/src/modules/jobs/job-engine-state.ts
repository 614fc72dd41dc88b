import type { EntityManager } from '@mikro-orm/postgresql';
import type { DriverJobStatus } from '../../drivers/driver';
import type { Job } from './job.entity';
import { JobReason, JobStatus } from './jobs.enums';
import { transition } from './job-transition';
import { endJob } from './job-end';

/** How an engine's end state reads in Headroom: status, reason and a sentence. */
function endOf(status: DriverJobStatus): { to: JobStatus; reason: JobReason; message: string } {
  switch (status.state) {
    case 'SUCCEEDED':
      return { to: JobStatus.SUCCEEDED, reason: JobReason.COMPLETED, message: 'succeeded: exit code 0' };
    case 'FAILED':
      return status.reason === 'TimeLimit'
        ? { to: JobStatus.FAILED, reason: JobReason.TIME_LIMIT, message: 'failed: it reached its max duration and was stopped' }
        : {
            to: JobStatus.FAILED,
            reason: JobReason.EXIT_NONZERO,
            message: `failed: exit code ${status.exitCode ?? 'unknown'}${status.reason ? ` (${status.reason})` : ''}`,
          };
    case 'CANCELLED':
      return {
        to: JobStatus.CANCELLED,
        reason: JobReason.CANCELLED_BY_ENGINE,
        message: `cancelled by the cluster${status.reason ? ` (${status.reason})` : ''}`,
      };
    default:
      return {
        to: JobStatus.PREEMPTED,
        reason: JobReason.CANCELLED_BY_ENGINE,
        message: `preempted by the cluster${status.reason ? ` (${status.reason})` : ''}`,
      };
  }
}

/**
 * Brings a job in line with what its engine reports for its current attempt: started (RUNNING,
 * with the engine's start time) or ended (with the engine's times, usage recorded up to the end,
 * capacity released). Returns true when the job ended. The job must be locked by the caller.
 */
export async function applyEngineStatus(em: EntityManager, job: Job, status: DriverJobStatus, actor: string): Promise<boolean> {
  if (job.status !== JobStatus.PROVISIONING && job.status !== JobStatus.RUNNING) return false;
  if (status.state === 'PENDING' || status.state === 'UNKNOWN') return false;
  if (job.status === JobStatus.PROVISIONING && (status.state === 'RUNNING' || status.startedAt)) {
    const startedAt = status.startedAt ?? new Date();
    job.startedAt = startedAt;
    job.usageRecordedUntil = startedAt;
    transition(em, job, {
      to: JobStatus.RUNNING,
      reason: JobReason.STARTED,
      message: `running${job.nodeNames.length ? ` on ${job.nodeNames.join(', ')}` : ''}${status.externalId ? ` (engine id ${status.externalId})` : ''}`,
      actor,
      at: startedAt,
    });
  }
  if (status.state === 'RUNNING') return false;
  const end = endOf(status);
  job.exitCode = status.exitCode;
  await endJob(em, job, {
    ...end,
    actor,
    at: status.endedAt ?? new Date(),
    details: { exitCode: status.exitCode, engineReason: status.reason },
  });
  return true;
}

/** Ends a job Headroom can no longer find in its engine (Slurm forgets finished jobs after a while). */
export async function endLostJob(em: EntityManager, job: Job, actor: string, now: Date): Promise<void> {
  await endJob(em, job, {
    to: JobStatus.FAILED,
    reason: JobReason.ENGINE_LOST,
    message: `failed: the cluster no longer knows engine job ${job.externalId ?? job.marker}; its outcome is unknown`,
    actor,
    at: now,
  });
}
