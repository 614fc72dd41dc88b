import type { ContractTermsInput, Jurisdiction, PricedClass, SpendCapMode } from '../gql/graphql';
import { microsToMoneyInput, parseMoneyToMicros, parsePercent } from './money-input';
import type { FieldErrors } from './validation';

/**
 * A contract's terms as the editor holds them (strings as typed), the checks run before sending
 * (server/src/modules/contracts/contract-terms.ts mirrored; the server has the last word), the
 * `ContractTermsInput` they become, and where a server error about `input.terms.…` belongs. Pure.
 */

export const JURISDICTIONS: readonly Jurisdiction[] = ['EU', 'UK', 'US', 'APAC'];
export const PRICED_CLASSES: readonly PricedClass[] = ['RESERVED', 'ON_DEMAND', 'SPOT'];
export const MAX_RETENTION_DAYS = 3650;

export interface GpuDiscountRow {
  /** Stable across edits, for React keys; never sent. */
  key: string;
  gpuTypeId: string;
  priceClass: PricedClass;
  percent: string;
}

export interface TokenDiscountRow {
  key: string;
  /** '' for every model. */
  modelId: string;
  percent: string;
}

export interface TermsFormValues {
  gpuDiscounts: GpuDiscountRow[];
  tokenDiscounts: TokenDiscountRow[];
  spendCapMode: SpendCapMode | 'NONE';
  /** In the contract's currency, as typed ("25,000"). */
  spendCapMonthly: string;
  /** Both empty: work may run anywhere. */
  allowedJurisdictions: Jurisdiction[];
  allowedRegionIds: string[];
  retentionDays: string;
  noTraining: boolean;
  /** '' for none. */
  slaPolicyId: string;
  onDemandReclaimable: boolean;
}

export type TermsField =
  | 'spendCapMonthly'
  | 'allowedJurisdictions'
  | 'allowedRegionIds'
  | 'retentionDays'
  | 'slaPolicyId'
  | 'gpuDiscounts'
  | 'tokenDiscounts'
  | `gpuDiscounts.${number}.gpuTypeId`
  | `gpuDiscounts.${number}.percent`
  | `tokenDiscounts.${number}.modelId`
  | `tokenDiscounts.${number}.percent`;

/** The server's defaults: no discounts, no cap, anywhere, 30 days retention, reclaimable ON_DEMAND. */
export function defaultTermsForm(): TermsFormValues {
  return {
    gpuDiscounts: [],
    tokenDiscounts: [],
    spendCapMode: 'NONE',
    spendCapMonthly: '',
    allowedJurisdictions: [],
    allowedRegionIds: [],
    retentionDays: '30',
    noTraining: false,
    slaPolicyId: '',
    onDemandReclaimable: true,
  };
}

let rowCounter = 0;
/** A fresh row key (rows are added, removed and reordered while editing). */
export const newRowKey = () => `row-${++rowCounter}`;

/** The terms a contract has, as the editor starts from them (to amend, or to edit a draft). */
export interface TermsLike {
  gpuDiscounts: readonly { gpuTypeId: string; priceClass: PricedClass; percent: number }[];
  tokenDiscounts: readonly { modelId?: string | null; percent: number }[];
  spendCap?: { mode: SpendCapMode; monthly: string } | null;
  allowedJurisdictions: readonly Jurisdiction[];
  allowedRegionIds: readonly string[];
  retentionDays: number;
  noTraining: boolean;
  slaPolicyId?: string | null;
  onDemandReclaimable: boolean;
}

export function termsFormFrom(terms: TermsLike): TermsFormValues {
  return {
    gpuDiscounts: terms.gpuDiscounts.map((d) => ({
      key: newRowKey(),
      gpuTypeId: d.gpuTypeId,
      priceClass: d.priceClass,
      percent: String(d.percent),
    })),
    tokenDiscounts: terms.tokenDiscounts.map((d) => ({ key: newRowKey(), modelId: d.modelId ?? '', percent: String(d.percent) })),
    spendCapMode: terms.spendCap?.mode ?? 'NONE',
    spendCapMonthly: terms.spendCap ? microsToMoneyInput(terms.spendCap.monthly) : '',
    allowedJurisdictions: [...terms.allowedJurisdictions],
    allowedRegionIds: [...terms.allowedRegionIds],
    retentionDays: String(terms.retentionDays),
    noTraining: terms.noTraining,
    slaPolicyId: terms.slaPolicyId ?? '',
    onDemandReclaimable: terms.onDemandReclaimable,
  };
}

const PERCENT_MESSAGE = 'From 0 to 100, at most two decimals.';

export function validateTermsForm(values: TermsFormValues): FieldErrors<TermsField> {
  const errors: FieldErrors<TermsField> = {};
  const seenGpu = new Set<string>();
  values.gpuDiscounts.forEach((row, i) => {
    if (!row.gpuTypeId) errors[`gpuDiscounts.${i}.gpuTypeId`] = 'Choose a GPU type.';
    else if (seenGpu.has(`${row.gpuTypeId}/${row.priceClass}`))
      errors[`gpuDiscounts.${i}.gpuTypeId`] = 'This GPU type and class already has a discount above.';
    seenGpu.add(`${row.gpuTypeId}/${row.priceClass}`);
    if (parsePercent(row.percent) === undefined) errors[`gpuDiscounts.${i}.percent`] = PERCENT_MESSAGE;
  });
  const seenModel = new Set<string>();
  values.tokenDiscounts.forEach((row, i) => {
    if (seenModel.has(row.modelId))
      errors[`tokenDiscounts.${i}.modelId`] = row.modelId
        ? 'This model already has a discount above.'
        : 'Every model already has a discount above.';
    seenModel.add(row.modelId);
    if (parsePercent(row.percent) === undefined) errors[`tokenDiscounts.${i}.percent`] = PERCENT_MESSAGE;
  });
  if (values.spendCapMode !== 'NONE') {
    if (!values.spendCapMonthly.trim()) errors.spendCapMonthly = 'Enter the monthly cap, e.g. 25,000.';
    else if (parseMoneyToMicros(values.spendCapMonthly) === undefined)
      errors.spendCapMonthly = 'Enter an amount like 25,000 or 1250.50 (at most six decimals).';
  }
  const days = values.retentionDays.trim();
  if (!days) errors.retentionDays = 'Enter the days prompts and logs are kept (0 keeps nothing).';
  else if (!/^\d+$/.test(days) || Number(days) > MAX_RETENTION_DAYS)
    errors.retentionDays = `A whole number of days from 0 to ${MAX_RETENTION_DAYS}.`;
  return errors;
}

/** The complete terms for valid values (validate first): an amendment replaces every term. */
export function termsInput(values: TermsFormValues): ContractTermsInput {
  return {
    gpuDiscounts: values.gpuDiscounts.map((d) => ({
      gpuTypeId: d.gpuTypeId,
      priceClass: d.priceClass,
      percent: parsePercent(d.percent) ?? 0,
    })),
    tokenDiscounts: values.tokenDiscounts.map((d) => ({ modelId: d.modelId || null, percent: parsePercent(d.percent) ?? 0 })),
    spendCap:
      values.spendCapMode === 'NONE' ? null : { mode: values.spendCapMode, monthly: parseMoneyToMicros(values.spendCapMonthly) ?? '0' },
    allowedJurisdictions: values.allowedJurisdictions,
    allowedRegionIds: values.allowedRegionIds,
    retentionDays: Number(values.retentionDays.trim()),
    noTraining: values.noTraining,
    slaPolicyId: values.slaPolicyId || null,
    onDemandReclaimable: values.onDemandReclaimable,
  };
}

/**
 * Where a server error about a term goes: `gpuDiscounts.1.gpuTypeId` (the path after
 * `input.terms.`) → that row's GPU type; `spendCap.monthly` → the cap; `allowedRegionIds.0` → the
 * regions. Undefined for a path that is not a term.
 */
export function termsFieldOf(path: string): TermsField | undefined {
  const [head, index, leaf] = path.split('.');
  const row = Number(index);
  switch (head) {
    case 'gpuDiscounts':
      if (index === undefined || !Number.isInteger(row)) return 'gpuDiscounts';
      return leaf === 'percent' ? `gpuDiscounts.${row}.percent` : `gpuDiscounts.${row}.gpuTypeId`;
    case 'tokenDiscounts':
      if (index === undefined || !Number.isInteger(row)) return 'tokenDiscounts';
      return leaf === 'percent' ? `tokenDiscounts.${row}.percent` : `tokenDiscounts.${row}.modelId`;
    case 'spendCap':
      return 'spendCapMonthly';
    case 'allowedJurisdictions':
    case 'allowedRegionIds':
    case 'retentionDays':
    case 'slaPolicyId':
      return head;
    default:
      return undefined;
  }
}
