import { pruneSessions, pruneSessionsJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** Hourly: deletes sessions that ended more than a week ago. */
export const pruneSessionsHandler = defineHandler(pruneSessionsJob, async (payload, { em, log }) => {
  const deleted = await pruneSessions(em, payload.olderThanDays);
  log.info({ deleted }, 'sessions pruned');
  return { deleted };
});
