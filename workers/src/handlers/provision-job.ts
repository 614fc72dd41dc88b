import { provisionJob, provisionJobJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** Starts a placed job on its cluster; an unreachable engine throws and BullMQ retries with backoff. */
export const provisionJobHandler = defineHandler(provisionJobJob, async ({ jobId, attempt }, { em, deps, log }) => {
  const outcome = await provisionJob(em, deps.secrets, jobId, attempt);
  if (outcome === 'failed' || outcome === 'withdrawn') log.info({ jobId, attempt, outcome }, 'job not started');
  return { outcome };
});
