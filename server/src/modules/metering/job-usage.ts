import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import type { Job } from '../jobs/job.entity';

/** Usage is recorded at least this often while a job runs. */
export const USAGE_INTERVAL_MS = 60_000;

/**
 * Records the GPU time a job used since usage was last recorded, up to `until`, as one
 * deduplicated usage event (DESIGN.md rule 5), and moves the job's mark. Called at every state
 * change and at least every minute while it runs. The dedup key is the job, its attempt and the
 * interval's start: recording the same interval again (a retried handler) inserts nothing.
 * Whole seconds only; the remainder stays for the next interval.
 */
export async function recordJobUsage(em: EntityManager, job: Job, until: Date): Promise<number> {
  const from = job.usageRecordedUntil ?? job.startedAt;
  if (!from || !job.pool || !job.region || !job.gpuType) return 0;
  const seconds = Math.floor((until.getTime() - from.getTime()) / 1000);
  if (seconds <= 0) return 0;
  const end = new Date(from.getTime() + seconds * 1000);
  const inserted = await em.execute(
    `insert into usage_events (id, dedup_key, organization_id, project_id, job_id, attempt, gpu_type_id, region_id, pool_id,
                               capacity_class, gpus, seconds, started_at, ended_at, currency, unit_price, commitment_id, recorded_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
     on conflict (dedup_key) do nothing`,
    [
      newId('usageEvent'),
      `job:${job.id}:${job.attempt}:${from.getTime()}`,
      job.organization.id,
      job.project.id,
      job.id,
      job.attempt,
      job.gpuType.id,
      job.region.id,
      job.pool.id,
      job.capacityClass,
      job.gpus,
      seconds,
      from,
      end,
      job.currency ?? null,
      job.unitPrice?.toString() ?? null,
      job.commitment?.id ?? null,
    ],
    'run',
  );
  job.usageRecordedUntil = end;
  return (inserted as { affectedRows?: number }).affectedRows ?? 0;
}
