import { billingCycleJob, runBillingCycle } from '@headroom/server';
import { defineHandler } from '../handler';

/** Every minute: ended months finalized after the grace period, this month's drafts kept current, spend alerts raised. */
export const billingCycleHandler = defineHandler(billingCycleJob, async (_payload, { em, deps, log }) => {
  const summary = await runBillingCycle(em, deps.env.BILLING_CLOSE_GRACE_HOURS * 3_600_000);
  if (summary.finalized || summary.alerts) log.info(summary, 'billing cycle');
  return summary;
});
