import { describe, expect, it } from 'vitest';
import { gpuPriceBook, inForce, type GpuPriceLike } from './prices';

const h100 = { id: 'gpu_h100', code: 'H100-80GB' };
const a100 = { id: 'gpu_a100', code: 'A100-80GB' };
const euWest = { id: 'reg_eu', code: 'eu-west', name: 'Europe West' };
const usEast = { id: 'reg_us', code: 'us-east', name: 'US East' };
let n = 0;
const price = (over: Partial<GpuPriceLike>): GpuPriceLike => ({
  id: `gpr_${n++}`,
  priceClass: 'ON_DEMAND',
  currency: 'USD',
  pricePerGpuHour: '2990000',
  effectiveFrom: '2025-11-01T00:00:00.000Z',
  effectiveTo: null,
  gpuType: h100,
  region: usEast,
  ...over,
});
const now = new Date('2025-11-26T12:00:00.000Z');

describe('inForce', () => {
  it('includes the start and excludes the end', () => {
    expect(inForce({ effectiveFrom: '2025-11-26T12:00:00.000Z' }, now)).toBe(true);
    expect(inForce({ effectiveFrom: '2025-11-01T00:00:00.000Z', effectiveTo: '2025-11-26T12:00:00.000Z' }, now)).toBe(false);
    expect(inForce({ effectiveFrom: '2025-12-01T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('gpuPriceBook', () => {
  it('groups by GPU type and region, sorted by code, with the price in force per class', () => {
    const old = price({ pricePerGpuHour: '3500000', effectiveFrom: '2025-08-01T00:00:00.000Z', effectiveTo: '2025-11-01T00:00:00.000Z' });
    const current = price({});
    const spot = price({ priceClass: 'SPOT', pricePerGpuHour: '1200000' });
    const eu = price({ region: euWest, pricePerGpuHour: '3350000' });
    const other = price({ gpuType: a100, pricePerGpuHour: '1790000' });
    const book = gpuPriceBook([current, old, spot, eu, other], now);

    expect(book.map((t) => t.gpuType.code)).toEqual(['A100-80GB', 'H100-80GB']);
    const h = book[1]!;
    expect(h.regions.map((r) => r.region.code)).toEqual(['eu-west', 'us-east']);
    expect(h.regions[1]!.classes['ON_DEMAND']).toEqual({ current });
    expect(h.regions[1]!.classes['SPOT']?.current).toBe(spot);
    expect(h.regions[1]!.classes['RESERVED']).toBeUndefined();
    expect(h.regions[0]!.classes['ON_DEMAND']?.current).toBe(eu);
  });

  it('keeps the earliest scheduled change as `next`', () => {
    const current = price({ effectiveTo: '2025-12-01T00:00:00.000Z' });
    const december = price({
      pricePerGpuHour: '2790000',
      effectiveFrom: '2025-12-01T00:00:00.000Z',
      effectiveTo: '2026-01-01T00:00:00.000Z',
    });
    const january = price({ pricePerGpuHour: '2590000', effectiveFrom: '2026-01-01T00:00:00.000Z' });
    const slot = gpuPriceBook([january, december, current], now)[0]!.regions[0]!.classes['ON_DEMAND'];
    expect(slot).toEqual({ current, next: december });
  });

  it('has no current price when only history or future prices exist', () => {
    const ended = price({ effectiveTo: '2025-11-20T00:00:00.000Z' });
    const future = price({ effectiveFrom: '2025-12-01T00:00:00.000Z' });
    expect(gpuPriceBook([ended, future], now)[0]!.regions[0]!.classes['ON_DEMAND']).toEqual({ next: future });
    expect(gpuPriceBook([], now)).toEqual([]);
  });
});
