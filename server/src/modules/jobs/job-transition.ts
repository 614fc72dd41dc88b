import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { Job } from './job.entity';
import { JobEvent } from './job-event.entity';
import { JobReason, JobStatus } from './jobs.enums';

/** Where each status may go (DESIGN.md, GPU job lifecycle). CANCELLED from anything not ended. */
const NEXT: Record<JobStatus, readonly JobStatus[]> = {
  PENDING: [JobStatus.ADMITTED, JobStatus.REJECTED, JobStatus.CANCELLED],
  ADMITTED: [JobStatus.PROVISIONING, JobStatus.PENDING, JobStatus.PREEMPTED, JobStatus.CANCELLED],
  PROVISIONING: [JobStatus.RUNNING, JobStatus.FAILED, JobStatus.SUCCEEDED, JobStatus.PREEMPTED, JobStatus.CANCELLED],
  RUNNING: [JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.PREEMPTED, JobStatus.CANCELLED],
  PREEMPTED: [JobStatus.PENDING],
  SUCCEEDED: [],
  FAILED: [],
  CANCELLED: [],
  REJECTED: [],
};

export function canMove(from: JobStatus, to: JobStatus): boolean {
  return NEXT[from].includes(to);
}

export interface Transition {
  to: JobStatus;
  reason: JobReason;
  message: string;
  /** `USER:usr_…`, `API_KEY:key_…` or `SYSTEM:<component>`. */
  actor: string;
  details?: Record<string, unknown>;
  at?: Date;
}

/** Writes one event row for the job; `from` null only for its first. */
function recordEvent(em: EntityManager, job: Job, from: JobStatus | null, e: Transition & { at: Date }): JobEvent {
  const event = eventOf(em, job, from, e);
  em.persist(event);
  return event;
}

function eventOf(em: EntityManager, job: Job, from: JobStatus | null, e: Transition & { at: Date }): JobEvent {
  return em.create(
    JobEvent,
    {
      id: newId('jobEvent'),
      job,
      organizationId: job.organization.id,
      fromStatus: from,
      toStatus: e.to,
      reason: e.reason,
      message: e.message,
      actor: e.actor,
      details: e.details ?? null,
      at: e.at,
    },
    { persist: false },
  );
}

/**
 * Moves a job to another status and records the event, in the caller's unit of work: the one
 * place a job's status changes. An impossible move is a programming error and throws.
 */
export function transition(em: EntityManager, job: Job, t: Transition): JobEvent {
  if (!canMove(job.status, t.to)) throw new Error(`job ${job.id}: ${job.status} → ${t.to} is not a lifecycle move`);
  const at = t.at ?? new Date();
  const event = recordEvent(em, job, job.status, { ...t, at });
  job.status = t.to;
  job.reason = t.reason;
  job.statusMessage = t.message;
  job.statusChangedAt = at;
  return event;
}

/** Records an event that does not change the status (a reclaim notice, a changed wait reason). */
export function note(em: EntityManager, job: Job, t: Omit<Transition, 'to'>): JobEvent {
  const event = recordEvent(em, job, job.status, { ...t, to: job.status, at: t.at ?? new Date() });
  job.reason = t.reason;
  job.statusMessage = t.message;
  return event;
}

/** The first event of a job, not saved yet (it is written with the job, `insertTogether`). */
export function created(em: EntityManager, job: Job, actor: string): JobEvent {
  return eventOf(em, job, null, {
    to: JobStatus.PENDING,
    reason: JobReason.QUEUED,
    message: 'submitted: waiting for the scheduler',
    actor,
    at: job.createdAt,
  });
}

export const SYSTEM = {
  scheduler: 'SYSTEM:scheduler',
  provisioner: 'SYSTEM:provisioner',
  reconciler: 'SYSTEM:reconciler',
} as const;
