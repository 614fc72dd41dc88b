import { billingCycleJob, runBillingCycle } from '@headroom/server';
import { defineHandler } from '../handler';

/** Every minute: ended months finalized after the grace period, this month's drafts kept current, spend alerts raised. */
export const billingCycleHandler = defineHandler(billingCycleJob, async (_payload, { em, deps, log }) => {
  const summary = await runBillingCycle(em, deps.env.BILLING_CLOSE_GRACE_HOURS * 3_600_000, new Date(), (err, where) =>
    log.error({ err, ...where }, 'billing step failed'),
  );
  if (summary.finalized || summary.alerts || summary.failed) log.info(summary, 'billing cycle');
  return summary;
});
