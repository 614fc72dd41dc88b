import type { JobReason } from '../modules/jobs/jobs.enums';

/** One pool the scheduler considered for a job, and what it concluded. */
export interface CandidateNote {
  poolId: string;
  pool: string;
  region: string;
  gpuType: string;
  outcome: 'CHOSEN' | 'REFUSED' | 'NOT_TRIED';
  reason: JobReason;
  message: string;
  /** For priced candidates: micro-units per GPU-hour it would run at. */
  unitPrice?: string;
}

/** The scheduler's last look at a job: `explainPlacement` returns it as stored on the job. */
export interface PlacementExplanation {
  evaluatedAt: string;
  verdict: 'PLACED' | 'WAITING' | 'REJECTED';
  reason: JobReason;
  message: string;
  candidates: CandidateNote[];
  /** Jobs preempted to make room, if any. */
  preempted: string[];
}
