import { z } from 'zod';
import { defineJob } from './contracts';

/** Deletes sessions that ended (expired or signed out) more than `olderThanDays` ago. */
export const pruneSessionsJob = defineJob({
  name: 'sessions.prune',
  queue: 'maintenance',
  payload: z.object({ olderThanDays: z.number().int().min(0).max(365) }).strict(),
  attempts: 3,
  backoffMs: 5_000,
  repeat: { everyMs: 3_600_000, payload: { olderThanDays: 7 } },
});

/** Asks every active cluster's engine for its health and (Slurm) syncs pools and node states. */
export const checkClustersJob = defineJob({
  name: 'clusters.check',
  queue: 'maintenance',
  payload: z.object({}).strict(),
  attempts: 1,
  backoffMs: 1_000,
  repeat: { everyMs: 30_000, payload: {} },
});

/** Ends ACTIVE contracts whose period is over (EXPIRED) and releases their reserved capacity. */
export const expireContractsJob = defineJob({
  name: 'contracts.expire',
  queue: 'maintenance',
  payload: z.object({}).strict(),
  attempts: 3,
  backoffMs: 5_000,
  repeat: { everyMs: 300_000, payload: {} },
});

/** Every job contract; the workers refuse to start unless each has exactly one handler. */
export const jobContracts = [pruneSessionsJob, checkClustersJob, expireContractsJob] as const;
