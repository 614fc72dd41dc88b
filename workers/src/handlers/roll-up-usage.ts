import { rollUpAndRate, rollUpUsageJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** After ingestion (and every few seconds): usage into the hourly roll-ups, touched drafts re-rated, spend alerts raised. */
export const rollUpUsageHandler = defineHandler(rollUpUsageJob, async (_payload, { em, log }) => {
  const summary = await rollUpAndRate(em, new Date(), (err, where) => log.error({ err, ...where }, 'billing step failed'));
  if (summary.events) log.info(summary, 'usage rolled up');
  return summary;
});
