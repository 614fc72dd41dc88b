import { describe, expect, it } from 'vitest';
import { AppError } from '../../graphql/errors';
import { QuotaKind } from './contracts.enums';
import { checkQuotaLimit, checkQuotaShape, MAX_QUOTA_LIMIT, quotaApplies, quotaScopeKey } from './quota.rules';

function refusedAt(fn: () => unknown, field: string): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

const GPU = 'gpu_01jdx4000000000000000000aa';
const REGION = 'reg_01jdx4000000000000000000aa';
const MODEL = 'mdl_01jdx4000000000000000000aa';

describe('quota shapes', () => {
  it('lets CONCURRENT_GPUS name a GPU type and/or a region, never a model', () => {
    for (const dims of [{}, { gpuTypeId: GPU }, { regionId: REGION }, { gpuTypeId: GPU, regionId: REGION }]) {
      expect(() => checkQuotaShape({ kind: QuotaKind.CONCURRENT_GPUS, ...dims })).not.toThrow();
    }
    const model = refusedAt(() => checkQuotaShape({ kind: QuotaKind.CONCURRENT_GPUS, gpuTypeId: GPU, modelId: MODEL }), 'input.modelId');
    expect(model.message).toContain('CONCURRENT_GPUS');
  });

  it('makes TOKENS_PER_MINUTE name a model and nothing else', () => {
    expect(() => checkQuotaShape({ kind: QuotaKind.TOKENS_PER_MINUTE, modelId: MODEL })).not.toThrow();
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.TOKENS_PER_MINUTE }), 'input.modelId');
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.TOKENS_PER_MINUTE, modelId: MODEL, gpuTypeId: GPU }), 'input.gpuTypeId');
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.TOKENS_PER_MINUTE, modelId: MODEL, regionId: REGION }), 'input.regionId');
  });

  it('lets QUEUED_JOBS name none of them', () => {
    expect(() => checkQuotaShape({ kind: QuotaKind.QUEUED_JOBS, gpuTypeId: null, regionId: null, modelId: null })).not.toThrow();
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.QUEUED_JOBS, gpuTypeId: GPU }), 'input.gpuTypeId');
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.QUEUED_JOBS, regionId: REGION }), 'input.regionId');
    refusedAt(() => checkQuotaShape({ kind: QuotaKind.QUEUED_JOBS, modelId: MODEL }), 'input.modelId');
  });

  it('names the fields it is given', () => {
    refusedAt(
      () =>
        checkQuotaShape({ kind: QuotaKind.QUEUED_JOBS, modelId: MODEL }, { gpuTypeId: 'g', regionId: 'r', modelId: 'quotas.2.modelId' }),
      'quotas.2.modelId',
    );
  });
});

describe('quota limits', () => {
  it('takes whole numbers from 0', () => {
    expect(() => checkQuotaLimit(0)).not.toThrow();
    expect(() => checkQuotaLimit(MAX_QUOTA_LIMIT)).not.toThrow();
    refusedAt(() => checkQuotaLimit(-1), 'input.limit');
    refusedAt(() => checkQuotaLimit(1.5), 'input.limit');
    refusedAt(() => checkQuotaLimit(MAX_QUOTA_LIMIT + 1), 'input.limit');
  });
});

describe('quota scopes', () => {
  it('gives one key per scope, telling apart what is left out', () => {
    const org = { organizationId: 'org_x', kind: QuotaKind.CONCURRENT_GPUS };
    expect(quotaScopeKey({ ...org, gpuTypeId: GPU })).toBe(quotaScopeKey({ ...org, gpuTypeId: GPU, regionId: null, projectId: null }));
    expect(quotaScopeKey({ ...org, gpuTypeId: GPU })).not.toBe(quotaScopeKey({ ...org, regionId: GPU }));
    expect(quotaScopeKey({ ...org, projectId: 'prj_a' })).not.toBe(quotaScopeKey(org));
  });

  it('applies a limit to work matching every dimension it names', () => {
    const work = { gpuTypeId: GPU, regionId: REGION };
    expect(quotaApplies({}, work)).toBe(true);
    expect(quotaApplies({ gpuTypeId: GPU }, work)).toBe(true);
    expect(quotaApplies({ gpuTypeId: GPU, regionId: REGION }, work)).toBe(true);
    expect(quotaApplies({ gpuTypeId: 'gpu_other' }, work)).toBe(false);
    expect(quotaApplies({ regionId: REGION }, { gpuTypeId: GPU })).toBe(false);
    expect(quotaApplies({ modelId: MODEL }, { modelId: MODEL })).toBe(true);
  });
});
