import { jobContracts } from '@headroom/server';
import type { Handler } from './handler';
import { pruneSessionsHandler } from './handlers/prune-sessions';
import { checkClustersHandler } from './handlers/check-clusters';
import { expireContractsHandler } from './handlers/expire-contracts';
import { scheduleJobsHandler } from './handlers/schedule-jobs';
import { provisionJobHandler } from './handlers/provision-job';
import { stopJobHandler } from './handlers/stop-job';
import { reconcileJobsHandler } from './handlers/reconcile-jobs';
import { rollUpUsageHandler } from './handlers/roll-up-usage';
import { billingCycleHandler } from './handlers/billing-cycle';

/** Every handler. */
export const handlers: Handler[] = [
  pruneSessionsHandler as unknown as Handler,
  checkClustersHandler as unknown as Handler,
  expireContractsHandler as unknown as Handler,
  scheduleJobsHandler as unknown as Handler,
  provisionJobHandler as unknown as Handler,
  stopJobHandler as unknown as Handler,
  reconcileJobsHandler as unknown as Handler,
  rollUpUsageHandler as unknown as Handler,
  billingCycleHandler as unknown as Handler,
];

/**
 * name → handler, refusing to start when a contract has no handler, two handlers, or a handler
 * has no contract: a job that nobody would ever run must fail at boot, not sit in Redis.
 */
export function handlerRegistry(list: Handler[] = handlers, contracts: readonly { name: string }[] = jobContracts): Map<string, Handler> {
  const problems: string[] = [];
  const byName = new Map<string, Handler>();
  for (const handler of list) {
    if (byName.has(handler.contract.name)) problems.push(`two handlers for ${handler.contract.name}`);
    byName.set(handler.contract.name, handler);
  }
  for (const contract of contracts) if (!byName.has(contract.name)) problems.push(`no handler for ${contract.name}`);
  for (const name of byName.keys()) if (!contracts.some((c) => c.name === name)) problems.push(`handler ${name} has no job contract`);
  if (problems.length) throw new Error(`job registry: ${problems.join('; ')}`);
  return byName;
}
