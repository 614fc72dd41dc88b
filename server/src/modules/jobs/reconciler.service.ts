import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { SecretBox } from '../../lib/secret-box';
import type { Logger } from '../../lib/logger';
import type { DriverJobStatus } from '../../drivers/driver';
import { recordJobUsage, USAGE_INTERVAL_MS } from '../metering/job-usage';
import { attemptMarker, Job } from './job.entity';
import { ENDED_STATUSES, JobStatus } from './jobs.enums';
import { SYSTEM } from './job-transition';
import { endJob } from './job-end';
import { applyEngineStatus, endLostJob } from './job-engine-state';
import { askToProvision, clusterDriver, lockMarkers, MAX_PROVISION_FAILURES } from './provisioning.service';
import { releaseCapacity } from './job-capacity';
import { followUpEngineStops, openEngineStops } from './engine-stop.service';
import { JobReason } from './jobs.enums';
import { groupBy } from '../../lib/group-by';

export interface ReconcileSummary {
  checked: number;
  started: number;
  ended: number;
  lost: number;
  reprovisioned: number;
  /** Stops asked again: the engine still ran an attempt Headroom had stopped. */
  stopped: number;
  /** Stops the engine confirmed (the attempt ended), no longer followed up. */
  stopsConfirmed: number;
  usageRecorded: number;
  released: number;
  unreachableClusters: string[];
}

/**
 * The level-triggered reconciler (DESIGN.md rule 3): compares what the database believes with
 * what each engine reports and repairs the difference, whatever was lost on the way — a worker
 * killed mid-provisioning, Redis emptied, a server restarted, an engine that finished work while
 * nobody watched. Safe to run anywhere, any number of times.
 */
export async function reconcileJobs(
  em: EntityManager,
  secrets: SecretBox,
  log: Logger,
  options: { now?: Date; provisionRetryMs: number },
): Promise<ReconcileSummary> {
  const now = options.now ?? new Date();
  const summary: ReconcileSummary = {
    checked: 0,
    started: 0,
    ended: 0,
    lost: 0,
    reprovisioned: 0,
    stopped: 0,
    stopsConfirmed: 0,
    usageRecorded: 0,
    released: 0,
    unreachableClusters: [],
  };
  // Plain rows, not entities: most live work still runs as the engine says, and only the jobs the
  // engines' answers say something about are loaded (and locked) below.
  const live = (
    await em.execute<
      { id: string; attempt: number; status: JobStatus; external_id: string | null; status_changed_at: Date; cluster_id: string | null }[]
    >(`select id, attempt, status, external_id, status_changed_at, cluster_id from jobs where status in (?, ?) order by id`, [
      JobStatus.PROVISIONING,
      JobStatus.RUNNING,
    ])
  ).map((r): LiveJob => ({
    id: r.id,
    marker: attemptMarker(r.id, r.attempt),
    attempt: r.attempt,
    status: r.status,
    externalId: r.external_id,
    statusChangedAt: new Date(r.status_changed_at),
    clusterId: r.cluster_id,
  }));
  // What each job was when the engines were asked.
  const asked = new Map(live.map((j) => [j.id, versionOf(j)]));
  // Attempts Headroom stopped that their engine has not confirmed ended, whatever attempt their job is on now.
  const stops = await openEngineStops(em);
  const liveByCluster = groupBy(
    live.filter((j) => j.clusterId),
    (j) => j.clusterId!,
  );
  const stopsByCluster = groupBy(stops, (s) => s.cluster.id);

  for (const clusterId of new Set([...liveByCluster.keys(), ...stopsByCluster.keys()])) {
    const jobs = { live: liveByCluster.get(clusterId) ?? [], stops: stopsByCluster.get(clusterId) ?? [] };
    let statuses: Map<string, DriverJobStatus>;
    let driver;
    try {
      driver = await clusterDriver(em, clusterId, secrets);
      const markers = [...jobs.live.map((j) => j.marker), ...jobs.stops.map((s) => s.marker)];
      statuses = new Map((await driver.status(markers)).map((s) => [s.marker, s]));
    } catch (error) {
      summary.unreachableClusters.push(clusterId);
      log.warn({ err: error, clusterId }, 'reconciler: cluster did not answer; its jobs are left as they are');
      continue;
    }
    summary.checked += jobs.live.length;
    // Stopped in Headroom but not ended in the engine (the stop message was lost): stop again.
    const followUp = await followUpEngineStops(em, jobs.stops, statuses, now);
    summary.stopped += followUp.askedAgain;
    summary.stopsConfirmed += followUp.confirmed;
    // Only jobs the engine's answer (or its silence) says something about are locked and changed:
    // running work that still runs is left alone, so provisioners are not held up.
    const due = jobs.live.filter((job) => {
      const status = statuses.get(job.marker);
      if (status)
        return (
          status.state !== 'PENDING' && status.state !== 'UNKNOWN' && !(status.state === 'RUNNING' && job.status === JobStatus.RUNNING)
        );
      if (job.externalId) return true;
      return job.status === JobStatus.PROVISIONING && now.getTime() - job.statusChangedAt.getTime() > options.provisionRetryMs;
    });
    if (!due.length) continue;
    await em.transactional(async (tx) => {
      const locked = await tx.find(Job, { id: { $in: due.map((j) => j.id) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const handBack: Job[] = [];
      for (const job of locked) {
        // Moved on since the engine was asked (a provisioner committed its submit, another pass
        // ended it): what the engine said predates that, so it would read as lost. Next pass.
        if (asked.get(job.id) !== versionOf(job)) continue;
        const before = job.status;
        const status = statuses.get(job.marker);
        if (status) {
          if (!job.externalId) job.externalId = status.externalId;
          const ended = await applyEngineStatus(tx, job, status, SYSTEM.reconciler);
          if (ended) summary.ended++;
          else if (before === JobStatus.PROVISIONING && job.status === JobStatus.RUNNING) summary.started++;
        } else if (job.externalId) {
          await endLostJob(tx, job, SYSTEM.reconciler, now);
          summary.lost++;
        } else if (
          job.status === JobStatus.PROVISIONING &&
          now.getTime() - job.statusChangedAt.getTime() > options.provisionRetryMs &&
          // A provisioner submitting it right now (a slow engine) is not a failure: leave it be.
          (await lockMarkers(tx, [job.marker])).has(job.marker)
        ) {
          job.provisionFailures += 1;
          job.statusChangedAt = now;
          if (job.provisionFailures >= MAX_PROVISION_FAILURES) {
            await endJob(tx, job, {
              to: JobStatus.FAILED,
              reason: JobReason.PROVISIONING_FAILED,
              message: `failed: the cluster could not be reached to start it after ${job.provisionFailures} rounds of retries`,
              actor: SYSTEM.reconciler,
              at: now,
            });
          } else {
            handBack.push(job);
            summary.reprovisioned++;
          }
        }
      }
      askToProvision(tx, handBack);
    });
  }

  // Usage at least every minute while jobs run.
  summary.usageRecorded = await em.transactional(async (tx) => {
    const running = await tx.find(
      Job,
      { status: JobStatus.RUNNING, usageRecordedUntil: { $lt: new Date(now.getTime() - USAGE_INTERVAL_MS) } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    return recordJobUsage(tx, running, now);
  });

  // Capacity still held by work that ended (a crash between the two writes cannot happen in one
  // transaction, but a bug or a manual edit can): released.
  const leaked = await em.execute<{ job_id: string }[]>(
    `select distinct a.job_id from capacity_allocations a join jobs j on j.id = a.job_id
      where a.released_at is null and j.status in (${ENDED_STATUSES.map(() => '?').join(', ')}, 'PENDING')`,
    [...ENDED_STATUSES],
  );
  if (leaked.length) {
    await em.transactional((tx) =>
      releaseCapacity(
        tx,
        leaked.map((r) => r.job_id),
      ),
    );
    summary.released = leaked.length;
  }
  return summary;
}

/** A job the engines are asked about, as far as the reconciler's decisions go. */
interface LiveJob {
  id: string;
  marker: string;
  attempt: number;
  status: JobStatus;
  externalId: string | null;
  statusChangedAt: Date;
  clusterId: string | null;
}

/** What a job's row said, as far as the reconciler's decisions go. */
const versionOf = (j: Pick<LiveJob, 'attempt' | 'status' | 'statusChangedAt'> & { externalId?: string | null }) =>
  `${j.attempt}|${j.status}|${j.externalId ?? ''}|${j.statusChangedAt.getTime()}`;
