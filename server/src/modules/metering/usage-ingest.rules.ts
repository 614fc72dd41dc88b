import { CapacityClass } from '../inventory/inventory.enums';
import { monthStart } from '../contracts/pricing';
import { UsageKind } from './usage.enums';
import { skuOf } from './usage-sku';

/** Events per ingestion call: a trusted data plane batches up to this many. */
export const MAX_USAGE_BATCH = 1_000;

/** How far ahead of the server's clock an event may be dated (clock skew between data planes). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * The largest quantity one event may carry: 10^12 (an hour of 277 million GPUs in GPU-seconds, or a
 * trillion tokens) — far above any real event, far below what could overflow an hourly roll-up.
 */
export const MAX_QUANTITY = 10n ** 12n;

/** How old an event may be: older usage is refused rather than billed on a months-old invoice. */
export const MAX_AGE_DAYS = 400;

/** Dedup keys Headroom gives its own jobs' usage; nobody else may use them. */
export const JOB_DEDUP_PREFIX = 'job:';

const DEDUP_KEY = /^[\x21-\x7e]{1,160}$/;

/** One event as a data plane (or a job) reports it. */
export interface UsageEventDraft {
  dedupKey: string;
  organizationId: string;
  projectId: string;
  kind: UsageKind;
  quantity: bigint;
  occurredAt: Date;
  gpuTypeId?: string | null;
  capacityClass?: CapacityClass | null;
  regionId?: string | null;
  modelId?: string | null;
  jobId?: string | null;
  /** Headroom's own jobs: the interval and placement behind the GPU-seconds. */
  jobInterval?: JobInterval;
}

/** What a job's usage event also records: the attempt's interval, where it ran, at what price. */
export interface JobInterval {
  attempt: number;
  poolId: string;
  gpus: number;
  seconds: number;
  startedAt: Date;
  endedAt: Date;
  currency: string | null;
  unitPrice: bigint | null;
  commitmentId: string | null;
}

/** What the database knows about the IDs a batch names. */
export interface UsageReferences {
  organizations: ReadonlySet<string>;
  /** The capacity owner's organizations: the only ones whose GPU time is INTERNAL. */
  internalOrganizations: ReadonlySet<string>;
  /** project → its organization */
  projects: ReadonlyMap<string, string>;
  gpuTypes: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  models: ReadonlySet<string>;
  /** job → its organization */
  jobs: ReadonlyMap<string, string>;
  /** organization → the first month whose invoice is still open (later than every finalized one); absent: all open. */
  openFrom: ReadonlyMap<string, Date>;
}

export interface UsageRejection {
  index: number;
  dedupKey: string;
  /** The input field at fault, e.g. `events.3.quantity`. */
  field: string;
  reason: string;
}

export interface UsageAdjustment {
  index: number;
  dedupKey: string;
  billedMonth: Date;
  reason: string;
}

/** An event ready to store: its SKU and the month whose invoice bills it. */
export interface AcceptedUsage extends UsageEventDraft {
  index: number;
  sku: string;
  billedMonth: Date;
}

export interface CheckedBatch {
  accepted: AcceptedUsage[];
  rejected: UsageRejection[];
  adjusted: UsageAdjustment[];
  /** Repeats of a dedup key earlier in the same batch (the first one counts). */
  repeatedInBatch: number;
}

const monthName = (month: Date) => month.toISOString().slice(0, 7);

/** What identifies an event: its organization and its dedup key. */
export const usageKey = (event: { organizationId: string; dedupKey: string }): string => `${event.organizationId} ${event.dedupKey}`;

function problemOf(event: UsageEventDraft, refs: UsageReferences, now: Date): [field: string, reason: string] | null {
  if (!DEDUP_KEY.test(event.dedupKey)) return ['dedupKey', 'A dedup key is 1–160 printable characters without spaces.'];
  if (event.dedupKey.startsWith(JOB_DEDUP_PREFIX) !== !!event.jobInterval) {
    return ['dedupKey', `Keys starting with "${JOB_DEDUP_PREFIX}" are Headroom's own jobs' usage; choose another.`];
  }
  if (event.quantity < 0n) return ['quantity', `A quantity cannot be negative (got ${event.quantity}).`];
  if (event.quantity > MAX_QUANTITY) return ['quantity', `A quantity is at most ${MAX_QUANTITY} (got ${event.quantity}).`];
  if (Number.isNaN(event.occurredAt.getTime())) return ['occurredAt', 'occurredAt is not a valid time.'];
  if (event.occurredAt.getTime() < now.getTime() - MAX_AGE_DAYS * 86_400_000) {
    return ['occurredAt', `Usage older than ${MAX_AGE_DAYS} days is not accepted (${event.occurredAt.toISOString()}).`];
  }
  if (event.occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return ['occurredAt', `Usage cannot be dated in the future (${event.occurredAt.toISOString()} is after ${now.toISOString()}).`];
  }
  if (!refs.organizations.has(event.organizationId)) return ['organizationId', `No organization ${event.organizationId}.`];
  const projectOrg = refs.projects.get(event.projectId);
  if (!projectOrg) return ['projectId', `No project ${event.projectId}.`];
  if (projectOrg !== event.organizationId) {
    return ['projectId', `Project ${event.projectId} belongs to another organization, not ${event.organizationId}.`];
  }
  if (event.jobId != null && !event.jobInterval)
    return ['jobId', 'Headroom records its own jobs’ GPU time itself; report other work without a job.'];
  if (event.jobId != null) {
    const jobOrg = refs.jobs.get(event.jobId);
    if (!jobOrg) return ['jobId', `No job ${event.jobId}.`];
    if (jobOrg !== event.organizationId)
      return ['jobId', `Job ${event.jobId} belongs to another organization, not ${event.organizationId}.`];
  }
  if (event.kind === UsageKind.GPU_SECONDS) {
    if (event.modelId != null) return ['modelId', 'GPU usage names a GPU type, class and region, not a model.'];
    if (event.gpuTypeId == null || !refs.gpuTypes.has(event.gpuTypeId))
      return ['gpuTypeId', `Unknown SKU: no GPU type ${event.gpuTypeId ?? '(none given)'}.`];
    if (event.regionId == null || !refs.regions.has(event.regionId))
      return ['regionId', `Unknown SKU: no region ${event.regionId ?? '(none given)'}.`];
    if (event.capacityClass == null) return ['capacityClass', 'GPU usage needs its capacity class.'];
    if (event.capacityClass === CapacityClass.INTERNAL && !refs.internalOrganizations.has(event.organizationId)) {
      return ['capacityClass', 'INTERNAL is the class of the capacity owner’s own work only.'];
    }
    return null;
  }
  if (event.gpuTypeId != null || event.regionId != null || event.capacityClass != null || event.jobId != null) {
    return ['modelId', 'Token usage names a model only (no GPU type, region, class or job).'];
  }
  if (event.modelId == null || !refs.models.has(event.modelId))
    return ['modelId', `Unknown SKU: no model ${event.modelId ?? '(none given)'}.`];
  return null;
}

/**
 * Checks a batch event by event: a bad event is rejected with its field and reason and the rest go
 * on (nothing else is lost). An event dated in a month whose invoice is finalized is accepted and
 * billed on the first open month's invoice as an adjustment, and says so.
 */
export function checkUsageBatch(events: readonly UsageEventDraft[], refs: UsageReferences, now: Date): CheckedBatch {
  const result: CheckedBatch = { accepted: [], rejected: [], adjusted: [], repeatedInBatch: 0 };
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const problem = problemOf(event, refs, now);
    if (problem) {
      result.rejected.push({ index, dedupKey: event.dedupKey, field: `events.${index}.${problem[0]}`, reason: problem[1] });
      return;
    }
    // Dedup keys are unique per organization: two tenants' data planes may pick the same one.
    const key = usageKey(event);
    if (seen.has(key)) {
      result.repeatedInBatch += 1;
      return;
    }
    seen.add(key);
    const ownMonth = monthStart(event.occurredAt);
    const openFrom = refs.openFrom.get(event.organizationId);
    const billedMonth = openFrom && openFrom > ownMonth ? openFrom : ownMonth;
    if (billedMonth !== ownMonth) {
      result.adjusted.push({
        index,
        dedupKey: event.dedupKey,
        billedMonth,
        reason: `The ${monthName(ownMonth)} invoice is finalized: this usage is billed on the ${monthName(billedMonth)} invoice as an adjustment.`,
      });
    }
    const sku =
      event.kind === UsageKind.GPU_SECONDS
        ? skuOf({ kind: event.kind, gpuTypeId: event.gpuTypeId!, capacityClass: event.capacityClass!, regionId: event.regionId! })
        : skuOf({ kind: event.kind, modelId: event.modelId! });
    result.accepted.push({ ...event, index, sku, billedMonth });
  });
  return result;
}
