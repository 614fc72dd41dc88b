import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { conflict } from '../../graphql/errors';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { scheduleJobsJob } from '../../jobs/catalog';
import { Job } from './job.entity';
import { HOLDING_STATUSES, isEnded, JobReason, JobStatus } from './jobs.enums';
import { endJob } from './job-end';
import { orderEngineStop } from './engine-stop.service';

/**
 * Cancels a job that has not ended, in the caller's transaction: CANCELLED at once (usage recorded
 * up to now, capacity released), the engine told to stop through the outbox, the scheduler woken
 * for whoever waits for the GPUs. A job that already ended is a CONFLICT naming its status.
 */
export async function cancelJob(em: EntityManager, jobId: string, actor: string, reason?: string | null): Promise<Job> {
  const job = await em.findOneOrFail(Job, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (isEnded(job.status)) {
    throw conflict(`Job ${job.id} already ended (${job.status}); only work that has not ended can be cancelled.`, {
      field: 'id',
      status: job.status,
    });
  }
  const held = HOLDING_STATUSES.includes(job.status);
  await endJob(em, job, {
    to: JobStatus.CANCELLED,
    reason: JobReason.CANCELLED_BY_USER,
    message: `cancelled by ${actor}${reason ? `: ${reason}` : ''}`,
    actor,
    at: new Date(),
  });
  if (held) {
    orderEngineStop(em, job, 'CANCEL');
    enqueueAfterCommit(em, scheduleJobsJob, { reason: 'capacity released' });
  }
  return job;
}
