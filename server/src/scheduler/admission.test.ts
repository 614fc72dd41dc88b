import { describe, expect, it } from 'vitest';
import { CapacityClass, Jurisdiction } from '../modules/inventory/inventory.enums';
import { SpendCapMode } from '../modules/contracts/contracts.enums';
import { JobReason } from '../modules/jobs/jobs.enums';
import { candidatePools, offerFor, quotaRefusal, spendCapRefusal } from './admission';
import { NOW, ask, org, pool, running, world } from './world.fixture';

describe('candidate pools', () => {
  it('keeps pools of an acceptable type and region that can hold the shape', () => {
    const pools = [
      pool({ id: 'a' }),
      pool({ id: 'b', gpuTypeId: 'gpu_mi300' }),
      pool({ id: 'c', regionId: 'reg_us' }),
      pool({ id: 'd', gpusPerNode: 4 }),
      pool({ id: 'e', nodeCount: 1 }),
    ];
    expect(candidatePools(pools, ask({ regionIds: ['reg_eu'], nodeCount: 2 })).map((p) => p.id)).toEqual(['a']);
    expect(candidatePools(pools, ask({ gpusPerNode: 4 })).map((p) => p.id)).toEqual(['a', 'c', 'd', 'e']);
  });
});

describe('offers', () => {
  it('prices ON_DEMAND at list less the contract discount, and holds price × max duration', () => {
    const o = org({ terms: { gpuDiscounts: [{ gpuTypeId: 'gpu_h100', priceClass: 'ON_DEMAND' as never, percent: 10 }] } });
    const offer = offerFor(world([pool({ id: 'p' })], [o]), o, [], ask({ maxDurationSeconds: 7_200 }), pool({ id: 'p' }));
    expect(offer).toEqual({
      currency: 'USD',
      unitPrice: 2_700_000n,
      listUnitPrice: 3_000_000n,
      commitmentId: null,
      holdMicros: 43_200_000n,
    });
  });

  it('refuses a region outside the residency as never', () => {
    const o = org({ terms: { allowedJurisdictions: [Jurisdiction.US] } });
    expect(offerFor(world([], [o]), o, [], ask(), pool({ id: 'p' }))).toMatchObject({ reason: JobReason.RESIDENCY, never: true });
  });

  it('runs RESERVED at the commitment rate while the commitment has room; waits when it is full; never without one', () => {
    const p = pool({ id: 'p' });
    const commitment = {
      id: 'cmt_1',
      poolId: 'p',
      regionId: 'reg_eu',
      gpuTypeId: 'gpu_h100',
      gpus: 16,
      startsAt: new Date(0),
      endsAt: new Date(NOW.getTime() + 86_400_000),
      ratePerGpuHour: 1_500_000n,
    };
    const o = org({ terms: {}, commitments: [commitment] });
    const w = world([p], [o]);
    const reserved = ask({ capacityClass: CapacityClass.RESERVED });
    expect(offerFor(w, o, [], reserved, p)).toMatchObject({ unitPrice: 1_500_000n, commitmentId: 'cmt_1', holdMicros: 12_000_000n });
    const holding = [
      running(pool({ id: 'x' }), {
        id: 'job_r',
        organizationId: 'org_a',
        capacityClass: CapacityClass.RESERVED,
        gpus: 16,
        commitmentId: 'cmt_1',
        nodeIds: [],
      }),
    ];
    expect(offerFor(w, o, holding, reserved, p)).toMatchObject({ reason: JobReason.COMMITMENT, never: false });
    expect(offerFor(w, o, [], ask({ capacityClass: CapacityClass.RESERVED, gpusPerNode: 8, nodeCount: 3 }), p)).toMatchObject({
      never: true,
    });
    expect(offerFor(w, org(), [], reserved, p)).toMatchObject({ reason: JobReason.COMMITMENT, never: true });
    // A commitment that ends before the job would: not covered.
    const short = org({ terms: {}, commitments: [{ ...commitment, endsAt: new Date(NOW.getTime() + 60_000) }] });
    expect(offerFor(w, short, [], reserved, p)).toMatchObject({ reason: JobReason.COMMITMENT });
  });

  it('prices INTERNAL work at nothing', () => {
    const o = org({ internal: true });
    expect(offerFor(world([], [o]), o, [], ask({ capacityClass: CapacityClass.INTERNAL }), pool({ id: 'p' }))).toMatchObject({
      holdMicros: 0n,
      unitPrice: null,
    });
  });
});

describe('quotas', () => {
  const p = pool({ id: 'p' });
  const live = [running(pool({ id: 'q' }), { id: 'job_1', organizationId: 'org_a', projectId: 'prj_a', gpus: 8, nodeIds: [] })];

  it('says which quota and how many are in use', () => {
    const o = org({ quotas: [{ id: 'quo_1', projectId: 'prj_a', gpuTypeId: 'gpu_h100', regionId: 'reg_eu', limit: 16 }] });
    expect(quotaRefusal(o, live, ask(), p)).toBeNull();
    const full = [...live, { ...live[0]!, id: 'job_2' }];
    expect(quotaRefusal(o, full, ask(), p)).toEqual({
      reason: JobReason.QUOTA,
      message: 'project quota of 16 H100-80GB in eu-west reached, 16 in use',
      never: false,
    });
  });

  it('ignores another project’s quota and one for another GPU type; refuses for ever below the ask', () => {
    expect(
      quotaRefusal(org({ quotas: [{ id: 'q', projectId: 'prj_other', gpuTypeId: null, regionId: null, limit: 0 }] }), live, ask(), p),
    ).toBeNull();
    expect(
      quotaRefusal(org({ quotas: [{ id: 'q', projectId: null, gpuTypeId: 'gpu_mi300', regionId: null, limit: 0 }] }), live, ask(), p),
    ).toBeNull();
    expect(
      quotaRefusal(org({ quotas: [{ id: 'q', projectId: null, gpuTypeId: null, regionId: null, limit: 4 }] }), [], ask(), p),
    ).toMatchObject({
      never: true,
      message: 'organization quota of 4 GPUs is below the 8 GPUs asked',
    });
  });
});

describe('spend cap', () => {
  const offer = { currency: 'USD', unitPrice: 3_000_000n, listUnitPrice: 3_000_000n, commitmentId: null, holdMicros: 24_000_000n };
  const capped = (mode: SpendCapMode) =>
    org({ terms: { spendCap: { monthlyMicros: '50000000', mode } }, spentThisMonthMicros: 10_000_000n });

  it('holds rated spend plus live holds plus this hold against a HARD cap', () => {
    expect(spendCapRefusal(capped(SpendCapMode.HARD), 0n, offer)).toBeNull();
    expect(spendCapRefusal(capped(SpendCapMode.HARD), 20_000_000n, offer)).toMatchObject({ reason: JobReason.SPEND_CAP, never: false });
    expect(spendCapRefusal(capped(SpendCapMode.HARD), 0n, { ...offer, holdMicros: 60_000_000n })).toMatchObject({ never: true });
  });

  it('never refuses under an ALERT cap', () => {
    expect(spendCapRefusal(capped(SpendCapMode.ALERT), 40_000_000n, offer)).toBeNull();
  });
});
