import { badInput } from '../../graphql/errors';
import { QuotaKind } from './contracts.enums';

/**
 * Quotas' rules as pure functions over plain data: which dimensions each kind of quota may name,
 * what a limit may be, and which limits apply to a piece of work. Refusals are BAD_USER_INPUT
 * naming the input field.
 */

/** The largest limit: a Postgres `integer` (and a GraphQL `Int`). */
export const MAX_QUOTA_LIMIT = 2_147_483_647;

/** What a quota is counted over, besides its organization and project. */
export interface QuotaDimensions {
  gpuTypeId?: string | null;
  regionId?: string | null;
  modelId?: string | null;
}

export interface QuotaShape extends QuotaDimensions {
  kind: QuotaKind;
}

/** The input fields that name each dimension, for messages. */
export interface DimensionFields {
  gpuTypeId: string;
  regionId: string;
  modelId: string;
}

const INPUT_FIELDS: DimensionFields = { gpuTypeId: 'input.gpuTypeId', regionId: 'input.regionId', modelId: 'input.modelId' };

/**
 * Refuses a dimension a kind of quota cannot be counted over: CONCURRENT_GPUS may name a GPU type
 * and/or a region (either left out: any) but no model; TOKENS_PER_MINUTE needs a model and names
 * no GPU type or region (the gateway counts tokens per model wherever it runs); QUEUED_JOBS names
 * none (jobs wait before they have a place).
 */
export function checkQuotaShape(shape: QuotaShape, fields: DimensionFields = INPUT_FIELDS): void {
  const not = (dimension: keyof QuotaDimensions, what: string, why: string) => {
    if (shape[dimension]) throw badInput(fields[dimension], `A ${shape.kind} quota cannot name ${what}: ${why}.`);
  };
  switch (shape.kind) {
    case QuotaKind.CONCURRENT_GPUS:
      not('modelId', 'a model', 'it counts GPUs, per GPU type and region');
      return;
    case QuotaKind.TOKENS_PER_MINUTE:
      if (!shape.modelId) throw badInput(fields.modelId, 'A TOKENS_PER_MINUTE quota needs a model: tokens are counted per model.');
      not('gpuTypeId', 'a GPU type', 'tokens are counted per model, wherever it runs');
      not('regionId', 'a region', 'tokens are counted per model, wherever it runs');
      return;
    case QuotaKind.QUEUED_JOBS:
      not('gpuTypeId', 'a GPU type', 'it counts waiting jobs, of any GPU type, region or model');
      not('regionId', 'a region', 'it counts waiting jobs, of any GPU type, region or model');
      not('modelId', 'a model', 'it counts waiting jobs, of any GPU type, region or model');
      return;
  }
}

/** Refuses a limit that is not a whole number from 0 (nothing allowed in the scope) to {@link MAX_QUOTA_LIMIT}. */
export function checkQuotaLimit(limit: number, field = 'input.limit'): void {
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_QUOTA_LIMIT) {
    throw badInput(field, `A quota limit is a whole number from 0 to ${MAX_QUOTA_LIMIT} (got ${limit}).`);
  }
}

export interface QuotaScope extends QuotaShape {
  organizationId: string;
  projectId?: string | null;
}

/** One string per scope (organization, project, kind, GPU type, region, model): one scope has one limit. */
export function quotaScopeKey(scope: QuotaScope): string {
  return [
    scope.organizationId,
    scope.projectId ?? '*',
    scope.kind,
    scope.gpuTypeId ?? '*',
    scope.regionId ?? '*',
    scope.modelId ?? '*',
  ].join(':');
}

/**
 * True when a limit counts a piece of work: each dimension the limit names must be the work's
 * (a dimension it leaves out matches anything). Work that does not say its GPU type, region or
 * model is counted only by limits that leave that dimension out.
 */
export function quotaApplies(limit: QuotaDimensions, work: QuotaDimensions): boolean {
  return (
    (!limit.gpuTypeId || limit.gpuTypeId === work.gpuTypeId) &&
    (!limit.regionId || limit.regionId === work.regionId) &&
    (!limit.modelId || limit.modelId === work.modelId)
  );
}
