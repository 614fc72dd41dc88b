import type { EntityManager } from '@mikro-orm/postgresql';
import { recordJobUsage } from '../metering/job-usage';
import type { Job } from './job.entity';
import { HOLDING_STATUSES, JobStatus } from './jobs.enums';
import { transition, type Transition } from './job-transition';
import { releaseCapacity } from './job-capacity';

/**
 * Ends a job — the one way every ending goes (engine end, lost, refused, cancelled, preempted,
 * rejected): usage recorded up to the end if it ran, the final transition with its event, the end
 * time, and the GPUs it held released. In the caller's transaction, with the job locked.
 */
export async function endJob(em: EntityManager, job: Job, end: Transition & { at: Date }): Promise<void> {
  const held = HOLDING_STATUSES.includes(job.status);
  if (job.status === JobStatus.RUNNING) await recordJobUsage(em, [job], end.at);
  transition(em, job, end);
  job.endedAt = end.at;
  if (!held) return;
  await em.flush();
  await releaseCapacity(em, [job.id]);
}
