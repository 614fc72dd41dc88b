import { z } from 'zod';
import { defineJob } from './contracts';

/** Jobs per provisioning message. */
export const PROVISION_BATCH = 200;

/** Deletes sessions that ended (expired or signed out) more than `olderThanDays` ago. */
export const pruneSessionsJob = defineJob({
  name: 'sessions.prune',
  queue: 'maintenance',
  payload: z.object({ olderThanDays: z.number().int().min(0).max(365) }).strict(),
  attempts: 3,
  backoffMs: 5_000,
  repeat: { everyMs: 3_600_000, payload: { olderThanDays: 7 } },
});

/** Asks every active cluster's engine for its health and (Slurm) syncs pools and node states. */
export const checkClustersJob = defineJob({
  name: 'clusters.check',
  queue: 'maintenance',
  payload: z.object({}).strict(),
  attempts: 1,
  backoffMs: 1_000,
  repeat: { everyMs: 30_000, payload: {} },
});

/** Ends ACTIVE contracts whose period is over (EXPIRED) and releases their reserved capacity. */
export const expireContractsJob = defineJob({
  name: 'contracts.expire',
  queue: 'maintenance',
  payload: z.object({}).strict(),
  attempts: 3,
  backoffMs: 5_000,
  repeat: { everyMs: 300_000, payload: {} },
});

/**
 * Runs a scheduling pass: admits, places and preempts waiting work. Kicked through the outbox
 * when a job is submitted, cancelled or ends, and by the reconciler; passes never overlap.
 */
export const scheduleJobsJob = defineJob({
  name: 'jobs.schedule',
  queue: 'jobs',
  payload: z.object({ reason: z.string().max(80) }).strict(),
  attempts: 3,
  backoffMs: 500,
  coalesce: true,
});

/**
 * Starts placed jobs' current attempts on their cluster, a batch per message (idempotent: the
 * engine is asked for each marker first).
 */
export const provisionJobJob = defineJob({
  name: 'jobs.provision',
  queue: 'jobs',
  payload: z
    .object({
      jobs: z
        .array(z.object({ jobId: z.string().min(1).max(40), attempt: z.number().int().min(1) }).strict())
        .min(1)
        .max(PROVISION_BATCH),
    })
    .strict(),
  attempts: 5,
  backoffMs: 1_000,
});

/** Stops an attempt in its engine after Headroom cancelled or preempted it. */
export const stopJobJob = defineJob({
  name: 'jobs.stop',
  queue: 'jobs',
  payload: z
    .object({
      jobId: z.string().min(1).max(40),
      clusterId: z.string().min(1).max(40),
      marker: z.string().min(1).max(80),
      mode: z.enum(['CANCEL', 'PREEMPT']),
      reason: z.string().max(500),
    })
    .strict(),
  attempts: 8,
  backoffMs: 1_000,
});

/**
 * The level-triggered reconciler: compares what the database believes with what each engine
 * reports and repairs drift (ended runs, lost provisioning, unreleased capacity), records usage
 * every minute while jobs run, and runs a scheduling pass.
 */
export const reconcileJobsJob = defineJob({
  name: 'jobs.reconcile',
  queue: 'jobs',
  payload: z.object({}).strict(),
  attempts: 1,
  backoffMs: 1_000,
  repeat: { everyMs: 5_000, payload: {} },
});

/**
 * Adds stored usage events into the hourly roll-ups, then brings the touched draft invoices up to
 * date and raises spend-cap alerts. Kicked through the outbox after ingestion (coalesced) and on a
 * schedule as a backstop.
 */
export const rollUpUsageJob = defineJob({
  name: 'usage.rollup',
  queue: 'billing',
  payload: z.object({}).strict(),
  attempts: 5,
  backoffMs: 1_000,
  coalesce: true,
  repeat: { everyMs: 10_000, payload: {} },
});

/**
 * The billing cycle: finalizes the invoices of months that ended (after the grace period), keeps
 * the open month's drafts current (commitments bill whether used or not) and raises spend-cap alerts.
 */
export const billingCycleJob = defineJob({
  name: 'billing.cycle',
  queue: 'billing',
  payload: z.object({}).strict(),
  attempts: 3,
  backoffMs: 5_000,
  repeat: { everyMs: 60_000, payload: {} },
});

/** Every job contract; the workers refuse to start unless each has exactly one handler. */
export const jobContracts = [
  pruneSessionsJob,
  checkClustersJob,
  expireContractsJob,
  scheduleJobsJob,
  provisionJobJob,
  stopJobJob,
  reconcileJobsJob,
  rollUpUsageJob,
  billingCycleJob,
] as const;
