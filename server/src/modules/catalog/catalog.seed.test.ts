import { describe, expect, it } from 'vitest';
import { Jurisdiction, PricedClass } from '../inventory/inventory.enums';
import { ModelStatus } from './catalog.enums';
import { SEED_MODELS, seedGpuListPrice } from './catalog.seed';

const us = { jurisdiction: Jurisdiction.US };
const eu = { jurisdiction: Jurisdiction.EU };
const h100 = { code: 'H100-80GB', memoryGb: 80 };

describe('seeded GPU list prices', () => {
  it('prices an H100 in the US at 2.99 on demand, 70% reserved, 40% spot, to the cent', () => {
    expect(seedGpuListPrice(h100, us, PricedClass.ON_DEMAND)).toBe(2_990_000n);
    expect(seedGpuListPrice(h100, us, PricedClass.RESERVED)).toBe(2_090_000n);
    expect(seedGpuListPrice(h100, us, PricedClass.SPOT)).toBe(1_200_000n);
  });

  it('charges more outside the US and tells GPU models apart', () => {
    expect(seedGpuListPrice(h100, eu, PricedClass.ON_DEMAND)).toBe(3_350_000n);
    expect(seedGpuListPrice({ code: 'H200-141GB', memoryGb: 141 }, us, PricedClass.ON_DEMAND)).toBe(3_790_000n);
    expect(seedGpuListPrice({ code: 'A100-80GB', memoryGb: 80 }, us, PricedClass.ON_DEMAND)).toBe(1_790_000n);
    expect(seedGpuListPrice({ code: 'A100-40GB', memoryGb: 40 }, us, PricedClass.ON_DEMAND)).toBe(1_290_000n);
  });

  it('falls back on memory size for a GPU it does not know, never below zero', () => {
    const price = seedGpuListPrice({ code: 'X9-64GB', memoryGb: 64 }, us, PricedClass.SPOT);
    expect(price).toBe(900_000n);
    expect(price % 10_000n).toBe(0n);
  });
});

describe('seeded models', () => {
  it('has a dozen unique keys, one PREVIEW and one DEPRECATED', () => {
    expect(SEED_MODELS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SEED_MODELS.map((m) => m.key)).size).toBe(SEED_MODELS.length);
    expect(SEED_MODELS.filter((m) => m.status === ModelStatus.PREVIEW)).toHaveLength(1);
    expect(SEED_MODELS.filter((m) => m.status === ModelStatus.DEPRECATED)).toHaveLength(1);
  });
});
