import { provisionJobJob, provisionJobs } from '@headroom/server';
import { defineHandler } from '../handler';

/** Starts a batch of placed jobs on their cluster; an unreachable engine throws and BullMQ retries with backoff. */
export const provisionJobHandler = defineHandler(provisionJobJob, async ({ jobs }, { em, deps, log }) => {
  const outcomes = await provisionJobs(em, deps.secrets, jobs);
  const notStarted = [...outcomes].filter(([, o]) => o === 'failed' || o === 'withdrawn');
  if (notStarted.length) log.info({ notStarted }, 'jobs not started');
  return Object.fromEntries(outcomes);
});
