import { describe, expect, it } from 'vitest';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';
import { checkUsageBatch, type UsageEventDraft, type UsageReferences } from './usage-ingest.rules';

const NOW = new Date('2026-12-10T12:00:00Z');
const NOVEMBER = new Date('2026-11-01T00:00:00Z');
const DECEMBER = new Date('2026-12-01T00:00:00Z');

const refs: UsageReferences = {
  organizations: new Set(['org_a', 'org_b', 'org_owner']),
  internalOrganizations: new Set(['org_owner']),
  projects: new Map([
    ['prj_a', 'org_a'],
    ['prj_b', 'org_b'],
    ['prj_owner', 'org_owner'],
  ]),
  gpuTypes: new Set(['gpu_h100']),
  regions: new Set(['reg_eu']),
  models: new Set(['mdl_llama']),
  jobs: new Map([['job_b', 'org_b']]),
  openFrom: new Map([['org_b', DECEMBER]]),
};

const gpu = (overrides: Partial<UsageEventDraft> = {}): UsageEventDraft => ({
  dedupKey: 'e-1',
  organizationId: 'org_a',
  projectId: 'prj_a',
  kind: UsageKind.GPU_SECONDS,
  quantity: 3_600n,
  occurredAt: new Date('2026-12-10T11:00:00Z'),
  gpuTypeId: 'gpu_h100',
  capacityClass: CapacityClass.ON_DEMAND,
  regionId: 'reg_eu',
  ...overrides,
});

const reasonOf = (event: UsageEventDraft) => checkUsageBatch([event], refs, NOW).rejected[0];

describe('checkUsageBatch', () => {
  it('accepts GPU and token events with their SKU and own month', () => {
    const tokens: UsageEventDraft = {
      dedupKey: 'e-2',
      organizationId: 'org_a',
      projectId: 'prj_a',
      kind: UsageKind.OUTPUT_TOKENS,
      quantity: 10n,
      occurredAt: NOW,
      modelId: 'mdl_llama',
    };
    const checked = checkUsageBatch([gpu(), tokens], refs, NOW);
    expect(checked.rejected).toEqual([]);
    expect(checked.accepted.map((e) => [e.sku, e.billedMonth])).toEqual([
      ['gpu/gpu_h100/ON_DEMAND/reg_eu', DECEMBER],
      ['tokens/mdl_llama/output', DECEMBER],
    ]);
  });

  it('rejects each bad event with its field and reason, keeping the others', () => {
    const checked = checkUsageBatch([gpu({ dedupKey: 'bad', quantity: -5n }), gpu({ dedupKey: 'good' })], refs, NOW);
    expect(checked.accepted.map((e) => e.dedupKey)).toEqual(['good']);
    expect(checked.rejected).toEqual([
      { index: 0, dedupKey: 'bad', field: 'events.0.quantity', reason: 'A quantity cannot be negative (got -5).' },
    ]);
  });

  it.each([
    ['an unknown GPU type', gpu({ gpuTypeId: 'gpu_nope' }), 'gpuTypeId', /Unknown SKU: no GPU type gpu_nope/],
    ['an unknown region', gpu({ regionId: 'reg_nope' }), 'regionId', /Unknown SKU: no region/],
    [
      'an unknown model',
      gpu({ kind: UsageKind.INPUT_TOKENS, gpuTypeId: null, regionId: null, capacityClass: null, modelId: 'mdl_nope' }),
      'modelId',
      /no model mdl_nope/,
    ],
    ['GPU fields on tokens', gpu({ kind: UsageKind.INPUT_TOKENS, modelId: 'mdl_llama' }), 'modelId', /names a model only/],
    ['a model on GPU time', gpu({ modelId: 'mdl_llama' }), 'modelId', /not a model/],
    ['no class', gpu({ capacityClass: null }), 'capacityClass', /needs its capacity class/],
    ['INTERNAL for a customer', gpu({ capacityClass: CapacityClass.INTERNAL }), 'capacityClass', /own work only/],
    ['another tenant’s project', gpu({ projectId: 'prj_b' }), 'projectId', /belongs to another organization/],
    ['a job named by a data plane', gpu({ jobId: 'job_b' }), 'jobId', /records its own jobs’ GPU time itself/],
    ['a key of the form Headroom gives its jobs', gpu({ dedupKey: 'job:job_b:1:0' }), 'dedupKey', /Headroom's own jobs' usage/],
    ['an unknown organization', gpu({ organizationId: 'org_nope' }), 'organizationId', /No organization org_nope/],
    ['a future date', gpu({ occurredAt: new Date(NOW.getTime() + 10 * 60_000) }), 'occurredAt', /cannot be dated in the future/],
    ['an invalid date', gpu({ occurredAt: new Date(NaN) }), 'occurredAt', /not a valid time/],
    ['a key with spaces', gpu({ dedupKey: 'has space' }), 'dedupKey', /printable characters/],
    ['a huge quantity', gpu({ quantity: 10n ** 17n }), 'quantity', /at most/],
  ])('rejects %s', (_name, event, field, reason) => {
    const rejection = reasonOf(event);
    expect(rejection?.field).toBe(`events.0.${field}`);
    expect(rejection?.reason).toMatch(reason);
  });

  it('lets the capacity owner report work of any class, and its own jobs’ usage name the job', () => {
    expect(reasonOf(gpu({ organizationId: 'org_owner', projectId: 'prj_owner' }))).toBeUndefined();
    expect(reasonOf(gpu({ organizationId: 'org_owner', projectId: 'prj_owner', capacityClass: CapacityClass.INTERNAL }))).toBeUndefined();
    const interval = {
      attempt: 1,
      poolId: 'npl_1',
      gpus: 1,
      seconds: 60,
      startedAt: NOW,
      endedAt: NOW,
      currency: null,
      unitPrice: null,
      commitmentId: null,
    };
    const own = { organizationId: 'org_b', projectId: 'prj_b', jobId: 'job_b', jobInterval: interval };
    expect(reasonOf(gpu({ ...own, dedupKey: 'job:job_b:1:0' }))).toBeUndefined();
    expect(reasonOf(gpu({ ...own, organizationId: 'org_a', projectId: 'prj_a', dedupKey: 'job:job_b:1:0' }))?.reason).toMatch(
      /belongs to another organization/,
    );
  });

  it('keeps dedup keys apart per organization', () => {
    const checked = checkUsageBatch([gpu(), gpu({ organizationId: 'org_b', projectId: 'prj_b' })], refs, NOW);
    expect(checked.accepted).toHaveLength(2);
    expect(checked.repeatedInBatch).toBe(0);
  });

  it('lets clock skew of a few minutes through', () => {
    expect(reasonOf(gpu({ occurredAt: new Date(NOW.getTime() + 60_000) }))).toBeUndefined();
  });

  it('bills usage of a finalized month on the next open one, and says so', () => {
    const checked = checkUsageBatch(
      [gpu({ organizationId: 'org_b', projectId: 'prj_b', occurredAt: new Date('2026-11-20T00:00:00Z') })],
      refs,
      NOW,
    );
    expect(checked.accepted[0]!.billedMonth).toEqual(DECEMBER);
    expect(checked.adjusted).toEqual([
      {
        index: 0,
        dedupKey: 'e-1',
        billedMonth: DECEMBER,
        reason: 'The 2026-11 invoice is finalized: this usage is billed on the 2026-12 invoice as an adjustment.',
      },
    ]);
    expect(checkUsageBatch([gpu({ occurredAt: new Date('2026-11-20T00:00:00Z') })], refs, NOW).accepted[0]!.billedMonth).toEqual(NOVEMBER);
  });

  it('counts a dedup key repeated in the batch once', () => {
    const checked = checkUsageBatch([gpu(), gpu({ quantity: 7n })], refs, NOW);
    expect(checked.accepted).toHaveLength(1);
    expect(checked.accepted[0]!.quantity).toBe(3_600n);
    expect(checked.repeatedInBatch).toBe(1);
  });
});
