import { describe, expect, it } from 'vitest';
import { defaultTermsForm, termsFieldOf, termsFormFrom, termsInput, validateTermsForm, type TermsFormValues } from './contract-terms-form';

const row = (over: Partial<TermsFormValues['gpuDiscounts'][number]> = {}) => ({
  key: 'k',
  gpuTypeId: 'gpuType_1',
  priceClass: 'RESERVED' as const,
  percent: '15',
  ...over,
});

describe('the contract terms form', () => {
  it('starts from the server’s defaults and sends them as complete terms', () => {
    expect(validateTermsForm(defaultTermsForm())).toEqual({});
    expect(termsInput(defaultTermsForm())).toEqual({
      gpuDiscounts: [],
      tokenDiscounts: [],
      spendCap: null,
      allowedJurisdictions: [],
      allowedRegionIds: [],
      retentionDays: 30,
      noTraining: false,
      slaPolicyId: null,
      onDemandReclaimable: true,
    });
  });

  it('maps every term to the input: discounts, a hard cap in micro-units, residency, data terms, SLA', () => {
    const values: TermsFormValues = {
      gpuDiscounts: [row(), row({ key: 'k2', priceClass: 'ON_DEMAND', percent: '12.5' })],
      tokenDiscounts: [
        { key: 't1', modelId: '', percent: '10' },
        { key: 't2', modelId: 'model_1', percent: '20' },
      ],
      spendCapMode: 'HARD',
      spendCapMonthly: '25,000',
      allowedJurisdictions: ['EU'],
      allowedRegionIds: ['region_1'],
      retentionDays: '0',
      noTraining: true,
      slaPolicyId: 'slaPolicy_1',
      onDemandReclaimable: false,
    };
    expect(validateTermsForm(values)).toEqual({});
    expect(termsInput(values)).toEqual({
      gpuDiscounts: [
        { gpuTypeId: 'gpuType_1', priceClass: 'RESERVED', percent: 15 },
        { gpuTypeId: 'gpuType_1', priceClass: 'ON_DEMAND', percent: 12.5 },
      ],
      tokenDiscounts: [
        { modelId: null, percent: 10 },
        { modelId: 'model_1', percent: 20 },
      ],
      spendCap: { mode: 'HARD', monthly: '25000000000' },
      allowedJurisdictions: ['EU'],
      allowedRegionIds: ['region_1'],
      retentionDays: 0,
      noTraining: true,
      slaPolicyId: 'slaPolicy_1',
      onDemandReclaimable: false,
    });
  });

  it('reads existing terms back into the form (to amend them) without losing anything', () => {
    const terms = {
      gpuDiscounts: [{ gpuTypeId: 'gpuType_1', priceClass: 'RESERVED' as const, percent: 15 }],
      tokenDiscounts: [{ modelId: null, percent: 5 }],
      spendCap: { mode: 'ALERT' as const, monthly: '1250500000' },
      allowedJurisdictions: ['EU' as const],
      allowedRegionIds: [],
      retentionDays: 7,
      noTraining: true,
      slaPolicyId: null,
      onDemandReclaimable: false,
    };
    const form = termsFormFrom(terms);
    expect(form.spendCapMonthly).toBe('1250.5');
    expect(form.gpuDiscounts[0]!.percent).toBe('15');
    expect(termsInput(form)).toEqual({ ...terms, spendCap: { mode: 'ALERT', monthly: '1250500000' } });
  });

  it('flags what the server would refuse, on the field', () => {
    const errors = validateTermsForm({
      ...defaultTermsForm(),
      gpuDiscounts: [row(), row({ key: 'dup' }), row({ key: 'empty', gpuTypeId: '', percent: '101' })],
      tokenDiscounts: [
        { key: 'a', modelId: '', percent: '5' },
        { key: 'b', modelId: '', percent: '1.234' },
      ],
      spendCapMode: 'HARD',
      spendCapMonthly: '',
      retentionDays: '3651',
    });
    expect(errors).toEqual({
      'gpuDiscounts.1.gpuTypeId': 'This GPU type and class already has a discount above.',
      'gpuDiscounts.2.gpuTypeId': 'Choose a GPU type.',
      'gpuDiscounts.2.percent': 'From 0 to 100, at most two decimals.',
      'tokenDiscounts.1.modelId': 'Every model already has a discount above.',
      'tokenDiscounts.1.percent': 'From 0 to 100, at most two decimals.',
      spendCapMonthly: 'Enter the monthly cap, e.g. 25,000.',
      retentionDays: 'A whole number of days from 0 to 3650.',
    });
    expect(validateTermsForm({ ...defaultTermsForm(), spendCapMode: 'ALERT', spendCapMonthly: '12.3456789' }).spendCapMonthly).toMatch(
      /six decimals/,
    );
  });

  it('puts the server’s field errors about terms on the right field', () => {
    expect(termsFieldOf('gpuDiscounts.1.gpuTypeId')).toBe('gpuDiscounts.1.gpuTypeId');
    expect(termsFieldOf('gpuDiscounts.1')).toBe('gpuDiscounts.1.gpuTypeId');
    expect(termsFieldOf('gpuDiscounts.0.percent')).toBe('gpuDiscounts.0.percent');
    expect(termsFieldOf('tokenDiscounts.2.modelId')).toBe('tokenDiscounts.2.modelId');
    expect(termsFieldOf('spendCap.monthly')).toBe('spendCapMonthly');
    expect(termsFieldOf('allowedRegionIds.0')).toBe('allowedRegionIds');
    expect(termsFieldOf('slaPolicyId')).toBe('slaPolicyId');
    expect(termsFieldOf('somethingElse')).toBeUndefined();
  });
});
