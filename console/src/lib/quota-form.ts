import type { QuotaKind, SetQuotaInput } from '../gql/graphql';
import { formatInteger } from './format';
import type { FieldErrors } from './validation';

/**
 * Quotas: what each kind counts, the "Set a quota" form's checks (server/src/modules/contracts/
 * quota.rules.ts mirrored) and input, and a quota's scope in words. Pure.
 */

export const MAX_QUOTA_LIMIT = 2_147_483_647;

export const QUOTA_KINDS: readonly { value: QuotaKind; label: string; description: string; unit: string }[] = [
  { value: 'CONCURRENT_GPUS', label: 'Concurrent GPUs', description: 'GPUs in use at once, per GPU type and region', unit: 'GPUs' },
  { value: 'QUEUED_JOBS', label: 'Queued jobs', description: 'Jobs waiting to run at once', unit: 'jobs' },
  { value: 'TOKENS_PER_MINUTE', label: 'Tokens per minute', description: 'Model tokens a minute, per model', unit: 'tokens a minute' },
];

export interface QuotaFormValues {
  kind: QuotaKind;
  limit: string;
  /** '' for the whole organization. */
  projectId: string;
  /** CONCURRENT_GPUS only; '' for every GPU type / region. */
  gpuTypeId: string;
  regionId: string;
  /** TOKENS_PER_MINUTE only (required there). */
  modelId: string;
}

export type QuotaField = keyof QuotaFormValues;

export const emptyQuotaForm = (): QuotaFormValues => ({
  kind: 'CONCURRENT_GPUS',
  limit: '',
  projectId: '',
  gpuTypeId: '',
  regionId: '',
  modelId: '',
});

export function validateQuotaForm(values: QuotaFormValues): FieldErrors<QuotaField> {
  const errors: FieldErrors<QuotaField> = {};
  const limit = values.limit.trim();
  if (!limit) errors.limit = 'Enter the limit (0 allows nothing).';
  else if (!/^\d+$/.test(limit) || Number(limit) > MAX_QUOTA_LIMIT)
    errors.limit = `A whole number from 0 to ${formatInteger(MAX_QUOTA_LIMIT)}.`;
  if (values.kind === 'TOKENS_PER_MINUTE' && !values.modelId) errors.modelId = 'Choose the model whose tokens are counted.';
  return errors;
}

/** Only the dimensions the kind counts are sent (a form switched from one kind to another keeps the rest typed). */
export function setQuotaInput(values: QuotaFormValues, organizationId: string): SetQuotaInput {
  const gpus = values.kind === 'CONCURRENT_GPUS';
  return {
    organizationId,
    kind: values.kind,
    limit: Number(values.limit.trim()),
    projectId: values.projectId || null,
    gpuTypeId: gpus && values.gpuTypeId ? values.gpuTypeId : null,
    regionId: gpus && values.regionId ? values.regionId : null,
    modelId: values.kind === 'TOKENS_PER_MINUTE' ? values.modelId || null : null,
  };
}

/** `input.limit` → limit, …; undefined for anything not on the form. */
export function quotaFieldOf(path: string | undefined): QuotaField | undefined {
  const name = path?.startsWith('input.') ? path.slice('input.'.length) : undefined;
  return name && ['kind', 'limit', 'projectId', 'gpuTypeId', 'regionId', 'modelId'].includes(name) ? (name as QuotaField) : undefined;
}

export interface QuotaLike {
  kind: QuotaKind;
  limit: number;
  project?: { name: string } | null;
  gpuType?: { code: string } | null;
  region?: { code: string } | null;
  model?: { key: string } | null;
}

/** What a quota counts: "H100-80GB in eu-west", "every GPU type, every region", "model x". */
export function quotaDimensions(quota: QuotaLike): string {
  switch (quota.kind) {
    case 'CONCURRENT_GPUS':
      return `${quota.gpuType?.code ?? 'every GPU type'} in ${quota.region?.code ?? 'every region'}`;
    case 'TOKENS_PER_MINUTE':
      return quota.model?.key ?? 'a model';
    default:
      return 'every job';
  }
}

/** "16 GPUs", "1,000,000 tokens a minute". */
export function quotaLimitText(quota: QuotaLike): string {
  const unit = QUOTA_KINDS.find((k) => k.value === quota.kind)?.unit ?? '';
  return `${formatInteger(quota.limit)} ${unit}`.trim();
}
