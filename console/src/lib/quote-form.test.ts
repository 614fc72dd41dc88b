import { describe, expect, it } from 'vitest';
import { emptyQuoteForm, quoteFieldOf, quoteGpuInput, quoteTokensInput, validateQuoteForm } from './quote-form';

describe('the quote form', () => {
  it('asks for GPU work in whole seconds', () => {
    const values = { ...emptyQuoteForm(), gpuTypeId: 'gpuType_1', gpus: '16', hours: '1.5', regionIds: ['region_1'] };
    expect(validateQuoteForm(values)).toEqual({});
    expect(quoteGpuInput(values, 'org_1')).toEqual({
      organizationId: 'org_1',
      projectId: null,
      gpuTypeId: 'gpuType_1',
      gpus: 16,
      hours: 1.5,
      priceClass: 'ON_DEMAND',
      regionIds: ['region_1'],
    });
  });

  it('asks for tokens', () => {
    const values = { ...emptyQuoteForm(), kind: 'tokens' as const, modelId: 'model_1', projectId: 'prj_1' };
    expect(validateQuoteForm(values)).toEqual({});
    expect(quoteTokensInput(values, 'org_1')).toEqual({
      organizationId: 'org_1',
      projectId: 'prj_1',
      modelId: 'model_1',
      inputTokens: 1000000,
      outputTokens: 1000000,
    });
  });

  it('checks only the fields of the kind asked for', () => {
    expect(validateQuoteForm({ ...emptyQuoteForm(), gpus: '0', hours: '9000' })).toEqual({
      gpuTypeId: 'Choose a GPU type.',
      gpus: 'A whole number of GPUs from 1 to 100,000.',
      hours: 'More than 0 and at most 8,760 hours (a year).',
    });
    expect(validateQuoteForm({ ...emptyQuoteForm(), kind: 'tokens', inputTokens: '' })).toEqual({
      modelId: 'Choose a model.',
      inputTokens: 'Enter the number of input tokens.',
    });
    expect(quoteFieldOf('input.regionIds.0')).toBe('regionIds');
    expect(quoteFieldOf('input.organizationId')).toBeUndefined();
  });
});
