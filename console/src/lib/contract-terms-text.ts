import { humanize } from './format';
import { formatMicros } from './money';

/**
 * Contract terms in words, for the terms card and the history's from → to. Works on the terms as
 * the API shows them (`spendCap.monthly`) and as versions store them (`spendCap.monthlyMicros`,
 * what `changes` carries), naming GPU types, regions, models and SLA policies instead of IDs. Pure.
 */

/** Names for the IDs terms refer to; an unknown ID is shown as it is. */
export interface TermNames {
  gpuType(id: string): string;
  region(id: string): string;
  model(id: string): string;
  slaPolicy(id: string): string;
}

interface Lists {
  gpuTypes?: readonly { id: string; code: string }[] | null | undefined;
  regions?: readonly { id: string; code: string }[] | null | undefined;
  models?: readonly { id: string; key: string }[] | null | undefined;
  slaPolicies?: readonly { id: string; name: string }[] | null | undefined;
}

export function termNames(lists: Lists): TermNames {
  const map = <T extends { id: string }>(items: readonly T[] | null | undefined, label: (item: T) => string) => {
    const names = new Map((items ?? []).map((item) => [item.id, label(item)]));
    return (id: string) => names.get(id) ?? id;
  };
  return {
    gpuType: map(lists.gpuTypes, (t) => t.code),
    region: map(lists.regions, (r) => r.code),
    model: map(lists.models, (m) => m.key),
    slaPolicy: map(lists.slaPolicies, (p) => p.name),
  };
}

/** The terms in the order the console shows them, with their labels. */
export const TERM_LABELS: Record<string, string> = {
  gpuDiscounts: 'GPU discounts',
  tokenDiscounts: 'Token discounts',
  spendCap: 'Monthly spend cap',
  allowedJurisdictions: 'Allowed jurisdictions',
  allowedRegionIds: 'Allowed regions',
  retentionDays: 'Retention',
  noTraining: 'No training',
  slaPolicyId: 'SLA policy',
  onDemandReclaimable: 'On-demand work',
};

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const percent = (value: unknown) => `${Number(value)}%`;

function gpuDiscountsText(value: unknown, names: TermNames): string {
  const items = list(value).map(record);
  if (!items.length) return 'None';
  return items
    .map((d) => `${names.gpuType(String(d['gpuTypeId']))} ${humanize(String(d['priceClass'])).toLowerCase()} ${percent(d['percent'])}`)
    .join('; ');
}

function tokenDiscountsText(value: unknown, names: TermNames): string {
  const items = list(value).map(record);
  if (!items.length) return 'None';
  return items.map((d) => `${d['modelId'] ? names.model(String(d['modelId'])) : 'Every model'} ${percent(d['percent'])}`).join('; ');
}

function spendCapText(value: unknown, currency: string): string {
  if (!value) return 'No cap';
  const cap = record(value);
  const micros = String(cap['monthly'] ?? cap['monthlyMicros'] ?? '');
  const mode = cap['mode'] === 'HARD' ? 'hard: work that would pass it is refused' : 'alert only';
  return `${formatMicros(micros, currency)} a month, ${mode}`;
}

function daysText(value: unknown): string {
  const days = Number(value);
  if (days === 0) return 'Nothing kept';
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** One term's value in words: `spendCap` → "$25,000.00 a month, hard: …", `allowedRegionIds` [] → "Any". */
export function termText(path: string, value: unknown, names: TermNames, currency: string): string {
  switch (path) {
    case 'gpuDiscounts':
      return gpuDiscountsText(value, names);
    case 'tokenDiscounts':
      return tokenDiscountsText(value, names);
    case 'spendCap':
      return spendCapText(value, currency);
    case 'allowedJurisdictions':
      return list(value).length ? list(value).map(String).join(', ') : 'Any';
    case 'allowedRegionIds':
      return list(value).length
        ? list(value)
            .map((id) => names.region(String(id)))
            .join(', ')
        : 'Any';
    case 'retentionDays':
      return daysText(value);
    case 'noTraining':
      return value ? 'Yes: never used for training' : 'No';
    case 'slaPolicyId':
      return value ? names.slaPolicy(String(value)) : 'None';
    case 'onDemandReclaimable':
      return value ? 'Reclaimable for the owner’s work' : 'Never reclaimed';
    default:
      return value === null || value === undefined ? '—' : JSON.stringify(value);
  }
}

/** Where work may run, from both residency terms: "EU", "EU; regions eu-west, uk-south", "Anywhere". */
export function residencyText(jurisdictions: readonly string[], regionIds: readonly string[], names: TermNames): string {
  const parts = [
    ...(jurisdictions.length ? [jurisdictions.join(', ')] : []),
    ...(regionIds.length ? [`regions ${regionIds.map(names.region).join(', ')}`] : []),
  ];
  return parts.length ? parts.join('; ') : 'Anywhere';
}

export interface ChangeText {
  path: string;
  label: string;
  from: string;
  to: string;
}

/** A version's change as the history shows it: the term's label and its value before and after. */
export function changeText(change: { path: string; from?: unknown; to?: unknown }, names: TermNames, currency: string): ChangeText {
  return {
    path: change.path,
    label: TERM_LABELS[change.path] ?? humanize(change.path),
    from: termText(change.path, change.from, names, currency),
    to: termText(change.path, change.to, names, currency),
  };
}
