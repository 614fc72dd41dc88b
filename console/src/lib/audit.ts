import type { Mutation } from '../gql/graphql';
import type { FieldErrors } from './validation';

/**
 * The audit log's filters, kept in the URL (`?action=…&actor=…&from=…&to=…`) so a filtered view
 * is a link that survives a reload. Times are the browser's local time, as `<input
 * type="datetime-local">` gives them; the API gets them as ISO instants.
 */

type Action = Exclude<keyof Mutation, '__typename'>;

/**
 * Every audited action: the API's mutation names, offered as suggestions (any name can be typed).
 * A name the schema lacks fails the typecheck; one the list lacks fails audit.test.ts.
 */
export const AUDIT_ACTIONS = [
  'activateContract',
  'addCommitment',
  'addMember',
  'amendContract',
  'cancelJob',
  'changeMemberRole',
  'changePassword',
  'checkCluster',
  'createApiKey',
  'createCluster',
  'createContract',
  'createGpuType',
  'createModel',
  'createNodePool',
  'createOrganization',
  'createProject',
  'createRegion',
  'createSlaPolicy',
  'finalizeInvoice',
  'ingestUsage',
  'removeCommitment',
  'removeMember',
  'removeQuota',
  'retireCluster',
  'retireGpuType',
  'retireNodePool',
  'retireRegion',
  'revokeApiKey',
  'setGpuPrice',
  'setInternalDemand',
  'setModelPrice',
  'setOrganizationStatus',
  'setQuota',
  'signIn',
  'signOut',
  'signUp',
  'submitJob',
  'submitJobs',
  'terminateContract',
  'updateCluster',
  'updateDraftContract',
  'updateGpuType',
  'updateModel',
  'updateNodePool',
  'updateOrganization',
  'updateProject',
  'updateRegion',
  'updateSlaPolicy',
  'voidAndReissueInvoice',
] as const satisfies readonly Action[];

export interface AuditFilters {
  action: string;
  actorId: string;
  /** `YYYY-MM-DDTHH:mm`, local time; '' when open. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', actorId: '', from: '', to: '' };

const SEARCH_KEYS: Record<keyof AuditFilters, string> = { action: 'action', actorId: 'actor', from: 'from', to: 'to' };

export function parseAuditSearch(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  const get = (key: keyof AuditFilters) => (params.get(SEARCH_KEYS[key]) ?? '').trim();
  return { action: get('action'), actorId: get('actorId'), from: get('from'), to: get('to') };
}

/** The search string for a set of filters ('' when none), in a stable order. */
export function auditSearch(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(SEARCH_KEYS) as (keyof AuditFilters)[]) {
    const value = filters[key].trim();
    if (value) params.set(SEARCH_KEYS[key], value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2025-11-26T09:30` in the browser's time zone → the ISO instant; undefined when malformed. */
export function localDateTimeToIso(value: string): string | undefined {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  // new Date() rolls 2025-02-31 over into March: refuse what is not a real date.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date.toISOString();
}

// Users and API keys are the actors a person can look for (usr_…, key_…).
const ACTOR_ID = /^(usr|key)_[0-9a-z]{10,40}$/;

export function validateAuditFilters(filters: AuditFilters): FieldErrors<keyof AuditFilters> {
  const errors: FieldErrors<keyof AuditFilters> = {};
  const action = filters.action.trim();
  if (action.length > 80) errors.action = 'Use at most 80 characters.';
  else if (action && !/^[A-Za-z]+$/.test(action)) errors.action = 'An action is an operation name such as createApiKey.';
  const actor = filters.actorId.trim();
  if (actor && !ACTOR_ID.test(actor)) errors.actorId = 'Enter a user ID (usr_…) or an API key ID (key_…).';
  const from = filters.from ? localDateTimeToIso(filters.from) : undefined;
  const to = filters.to ? localDateTimeToIso(filters.to) : undefined;
  if (filters.from && !from) errors.from = 'Enter a date and time.';
  if (filters.to && !to) errors.to = 'Enter a date and time.';
  if (from && to && from >= to) errors.to = 'The end must be after the start.';
  return errors;
}

/** The API's arguments for valid filters; empty ones are left out. */
export function auditVariables(filters: AuditFilters): { action?: string; actorId?: string; from?: string; to?: string } {
  const vars: { action?: string; actorId?: string; from?: string; to?: string } = {};
  if (filters.action.trim()) vars.action = filters.action.trim();
  if (filters.actorId.trim()) vars.actorId = filters.actorId.trim();
  const from = filters.from ? localDateTimeToIso(filters.from) : undefined;
  const to = filters.to ? localDateTimeToIso(filters.to) : undefined;
  if (from) vars.from = from;
  if (to) vars.to = to;
  return vars;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((v) => v.trim() !== '');
}
