import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { newId } from '../../lib/ids';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { rollUpUsageJob } from '../../jobs/catalog';
import {
  checkUsageBatch,
  MAX_USAGE_BATCH,
  usageKey,
  type AcceptedUsage,
  type UsageAdjustment,
  type UsageEventDraft,
  type UsageReferences,
  type UsageRejection,
} from './usage-ingest.rules';
import { OrganizationKind } from '../tenancy/tenancy.enums';
import { openBillingMonths } from '../billing/billing-periods';
import { executeBound } from '../../db/bound-sql';

export interface IngestResult {
  /** Events stored now. */
  accepted: number;
  /** Events whose dedup key was already stored (or repeated in the batch): counted once, not again. */
  duplicates: number;
  rejected: UsageRejection[];
  /** Accepted events billed on a later invoice than their own month's, which was finalized. */
  adjusted: UsageAdjustment[];
}

const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => typeof v === 'string'))];
const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Which of `values` are IDs in `table`, each with the value of its `detail` column (its organization, its kind) when asked. */
async function existing(
  em: EntityManager,
  table: string,
  values: string[],
  options: { detail?: 'organization_id' | 'kind'; lock?: boolean } = {},
): Promise<{ id: string; detail?: string }[]> {
  if (!values.length) return [];
  const columns = options.detail ? `id, ${options.detail} as detail` : 'id';
  const lock = options.lock ? 'order by id for share' : '';
  return em.execute(`select ${columns} from ${table} where id in (${placeholders(values)}) ${lock}`, values);
}

const compareKeys = (a: AcceptedUsage, b: AcceptedUsage) =>
  a.organizationId < b.organizationId
    ? -1
    : a.organizationId > b.organizationId
      ? 1
      : a.dedupKey < b.dedupKey
        ? -1
        : a.dedupKey > b.dedupKey
          ? 1
          : 0;

/**
 * What the database knows about the IDs a batch names. The organizations' rows are share-locked
 * until the caller commits, so a month cannot be finalized between choosing an event's billed
 * month and storing it (finalizing takes the row for update).
 */
async function loadReferences(em: EntityManager, events: readonly UsageEventDraft[]): Promise<UsageReferences> {
  const orgIds = distinct(events.map((e) => e.organizationId));
  // One after another: in a transaction they share one connection.
  const orgs = await existing(em, 'organizations', orgIds, { detail: 'kind', lock: true });
  const projects = await existing(em, 'projects', distinct(events.map((e) => e.projectId)), { detail: 'organization_id' });
  const gpuTypes = await existing(em, 'gpu_types', distinct(events.map((e) => e.gpuTypeId)));
  const regions = await existing(em, 'regions', distinct(events.map((e) => e.regionId)));
  const models = await existing(em, 'models', distinct(events.map((e) => e.modelId)));
  const jobs = await existing(em, 'jobs', distinct(events.map((e) => e.jobId)), { detail: 'organization_id' });
  return {
    organizations: new Set(orgs.map((r) => r.id)),
    internalOrganizations: new Set(orgs.filter((r) => r.detail === OrganizationKind.INTERNAL).map((r) => r.id)),
    projects: new Map(projects.map((r) => [r.id, r.detail!])),
    gpuTypes: new Set(gpuTypes.map((r) => r.id)),
    regions: new Set(regions.map((r) => r.id)),
    models: new Set(models.map((r) => r.id)),
    jobs: new Map(jobs.map((r) => [r.id, r.detail!])),
    openFrom: await openBillingMonths(em, orgIds),
  };
}

/** An event as a row for `json_to_recordset`: absent keys read as null, so nulls are left out (a data plane's events carry no job fields). */
function asRow(e: AcceptedUsage): Record<string, string | number> {
  const row: Record<string, string | number> = {
    id: newId('usageEvent'),
    dedup_key: e.dedupKey,
    organization_id: e.organizationId,
    project_id: e.projectId,
    kind: e.kind,
    sku: e.sku,
    quantity: e.quantity.toString(),
    occurred_at: e.occurredAt.toISOString(),
    billed_month: e.billedMonth.toISOString(),
  };
  if (e.gpuTypeId != null) row['gpu_type_id'] = e.gpuTypeId;
  if (e.regionId != null) row['region_id'] = e.regionId;
  if (e.capacityClass != null) row['capacity_class'] = e.capacityClass;
  if (e.modelId != null) row['model_id'] = e.modelId;
  if (e.jobId != null) row['job_id'] = e.jobId;
  const job = e.jobInterval;
  if (job) {
    Object.assign(row, {
      attempt: job.attempt,
      pool_id: job.poolId,
      gpus: job.gpus,
      seconds: job.seconds,
      started_at: job.startedAt.toISOString(),
      ended_at: job.endedAt.toISOString(),
    });
    if (job.currency != null) row['currency'] = job.currency;
    if (job.unitPrice != null) row['unit_price'] = job.unitPrice.toString();
    if (job.commitmentId != null) row['commitment_id'] = job.commitmentId;
  }
  return row;
}

/**
 * Stores accepted events (one statement, the batch as one bound `json` parameter: cheaper for
 * Postgres to read than `jsonb`); a known dedup key inserts nothing. Returns the new keys.
 */
async function insertEvents(em: EntityManager, events: readonly AcceptedUsage[]): Promise<Set<string>> {
  if (!events.length) return new Set();
  const inserted = await executeBound<{ organization_id: string; dedup_key: string }>(
    em,
    `insert into usage_events (id, dedup_key, organization_id, project_id, kind, sku, quantity, occurred_at, billed_month,
                                 gpu_type_id, region_id, capacity_class, model_id, job_id, attempt, pool_id, gpus, seconds,
                                 started_at, ended_at, currency, unit_price, commitment_id, rolled_up, recorded_at)
       select id, dedup_key, organization_id, project_id, kind::usage_kind, sku, quantity, occurred_at, billed_month,
              gpu_type_id, region_id, capacity_class::capacity_class, model_id, job_id, attempt, pool_id, gpus, seconds,
              started_at, ended_at, currency, unit_price, commitment_id, false, now()
         from json_to_recordset(?::json) as x(id text, dedup_key text, organization_id text, project_id text, kind text, sku text,
              quantity bigint, occurred_at timestamptz, billed_month timestamptz, gpu_type_id text, region_id text, capacity_class text,
              model_id text, job_id text, attempt int, pool_id text, gpus int, seconds int, started_at timestamptz, ended_at timestamptz,
              currency text, unit_price bigint, commitment_id text)
     on conflict (organization_id, dedup_key) do nothing
     returning organization_id, dedup_key`,
    // In key order: two batches sharing new keys then wait for each other instead of deadlocking.
    [JSON.stringify([...events].sort(compareKeys).map(asRow))],
  );
  return new Set(inserted.map((r) => usageKey({ organizationId: r.organization_id, dedupKey: r.dedup_key })));
}

/**
 * Ingests usage idempotently (DESIGN.md rule 5), in the caller's transaction: each event is
 * checked (bad ones rejected with their field, the rest kept), stored once per dedup key, and a
 * roll-up is asked for after commit. Replaying events, in any order, changes no total.
 */
export async function ingestUsage(em: EntityManager, events: readonly UsageEventDraft[], now = new Date()): Promise<IngestResult> {
  if (events.length > MAX_USAGE_BATCH) {
    throw badInput('events', `Send at most ${MAX_USAGE_BATCH} usage events per call (got ${events.length}).`, { max: MAX_USAGE_BATCH });
  }
  const checked = checkUsageBatch(events, await loadReferences(em, events), now);
  const stored = await insertEvents(em, checked.accepted);
  if (stored.size) enqueueAfterCommit(em, rollUpUsageJob, {});
  return {
    accepted: stored.size,
    duplicates: checked.accepted.length - stored.size + checked.repeatedInBatch,
    rejected: checked.rejected,
    adjusted: checked.adjusted.filter((a) =>
      stored.has(usageKey({ organizationId: events[a.index]!.organizationId, dedupKey: a.dedupKey })),
    ),
  };
}
