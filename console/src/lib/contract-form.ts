import type { AmendContractInput, CreateContractInput, UpdateDraftContractInput } from '../gql/graphql';
import { termsFieldOf, termsInput, validateTermsForm, type TermsField, type TermsFormValues } from './contract-terms-form';
import { utcDateToIso } from './utc-dates';
import type { FieldErrors } from './validation';

/**
 * The contract editor: a new DRAFT (name, currency, period, terms), a draft's edit (the same) or
 * an ACTIVE contract's amendment (the date it takes effect, why, the complete new terms). Values
 * as typed, the checks before sending, the three mutations' inputs and where the server's field
 * errors go. Pure.
 */

export type ContractFormMode = 'create' | 'draft' | 'amend';

export interface ContractFormValues {
  name: string;
  currency: string;
  /** `YYYY-MM-DD`, UTC days (utc-dates.ts). */
  startsOn: string;
  endsOn: string;
  /** Amendments only: the UTC day the new terms take over. */
  effectiveOn: string;
  reason: string;
  terms: TermsFormValues;
}

export type ContractField = 'name' | 'currency' | 'startsOn' | 'endsOn' | 'effectiveOn' | 'reason' | TermsField;

/** The order errors are focused in: the first one on the page gets the focus. */
export const CONTRACT_FIELD_ORDER: readonly string[] = ['name', 'currency', 'startsOn', 'endsOn', 'effectiveOn', 'reason'];

const CURRENCY = /^[A-Z]{3}$/;

function validateDetails(values: ContractFormValues, errors: FieldErrors<ContractField>): void {
  const name = values.name.trim();
  if (!name) errors.name = 'Name the contract, e.g. “Acme AI 2026”.';
  else if (name.length > 120) errors.name = 'Use at most 120 characters.';
  if (!CURRENCY.test(values.currency.trim().toUpperCase())) errors.currency = 'An ISO 4217 code such as USD or EUR.';
  const starts = utcDateToIso(values.startsOn);
  const ends = utcDateToIso(values.endsOn);
  if (!starts) errors.startsOn = 'Enter the first day of the contract.';
  if (!ends) errors.endsOn = 'Enter the day the contract ends.';
  else if (starts && ends <= starts) errors.endsOn = 'The end must be after the start.';
}

/**
 * Checks the values for the mode. `period` is the contract's (amendments take effect inside it,
 * after the current version's start).
 */
export function validateContractForm(
  values: ContractFormValues,
  mode: ContractFormMode,
  period?: { currentVersionFrom: string; endsAt: string },
): FieldErrors<ContractField> {
  const errors: FieldErrors<ContractField> = { ...validateTermsForm(values.terms) };
  if (mode !== 'amend') {
    validateDetails(values, errors);
    return errors;
  }
  const effective = utcDateToIso(values.effectiveOn);
  if (!effective) errors.effectiveOn = 'Enter the day the new terms take effect.';
  else if (period && effective <= new Date(period.currentVersionFrom).toISOString())
    errors.effectiveOn = 'An amendment takes effect after the current version starts.';
  else if (period && effective >= new Date(period.endsAt).toISOString()) errors.effectiveOn = 'The contract has ended by then.';
  const reason = values.reason.trim();
  if (!reason) errors.reason = 'Say why the contract is amended; it is kept in its history.';
  else if (reason.length > 500) errors.reason = 'Use at most 500 characters.';
  return errors;
}

export function createContractInput(values: ContractFormValues, organizationId: string): CreateContractInput {
  return {
    organizationId,
    name: values.name.trim(),
    currency: values.currency.trim().toUpperCase(),
    startsAt: utcDateToIso(values.startsOn) ?? '',
    endsAt: utcDateToIso(values.endsOn) ?? '',
    terms: termsInput(values.terms),
  };
}

export function updateDraftInput(values: ContractFormValues, id: string): UpdateDraftContractInput {
  return {
    id,
    name: values.name.trim(),
    startsAt: utcDateToIso(values.startsOn) ?? '',
    endsAt: utcDateToIso(values.endsOn) ?? '',
    terms: termsInput(values.terms),
  };
}

export function amendContractInput(values: ContractFormValues, id: string): AmendContractInput {
  return { id, effectiveFrom: utcDateToIso(values.effectiveOn) ?? '', reason: values.reason.trim(), terms: termsInput(values.terms) };
}

/** `input.startsAt` → startsOn, `input.terms.spendCap.monthly` → spendCapMonthly; undefined when not on the form. */
export function contractFieldOf(path: string | undefined): ContractField | undefined {
  if (!path) return undefined;
  const rest = path.startsWith('input.') ? path.slice('input.'.length) : path;
  if (rest.startsWith('terms.')) return termsFieldOf(rest.slice('terms.'.length));
  const fields: Record<string, ContractField> = {
    name: 'name',
    currency: 'currency',
    startsAt: 'startsOn',
    endsAt: 'endsOn',
    effectiveFrom: 'effectiveOn',
    reason: 'reason',
  };
  return fields[rest];
}
