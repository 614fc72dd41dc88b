import { reconcileJobs, reconcileJobsJob } from '@headroom/server';
import { defineHandler } from '../handler';
import { runPassesWhileDirty } from '../scheduling-passes';

/** Every few seconds: engines and database brought back in line, usage recorded, then scheduling passes. */
export const reconcileJobsHandler = defineHandler(reconcileJobsJob, async (_payload, { em, deps, log }) => {
  const summary = await reconcileJobs(em, deps.secrets, log, { provisionRetryMs: deps.env.JOBS_PROVISION_RETRY_MS });
  // Through the same protocol as every pass: a message that found this one running is looked at.
  const pass = await runPassesWhileDirty(em, deps);
  const changed =
    summary.started + summary.ended + summary.lost + summary.reprovisioned + summary.stopped + summary.stopsConfirmed + summary.released;
  if (changed || pass.placed || pass.preempted) log.info({ ...summary, placed: pass.placed, preempted: pass.preempted }, 'jobs reconciled');
  return { ...summary, placed: pass.placed };
});
