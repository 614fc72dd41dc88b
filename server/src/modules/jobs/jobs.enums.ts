import { registerEnumType } from 'type-graphql';

/** The GPU job lifecycle (DESIGN.md): every transition is a JobEvent row. */
export enum JobStatus {
  PENDING = 'PENDING',
  ADMITTED = 'ADMITTED',
  PROVISIONING = 'PROVISIONING',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  PREEMPTED = 'PREEMPTED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
}

/** Statuses a job never leaves. PREEMPTED is final unless the job asked to be requeued. */
export const ENDED_STATUSES: readonly JobStatus[] = [
  JobStatus.SUCCEEDED,
  JobStatus.FAILED,
  JobStatus.PREEMPTED,
  JobStatus.CANCELLED,
  JobStatus.REJECTED,
];

/** Statuses in which a job holds GPUs. */
export const HOLDING_STATUSES: readonly JobStatus[] = [JobStatus.ADMITTED, JobStatus.PROVISIONING, JobStatus.RUNNING];

export const isEnded = (status: JobStatus) => ENDED_STATUSES.includes(status);

/** Why a job waits or was refused: machine-readable; the job's `statusMessage` says it in words. */
export enum JobReason {
  /** Not looked at by the scheduler yet. */
  QUEUED = 'QUEUED',
  QUOTA = 'QUOTA',
  SPEND_CAP = 'SPEND_CAP',
  COMMITMENT = 'COMMITMENT',
  CAPACITY = 'CAPACITY',
  /** The GPUs are free on enough nodes, but not the CPU beside them. */
  CPU = 'CPU',
  /** The GPUs (and CPU) are free on enough nodes, but not the memory beside them. */
  MEMORY = 'MEMORY',
  RESIDENCY = 'RESIDENCY',
  NO_PRICE = 'NO_PRICE',
  NO_POOL = 'NO_POOL',
  CLUSTER_UNREACHABLE = 'CLUSTER_UNREACHABLE',
  ADMITTED = 'ADMITTED',
  PLACED = 'PLACED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  EXIT_NONZERO = 'EXIT_NONZERO',
  TIME_LIMIT = 'TIME_LIMIT',
  CANCELLED_BY_USER = 'CANCELLED_BY_USER',
  CANCELLED_BY_ENGINE = 'CANCELLED_BY_ENGINE',
  PREEMPTED_FOR_INTERNAL_DEMAND = 'PREEMPTED_FOR_INTERNAL_DEMAND',
  PREEMPTED_FOR_JOB = 'PREEMPTED_FOR_JOB',
  RECLAIM_NOTICE = 'RECLAIM_NOTICE',
  REQUEUED = 'REQUEUED',
  PROVISIONING_FAILED = 'PROVISIONING_FAILED',
  ENGINE_LOST = 'ENGINE_LOST',
}

registerEnumType(JobStatus, { name: 'JobStatus', description: 'PENDING → ADMITTED → PROVISIONING → RUNNING → an end.' });
registerEnumType(JobReason, { name: 'JobReason', description: 'Why a job is where it is: waiting, refused, ended or preempted.' });
