import type { ApiKeyScope } from '../gql/graphql';
import type { FieldErrors } from './validation';

/** What each scope lets a key do (server/src/graphql/auth/policy.ts), in the order the form lists them. */
export const API_KEY_SCOPES: readonly { scope: ApiKeyScope; label: string; description: string }[] = [
  { scope: 'READ', label: 'Read', description: 'Read the organization, its projects and the catalog.' },
  { scope: 'PROJECTS_WRITE', label: 'Projects: write', description: 'Create and change projects.' },
  { scope: 'JOBS_WRITE', label: 'Jobs: write', description: 'Submit and cancel GPU jobs.' },
  { scope: 'BILLING_READ', label: 'Billing: read', description: 'Read usage and invoices.' },
  { scope: 'AUDIT_READ', label: 'Audit: read', description: 'Read the audit log.' },
];

// Every scope of the schema is offered: a new one fails the typecheck here until it is described.
type Undescribed = Exclude<ApiKeyScope, (typeof API_KEY_SCOPES)[number]['scope']>;
const described: [Undescribed] extends [never] ? true : Undescribed = true;
void described;

export interface ApiKeyFormValues {
  name: string;
  scopes: ApiKeyScope[];
  /** `YYYY-MM-DD` from a date input, '' for a key that never expires. */
  expiresOn: string;
}

export type ApiKeyField = 'name' | 'scopes' | 'expiresAt';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A key set to expire "on" a day works through that day in the browser's time zone: it expires at
 * the following midnight. Undefined for a malformed or impossible date.
 */
export function expiryFromDate(value: string): string | undefined {
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(y, mo - 1, d);
  if (day.getFullYear() !== y || day.getMonth() !== mo - 1 || day.getDate() !== d) return undefined;
  return new Date(y, mo - 1, d + 1).toISOString();
}

/** Today as a date input wants it (`min`), in the browser's time zone. */
export function dateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function validateApiKeyForm(values: ApiKeyFormValues, now: Date = new Date()): FieldErrors<ApiKeyField> {
  const errors: FieldErrors<ApiKeyField> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Name the key, e.g. after the script or service that uses it.';
  else if (name.length > 120) errors.name = 'Use at most 120 characters.';
  if (values.scopes.length === 0) errors.scopes = 'Choose at least one scope.';
  if (values.expiresOn) {
    const expiry = expiryFromDate(values.expiresOn);
    if (!expiry) errors.expiresAt = 'Enter a date.';
    else if (new Date(expiry).getTime() <= now.getTime()) errors.expiresAt = 'Choose today or a later date.';
  }
  return errors;
}
