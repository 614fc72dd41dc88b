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

/** Every job contract; the workers refuse to start unless each has exactly one handler. */
export const jobContracts = [pruneSessionsJob] as const;
