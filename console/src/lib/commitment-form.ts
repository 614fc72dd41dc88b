import type { AddCommitmentInput } from '../gql/graphql';
import { parseMoneyToMicros } from './money-input';
import { isoToUtcDate, utcDateToIso } from './utc-dates';
import type { FieldErrors } from './validation';

/**
 * A commitment to add: GPUs of a type in a region, for a period inside the contract's, at a
 * committed rate per GPU-hour. To an ACTIVE contract it is an amendment, with a reason. Pure.
 */

export interface CommitmentFormValues {
  gpuTypeId: string;
  regionId: string;
  gpus: string;
  /** `YYYY-MM-DD`, UTC days. */
  startsOn: string;
  endsOn: string;
  /** Per GPU-hour, in the contract's currency, as typed. */
  rate: string;
  reason: string;
}

export type CommitmentField = keyof CommitmentFormValues;

export const COMMITMENT_FIELD_ORDER: readonly CommitmentField[] = ['gpuTypeId', 'regionId', 'gpus', 'startsOn', 'endsOn', 'rate', 'reason'];

export interface ContractPeriod {
  startsAt: string;
  endsAt: string;
}

/** A commitment for the whole contract by default. */
export function emptyCommitmentForm(period: ContractPeriod): CommitmentFormValues {
  return {
    gpuTypeId: '',
    regionId: '',
    gpus: '',
    startsOn: isoToUtcDate(period.startsAt),
    endsOn: isoToUtcDate(period.endsAt),
    rate: '',
    reason: '',
  };
}

export function validateCommitmentForm(values: CommitmentFormValues, period: ContractPeriod): FieldErrors<CommitmentField> {
  const errors: FieldErrors<CommitmentField> = {};
  if (!values.gpuTypeId) errors.gpuTypeId = 'Choose a GPU type.';
  if (!values.regionId) errors.regionId = 'Choose a region.';
  const gpus = values.gpus.trim();
  if (!gpus) errors.gpus = 'Enter the number of GPUs committed.';
  else if (!/^\d+$/.test(gpus) || Number(gpus) < 1 || Number(gpus) > 100_000) errors.gpus = 'A whole number from 1 to 100,000.';
  const starts = utcDateToIso(values.startsOn);
  const ends = utcDateToIso(values.endsOn);
  const from = new Date(period.startsAt).toISOString();
  const to = new Date(period.endsAt).toISOString();
  if (!starts) errors.startsOn = 'Enter the first day.';
  else if (starts < from) errors.startsOn = 'A commitment starts within its contract.';
  if (!ends) errors.endsOn = 'Enter the end day.';
  else if (ends > to) errors.endsOn = 'A commitment ends within its contract.';
  else if (starts && ends <= starts) errors.endsOn = 'The end must be after the start.';
  if (!values.rate.trim()) errors.rate = 'Enter the committed rate per GPU-hour, e.g. 2.10.';
  else if (parseMoneyToMicros(values.rate) === undefined) errors.rate = 'Enter an amount like 2.10 (at most six decimals).';
  if (values.reason.trim().length > 500) errors.reason = 'Use at most 500 characters.';
  return errors;
}

export function addCommitmentInput(values: CommitmentFormValues, contractId: string): AddCommitmentInput {
  return {
    contractId,
    gpuTypeId: values.gpuTypeId,
    regionId: values.regionId,
    gpus: Number(values.gpus.trim()),
    startsAt: utcDateToIso(values.startsOn) ?? '',
    endsAt: utcDateToIso(values.endsOn) ?? '',
    ratePerGpuHour: parseMoneyToMicros(values.rate) ?? '0',
    reason: values.reason.trim() || null,
  };
}

/** `input.ratePerGpuHour` → rate, `input.startsAt` → startsOn; undefined for anything else. */
export function commitmentFieldOf(path: string | undefined): CommitmentField | undefined {
  const fields: Record<string, CommitmentField> = {
    'input.gpuTypeId': 'gpuTypeId',
    'input.regionId': 'regionId',
    'input.gpus': 'gpus',
    'input.startsAt': 'startsOn',
    'input.endsAt': 'endsOn',
    'input.ratePerGpuHour': 'rate',
    'input.reason': 'reason',
  };
  return path ? fields[path] : undefined;
}
