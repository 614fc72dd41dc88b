import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from '../jobs/job.entity';
import { UsageKind } from './usage.enums';
import type { UsageEventDraft } from './usage-ingest.rules';
import { ingestUsage } from './usage-ingest.service';

/** Usage is recorded at least this often while a job runs. */
export const USAGE_INTERVAL_MS = 60_000;

const HOUR_MS = 3_600_000;

/**
 * The usage events for a job's GPU time since it was last recorded, up to `until`: whole seconds
 * (the remainder waits for the next interval), cut at each hour boundary so every event falls in
 * one roll-up hour. The dedup key is the job, its attempt and the interval's start: recording the
 * same interval again (a retried handler) stores nothing.
 */
function jobIntervals(job: Job, until: Date): { drafts: UsageEventDraft[]; end: Date | null } {
  const from = job.usageRecordedUntil ?? job.startedAt;
  if (!from || !job.pool || !job.region || !job.gpuType) return { drafts: [], end: null };
  const seconds = Math.floor((until.getTime() - from.getTime()) / 1000);
  if (seconds <= 0) return { drafts: [], end: null };
  const end = from.getTime() + seconds * 1000;
  const drafts: UsageEventDraft[] = [];
  for (let start = from.getTime(); start < end;) {
    const stop = Math.min(end, (Math.floor(start / HOUR_MS) + 1) * HOUR_MS);
    // Whole seconds of each piece, so the pieces add up to exactly `seconds`.
    const interval = Math.floor((stop - from.getTime()) / 1000) - Math.floor((start - from.getTime()) / 1000);
    if (interval === 0) {
      start = stop;
      continue;
    }
    drafts.push({
      dedupKey: `job:${job.id}:${job.attempt}:${start}`,
      organizationId: job.organization.id,
      projectId: job.project.id,
      kind: UsageKind.GPU_SECONDS,
      quantity: BigInt(job.gpus) * BigInt(interval),
      occurredAt: new Date(start),
      gpuTypeId: job.gpuType.id,
      capacityClass: job.capacityClass,
      regionId: job.region.id,
      jobId: job.id,
      jobInterval: {
        attempt: job.attempt,
        poolId: job.pool.id,
        gpus: job.gpus,
        seconds: interval,
        startedAt: new Date(start),
        endedAt: new Date(stop),
        currency: job.currency ?? null,
        unitPrice: job.unitPrice ?? null,
        commitmentId: job.commitment?.id ?? null,
      },
    });
    start = stop;
  }
  return { drafts, end: new Date(end) };
}

/**
 * Records running jobs' GPU time up to `until` as deduplicated usage events through the one
 * ingestion path (DESIGN.md rule 5), and moves each job's mark. Called at every state change and at
 * least every minute while jobs run. Returns how many events were new.
 */
export async function recordJobUsage(em: EntityManager, jobs: readonly Job[], until: Date): Promise<number> {
  const marks: [Job, Date][] = [];
  const drafts: UsageEventDraft[] = [];
  for (const job of jobs) {
    const { drafts: mine, end } = jobIntervals(job, until);
    if (!end) continue;
    drafts.push(...mine);
    marks.push([job, end]);
  }
  let stored = 0;
  for (let i = 0; i < drafts.length; i += 1_000) {
    const result = await ingestUsage(em, drafts.slice(i, i + 1_000), until);
    if (result.rejected.length) {
      throw new Error(`job usage refused: ${result.rejected.map((r) => `${r.dedupKey} ${r.field}: ${r.reason}`).join('; ')}`);
    }
    stored += result.accepted;
  }
  for (const [job, end] of marks) job.usageRecordedUntil = end;
  return stored;
}
