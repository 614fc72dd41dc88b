import { describe, expect, it } from 'vitest';
import { emptyQuotaForm, quotaDimensions, quotaFieldOf, quotaLimitText, setQuotaInput, validateQuotaForm } from './quota-form';

describe('the quota form', () => {
  it('sends only the dimensions the kind counts', () => {
    const values = { ...emptyQuotaForm(), limit: '16', gpuTypeId: 'gpuType_1', regionId: 'region_1', modelId: 'model_1' };
    expect(setQuotaInput(values, 'org_1')).toEqual({
      organizationId: 'org_1',
      kind: 'CONCURRENT_GPUS',
      limit: 16,
      projectId: null,
      gpuTypeId: 'gpuType_1',
      regionId: 'region_1',
      modelId: null,
    });
    expect(setQuotaInput({ ...values, kind: 'TOKENS_PER_MINUTE', projectId: 'prj_1' }, 'org_1')).toMatchObject({
      kind: 'TOKENS_PER_MINUTE',
      projectId: 'prj_1',
      gpuTypeId: null,
      regionId: null,
      modelId: 'model_1',
    });
    expect(setQuotaInput({ ...values, kind: 'QUEUED_JOBS' }, 'org_1')).toMatchObject({ gpuTypeId: null, regionId: null, modelId: null });
  });

  it('checks the limit, and the model of a tokens quota', () => {
    expect(validateQuotaForm({ ...emptyQuotaForm(), limit: '0' })).toEqual({});
    expect(validateQuotaForm({ ...emptyQuotaForm(), kind: 'TOKENS_PER_MINUTE', limit: '-1' })).toEqual({
      limit: 'A whole number from 0 to 2,147,483,647.',
      modelId: 'Choose the model whose tokens are counted.',
    });
    expect(validateQuotaForm(emptyQuotaForm()).limit).toBe('Enter the limit (0 allows nothing).');
  });

  it('describes a quota’s scope and limit', () => {
    expect(quotaDimensions({ kind: 'CONCURRENT_GPUS', limit: 16, gpuType: { code: 'H100-80GB' }, region: null })).toBe(
      'H100-80GB in every region',
    );
    expect(quotaDimensions({ kind: 'TOKENS_PER_MINUTE', limit: 1, model: { key: 'm' } })).toBe('m');
    expect(quotaLimitText({ kind: 'TOKENS_PER_MINUTE', limit: 1000000 })).toBe('1,000,000 tokens a minute');
    expect(quotaFieldOf('input.modelId')).toBe('modelId');
    expect(quotaFieldOf('input.organizationId')).toBeUndefined();
  });
});
