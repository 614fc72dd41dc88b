/** What the workers and the tests use from the server package. */
export { env, parseEnv, type Env } from './config/env';
export { logger, type Logger } from './lib/logger';
export { onShutdown } from './lib/shutdown';
export { bootCore, type Core } from './boot';
export { createApp, type App } from './app';
export type { AppDeps } from './app-deps';
export { listen, close, urlOf } from './http/listen';
export { bullConnection, createQueues, closeQueues, addJob, type Queues } from './jobs/queues';
export { relayOutbox, enqueueAfterCommit } from './jobs/outbox';
export {
  jobContracts,
  pruneSessionsJob,
  checkClustersJob,
  expireContractsJob,
  scheduleJobsJob,
  provisionJobJob,
  stopJobJob,
  reconcileJobsJob,
  rollUpUsageJob,
  billingCycleJob,
} from './jobs/catalog';
export { rollUpAndRate, runBillingCycle } from './modules/billing/billing-cycle.service';
export { runSchedulingPass, PASS_LIMIT } from './modules/jobs/scheduling.service';
export { provisionJobs, stopInEngine } from './modules/jobs/provisioning.service';
export { reconcileJobs } from './modules/jobs/reconciler.service';
export { expireContracts } from './modules/contracts/contract.service';
export { checkAllClusters } from './modules/inventory/cluster-sync.service';
export { driverFor } from './drivers/driver-for';
export type { JobContract } from './jobs/contracts';
export { DEMO_LOGINS, DEMO_PASSWORD } from './db/seeders/demo';
export { pruneSessions } from './modules/tenancy/session.maintenance';
