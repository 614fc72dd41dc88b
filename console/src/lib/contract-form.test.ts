import { describe, expect, it } from 'vitest';
import {
  amendContractInput,
  contractFieldOf,
  createContractInput,
  updateDraftInput,
  validateContractForm,
  type ContractFormValues,
} from './contract-form';
import { defaultTermsForm } from './contract-terms-form';
import { isoToUtcDate, utcDateAfter, utcDateToIso } from './utc-dates';

const values = (over: Partial<ContractFormValues> = {}): ContractFormValues => ({
  name: ' Acme 2027 ',
  currency: 'usd',
  startsOn: '2027-01-01',
  endsOn: '2028-01-01',
  effectiveOn: '2027-06-01',
  reason: ' more discount ',
  terms: defaultTermsForm(),
  ...over,
});

describe('UTC contract days', () => {
  it('turns date inputs into midnight UTC and back', () => {
    expect(utcDateToIso('2027-03-01')).toBe('2027-03-01T00:00:00.000Z');
    expect(utcDateToIso('2027-02-30')).toBeUndefined();
    expect(utcDateToIso('')).toBeUndefined();
    expect(isoToUtcDate('2027-03-01T23:30:00.000Z')).toBe('2027-03-01');
    expect(isoToUtcDate(null)).toBe('');
    expect(utcDateAfter(1, new Date('2027-12-31T22:00:00Z'))).toBe('2028-01-01');
  });
});

describe('the contract editor', () => {
  it('creates a draft with the period in UTC days, the currency upper-cased and complete terms', () => {
    expect(validateContractForm(values(), 'create')).toEqual({});
    const input = createContractInput(values(), 'org_1');
    expect(input).toMatchObject({
      organizationId: 'org_1',
      name: 'Acme 2027',
      currency: 'USD',
      startsAt: '2027-01-01T00:00:00.000Z',
      endsAt: '2028-01-01T00:00:00.000Z',
    });
    expect(input.terms?.retentionDays).toBe(30);
    expect(updateDraftInput(values(), 'contract_1')).toMatchObject({
      id: 'contract_1',
      name: 'Acme 2027',
      startsAt: '2027-01-01T00:00:00.000Z',
    });
  });

  it('checks the name, currency and period of a draft', () => {
    expect(validateContractForm(values({ name: ' ', currency: 'dollars', endsOn: '2026-12-31' }), 'draft')).toEqual({
      name: 'Name the contract, e.g. “Acme AI 2026”.',
      currency: 'An ISO 4217 code such as USD or EUR.',
      endsOn: 'The end must be after the start.',
    });
  });

  it('amends from a day after the current version starts and before the contract ends, with a reason', () => {
    const period = { currentVersionFrom: '2027-01-01T00:00:00.000Z', endsAt: '2028-01-01T00:00:00.000Z' };
    expect(validateContractForm(values({ name: '' }), 'amend', period)).toEqual({});
    expect(amendContractInput(values(), 'contract_1')).toMatchObject({
      id: 'contract_1',
      effectiveFrom: '2027-06-01T00:00:00.000Z',
      reason: 'more discount',
    });
    expect(validateContractForm(values({ effectiveOn: '2027-01-01', reason: '' }), 'amend', period)).toEqual({
      effectiveOn: 'An amendment takes effect after the current version starts.',
      reason: 'Say why the contract is amended; it is kept in its history.',
    });
    expect(validateContractForm(values({ effectiveOn: '2028-01-01' }), 'amend', period).effectiveOn).toBe(
      'The contract has ended by then.',
    );
  });

  it('includes the terms’ errors', () => {
    const terms = { ...defaultTermsForm(), retentionDays: 'x' };
    expect(validateContractForm(values({ terms }), 'create').retentionDays).toBeDefined();
  });

  it('puts the server’s field errors on the form', () => {
    expect(contractFieldOf('input.endsAt')).toBe('endsOn');
    expect(contractFieldOf('input.effectiveFrom')).toBe('effectiveOn');
    expect(contractFieldOf('input.terms.gpuDiscounts.0.gpuTypeId')).toBe('gpuDiscounts.0.gpuTypeId');
    expect(contractFieldOf('input.terms.spendCap.monthly')).toBe('spendCapMonthly');
    expect(contractFieldOf('input.organizationId')).toBeUndefined();
    expect(contractFieldOf(undefined)).toBeUndefined();
  });
});
