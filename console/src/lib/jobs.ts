import type { CapacityClass, JobStatus } from '../gql/graphql';

/**
 * GPU jobs as the console shows them: statuses and classes in words, the list's filters (kept in
 * the URL), and how live events from the `jobEvents` subscription are folded into what a query
 * returned. Pure: tested without a browser.
 */

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

/** The lifecycle in its order (DESIGN.md): waiting, running, then the ends. */
export const JOB_STATUSES = [
  'PENDING',
  'ADMITTED',
  'PROVISIONING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'PREEMPTED',
  'CANCELLED',
  'REJECTED',
] as const satisfies readonly JobStatus[];

// Every status of the schema is listed: a new one fails the typecheck here until it is placed.
type Unlisted = Exclude<JobStatus, (typeof JOB_STATUSES)[number]>;
const listed: [Unlisted] extends [never] ? true : Unlisted = true;
void listed;

/** Statuses a job never leaves (PREEMPTED is final unless the job asked to be requeued). */
export const ENDED_STATUSES: readonly JobStatus[] = ['SUCCEEDED', 'FAILED', 'PREEMPTED', 'CANCELLED', 'REJECTED'];
export const ACTIVE_STATUSES: readonly JobStatus[] = ['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING'];

export const isEnded = (status: string): boolean => (ENDED_STATUSES as readonly string[]).includes(status);

const STATUS_LABELS: Record<JobStatus, string> = {
  PENDING: 'Pending',
  ADMITTED: 'Admitted',
  PROVISIONING: 'Provisioning',
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  PREEMPTED: 'Preempted',
  CANCELLED: 'Cancelled',
  REJECTED: 'Rejected',
};

const STATUS_TONES: Record<JobStatus, BadgeTone> = {
  PENDING: 'warning',
  ADMITTED: 'info',
  PROVISIONING: 'info',
  RUNNING: 'success',
  SUCCEEDED: 'neutral',
  FAILED: 'danger',
  PREEMPTED: 'warning',
  CANCELLED: 'neutral',
  REJECTED: 'danger',
};

export const jobStatusLabel = (status: string): string => STATUS_LABELS[status as JobStatus] ?? status;
export const jobStatusTone = (status: string): BadgeTone => STATUS_TONES[status as JobStatus] ?? 'neutral';

/** The classes in priority order, highest first (DESIGN.md rule 2). */
export const CAPACITY_CLASSES: readonly { value: CapacityClass; label: string; description: string }[] = [
  { value: 'INTERNAL', label: 'Internal', description: 'The owner’s own work: always first.' },
  { value: 'RESERVED', label: 'Reserved', description: 'Inside your commitment, at its rate; never preempted.' },
  {
    value: 'ON_DEMAND',
    label: 'On-demand',
    description: 'List price; reclaimed only where the pool and your contract allow, with notice.',
  },
  { value: 'SPOT', label: 'Spot', description: 'Cheapest; preempted at once when the owner needs the GPUs back.' },
];

export const capacityClassLabel = (value: string): string => CAPACITY_CLASSES.find((c) => c.value === value)?.label ?? value;

/** "8 GPUs", "2 × 8 GPUs" for a multi-node job. */
export function jobShape(gpusPerNode: number, nodes: number): string {
  const per = `${gpusPerNode} ${gpusPerNode === 1 ? 'GPU' : 'GPUs'}`;
  return nodes > 1 ? `${nodes} nodes × ${per}` : per;
}

/** Seconds as people read a duration: "45 s", "20 min", "2 h", "1 h 30 min", "3 d 4 h". */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '—';
  const s = Math.round(totalSeconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }
  if (s < 86_400 * 2) {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** `USER:usr_…` → "User usr_…", `API_KEY:key_…` → "API key key_…", `SYSTEM:scheduler` → "Scheduler". */
export function describeActor(actor: string): string {
  const [kind, ...rest] = actor.split(':');
  const id = rest.join(':');
  switch (kind) {
    case 'USER':
      return `User ${id}`;
    case 'API_KEY':
      return `API key ${id}`;
    case 'SYSTEM':
      return id ? id.charAt(0).toUpperCase() + id.slice(1) : 'System';
    default:
      return actor;
  }
}

/** `pool:npl_…` → the pool's ID (internal demand); a job ID stays as it is. */
export function preemptedByPool(preemptedBy: string | null | undefined): string | null {
  return preemptedBy?.startsWith('pool:') ? preemptedBy.slice('pool:'.length) : null;
}

// ---------- The list's filters, in the URL ----------

export interface JobFilters {
  /** '' (any), 'active', 'ended', or one status. */
  status: string;
  /** '' (any) or one class. */
  capacityClass: string;
}

export const NO_JOB_FILTERS: JobFilters = { status: '', capacityClass: '' };

/** What the status filter offers: groups first, then every status. */
export const STATUS_FILTERS: readonly { value: string; label: string; statuses: readonly JobStatus[] | null }[] = [
  { value: '', label: 'Any status', statuses: null },
  { value: 'active', label: 'Not ended', statuses: ACTIVE_STATUSES },
  { value: 'ended', label: 'Ended', statuses: ENDED_STATUSES },
  ...JOB_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], statuses: [s] as const })),
];

const statusFilter = (value: string) => STATUS_FILTERS.find((f) => f.value === value);

/** Filters from `?status=…&class=…`; a value the console does not know is ignored. */
export function parseJobSearch(search: string): JobFilters {
  const params = new URLSearchParams(search);
  const status = (params.get('status') ?? '').trim();
  const capacityClass = (params.get('class') ?? '').trim();
  return {
    status: statusFilter(status) ? status : '',
    capacityClass: CAPACITY_CLASSES.some((c) => c.value === capacityClass) ? capacityClass : '',
  };
}

/** The search string for a set of filters ('' when none), in a stable order. */
export function jobSearch(filters: JobFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.capacityClass) params.set('class', filters.capacityClass);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasJobFilters = (filters: JobFilters) => !!(filters.status || filters.capacityClass);

/** The `jobs` query's arguments for these filters. */
export function jobFilterVariables(filters: JobFilters): { status: JobStatus[] | null; capacityClass: CapacityClass | null } {
  const statuses = statusFilter(filters.status)?.statuses;
  return {
    status: statuses ? [...statuses] : null,
    capacityClass: (filters.capacityClass || null) as CapacityClass | null,
  };
}

export function matchesJobFilters(job: { status: string; capacityClass: string }, filters: JobFilters): boolean {
  const statuses = statusFilter(filters.status)?.statuses;
  if (statuses && !(statuses as readonly string[]).includes(job.status)) return false;
  return !filters.capacityClass || job.capacityClass === filters.capacityClass;
}

// ---------- Live updates ----------

/** What the merge needs of a job; the rest (a fragment reference) travels along untouched. */
export interface LiveJobLike {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: string;
  capacityClass: string;
}

const time = (iso: string) => {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? 0 : t;
};

/** Newest first; IDs are time-ordered, so they break ties. */
const newestFirst = (a: { id: string; createdAt: string }, b: { id: string; createdAt: string }) =>
  time(b.createdAt) - time(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The list to show: what the query returned, each job replaced by the newest version a live event
 * carried (a later `updatedAt` wins; on a tie the event's), plus jobs the query has not seen yet
 * (submitted elsewhere, or requeued) when they match the filters and fall inside the loaded range
 * — newer than the oldest loaded job, or anywhere when every page is loaded. A listed job whose new
 * status no longer matches stays, so rows do not vanish under the reader; the next load drops it.
 */
export function mergeLiveJobs<J extends LiveJobLike>(
  loaded: readonly J[],
  live: readonly J[],
  filters: JobFilters,
  complete: boolean,
): J[] {
  const latest = new Map<string, J>();
  for (const job of live) {
    const seen = latest.get(job.id);
    if (!seen || time(job.updatedAt) > time(seen.updatedAt)) latest.set(job.id, job);
  }
  const known = new Set(loaded.map((j) => j.id));
  const merged = loaded.map((job) => {
    const update = latest.get(job.id);
    return update && time(update.updatedAt) >= time(job.updatedAt) ? update : job;
  });
  const oldest = loaded.length ? Math.min(...loaded.map((j) => time(j.createdAt))) : null;
  for (const job of latest.values()) {
    if (known.has(job.id) || !matchesJobFilters(job, filters)) continue;
    if (complete || oldest === null || time(job.createdAt) >= oldest) merged.push(job);
  }
  return merged.sort(newestFirst);
}

/** A job's timeline: the loaded events and the live ones, each once, newest first. */
export function mergeEvents<E extends { id: string; at: string }>(loaded: readonly E[], live: readonly E[]): E[] {
  const byId = new Map<string, E>();
  for (const event of [...loaded, ...live]) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => time(b.at) - time(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Whichever of two versions of one job is newer (the second on a tie: it is the live one). */
export function newerJob<J extends { updatedAt: string }>(fromQuery: J, fromEvent: J | null | undefined): J {
  return fromEvent && time(fromEvent.updatedAt) >= time(fromQuery.updatedAt) ? fromEvent : fromQuery;
}
