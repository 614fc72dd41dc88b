import { describe, expect, it } from 'vitest';
import { Jurisdiction, PricedClass } from '../inventory/inventory.enums';
import { DEFAULT_TERMS, contractTermsSchema } from './contract-terms';
import {
  basisPointsToPercent,
  discountedUnitPrice,
  divideRoundHalfUp,
  effectiveDiscountPercent,
  gpuDiscountBasisPoints,
  monthStart,
  percentToBasisPoints,
  priceCommittedGpuUsage,
  priceGpuUsage,
  priceTokens,
  residencyAllows,
  tokenDiscountBasisPoints,
} from './pricing';

const HOUR = 3_600;

describe('rounding', () => {
  it('rounds half up, once', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(7n, 2n)).toBe(4n);
    expect(divideRoundHalfUp(14n, 10n)).toBe(1n);
    expect(divideRoundHalfUp(15n, 10n)).toBe(2n);
    expect(divideRoundHalfUp(149_999n, 100_000n)).toBe(1n);
    expect(divideRoundHalfUp(0n, 7n)).toBe(0n);
    expect(divideRoundHalfUp(6n, 3n)).toBe(2n);
  });

  it('refuses what it cannot round meaningfully', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(-1n, 2n)).toThrow(RangeError);
  });
});

describe('percentToBasisPoints', () => {
  it('is exact for whole, half and hundredth percentages', () => {
    expect(percentToBasisPoints(15)).toBe(1500);
    expect(percentToBasisPoints(12.5)).toBe(1250);
    expect(percentToBasisPoints(0.07)).toBe(7); // 0.07 × 100 = 7.000000000000001 in binary floats
    expect(percentToBasisPoints(33.33)).toBe(3333);
    expect(percentToBasisPoints(0)).toBe(0);
    expect(percentToBasisPoints(100)).toBe(10_000);
    expect(basisPointsToPercent(1250)).toBe(12.5);
  });

  it('refuses what is not a whole number of basis points, or not 0–100%', () => {
    expect(() => percentToBasisPoints(12.345)).toThrow(/hundredths/);
    expect(() => percentToBasisPoints(-1)).toThrow(RangeError);
    expect(() => percentToBasisPoints(100.01)).toThrow(RangeError);
    expect(() => percentToBasisPoints(Number.NaN)).toThrow(RangeError);
  });
});

describe('priceGpuUsage', () => {
  it('charges list price without a discount', () => {
    expect(priceGpuUsage({ listPricePerGpuHour: 2_990_000n, discountBasisPoints: 0, gpus: 8, seconds: 10 * HOUR })).toEqual({
      listAmount: 239_200_000n,
      discountAmount: 0n,
      amount: 239_200_000n,
    });
  });

  it('rounds once at the end, not per GPU-hour', () => {
    // 1,000,001 × 10 GPU-hours × 85% = 8,500,008.5 → 8,500,009. Rounding the unit price first
    // (850,000.85 → 850,001) and multiplying would give 8,500,010.
    const priced = priceGpuUsage({ listPricePerGpuHour: 1_000_001n, discountBasisPoints: 1500, gpus: 10, seconds: HOUR });
    expect(priced).toEqual({ listAmount: 10_000_010n, discountAmount: 1_500_001n, amount: 8_500_009n });
    expect(discountedUnitPrice(1_000_001n, 1500) * 10n).toBe(8_500_010n);
  });

  it('prices GPU-seconds exactly as billing meters them', () => {
    // 1,000,001 / 3600 = 277.778055… per GPU-second.
    expect(priceGpuUsage({ listPricePerGpuHour: 1_000_001n, discountBasisPoints: 0, gpus: 1, seconds: 1 }).amount).toBe(278n);
    // Half a micro-unit rounds up: 1,800 / 3,600 = 0.5 → 1.
    expect(priceGpuUsage({ listPricePerGpuHour: 1n, discountBasisPoints: 0, gpus: 1, seconds: 1_800 }).amount).toBe(1n);
    expect(priceGpuUsage({ listPricePerGpuHour: 1n, discountBasisPoints: 0, gpus: 1, seconds: 1_799 }).amount).toBe(0n);
    // Seconds may come as bigint from summed usage.
    expect(priceGpuUsage({ listPricePerGpuHour: 3_600_000n, discountBasisPoints: 0, gpus: 1, seconds: 10n ** 15n }).amount).toBe(
      10n ** 18n,
    );
  });

  it('applies a 12.5% discount exactly', () => {
    const priced = priceGpuUsage({
      listPricePerGpuHour: 3_333_333n,
      discountBasisPoints: percentToBasisPoints(12.5),
      gpus: 3,
      seconds: 7 * HOUR,
    });
    // 3,333,333 × 21 = 69,999,993; × 0.875 = 61,249,993.875 → 61,249,994.
    expect(priced).toEqual({ listAmount: 69_999_993n, discountAmount: 8_749_999n, amount: 61_249_994n });
  });

  it('keeps amount = list − discount, and handles the edges', () => {
    for (const bp of [0, 1, 999, 1500, 3333, 9999, 10_000]) {
      for (const [price, gpus, seconds] of [
        [2_990_001n, 7, 3_601],
        [1n, 1, 1],
        [999_999_999_999n, 1024, 8760 * HOUR],
      ] as const) {
        const p = priceGpuUsage({ listPricePerGpuHour: price, discountBasisPoints: bp, gpus, seconds });
        expect(p.listAmount - p.discountAmount).toBe(p.amount);
        expect(p.amount).toBeGreaterThanOrEqual(0n);
        expect(p.amount).toBeLessThanOrEqual(p.listAmount);
      }
    }
    expect(priceGpuUsage({ listPricePerGpuHour: 5_000_000n, discountBasisPoints: 10_000, gpus: 4, seconds: HOUR }).amount).toBe(0n);
    expect(priceGpuUsage({ listPricePerGpuHour: 0n, discountBasisPoints: 0, gpus: 4, seconds: HOUR }).amount).toBe(0n);
    expect(priceGpuUsage({ listPricePerGpuHour: 5_000_000n, discountBasisPoints: 0, gpus: 0, seconds: HOUR }).amount).toBe(0n);
  });

  it('does not lose precision where numbers would', () => {
    // 999,999,999,999 × 1,024 GPUs × a year in seconds is far beyond 2^53.
    const priced = priceGpuUsage({ listPricePerGpuHour: 999_999_999_999n, discountBasisPoints: 1, gpus: 1024, seconds: 8760 * HOUR });
    expect(priced.listAmount).toBe(999_999_999_999n * 1024n * 8760n);
    expect(priced.amount).toBe(divideRoundHalfUp(999_999_999_999n * 1024n * 8760n * 9_999n, 10_000n));
  });

  it('refuses nonsense inputs', () => {
    const ok = { listPricePerGpuHour: 1n, discountBasisPoints: 0, gpus: 1, seconds: 1 };
    expect(() => priceGpuUsage({ ...ok, listPricePerGpuHour: -1n })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, discountBasisPoints: 10_001 })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, discountBasisPoints: 12.5 })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, gpus: -1 })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, gpus: 1.5 })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, seconds: -1n })).toThrow(RangeError);
    expect(() => priceGpuUsage({ ...ok, seconds: 0.5 })).toThrow(RangeError);
  });
});

describe('priceCommittedGpuUsage', () => {
  it('charges the committed rate with no further discount, showing the saving against list', () => {
    expect(priceCommittedGpuUsage({ ratePerGpuHour: 2_000_000n, listPricePerGpuHour: 2_500_000n, gpus: 4, seconds: 24 * HOUR })).toEqual({
      listAmount: 240_000_000n,
      discountAmount: 48_000_000n,
      amount: 192_000_000n,
    });
  });

  it('without a list price to compare, the list amount is the amount', () => {
    expect(priceCommittedGpuUsage({ ratePerGpuHour: 2_000_001n, listPricePerGpuHour: null, gpus: 1, seconds: 1 })).toEqual({
      listAmount: 556n,
      discountAmount: 0n,
      amount: 556n,
    });
  });

  it('shows a negative saving when the committed rate is above today’s list', () => {
    const priced = priceCommittedGpuUsage({ ratePerGpuHour: 3_000_000n, listPricePerGpuHour: 2_000_000n, gpus: 1, seconds: HOUR });
    expect(priced).toEqual({ listAmount: 2_000_000n, discountAmount: -1_000_000n, amount: 3_000_000n });
    expect(effectiveDiscountPercent(priced)).toBe(-50);
  });
});

describe('priceTokens', () => {
  it('prices input and output together, rounded once', () => {
    // (880,000 × 1,234,567 + 900,000 × 345,679) / 10^6 = 1,397,530.06; × 75% = 1,048,147.545 → 1,048,148.
    expect(
      priceTokens({
        inputPerMillion: 880_000n,
        outputPerMillion: 900_000n,
        inputTokens: 1_234_567,
        outputTokens: 345_679,
        discountBasisPoints: 2500,
      }),
    ).toEqual({ listAmount: 1_397_530n, discountAmount: 349_382n, amount: 1_048_148n });
  });

  it('does not round input and output separately', () => {
    // 0.5 + 0.5 micro-units: separately rounded half up they would make 2; together they make 1.
    expect(
      priceTokens({ inputPerMillion: 1n, outputPerMillion: 1n, inputTokens: 500_000, outputTokens: 500_000, discountBasisPoints: 0 })
        .amount,
    ).toBe(1n);
  });

  it('handles zero tokens, big counts and refuses nonsense', () => {
    expect(
      priceTokens({ inputPerMillion: 880_000n, outputPerMillion: 900_000n, inputTokens: 0, outputTokens: 0, discountBasisPoints: 0 })
        .amount,
    ).toBe(0n);
    expect(
      priceTokens({ inputPerMillion: 1_000_000n, outputPerMillion: 0n, inputTokens: 10n ** 15n, outputTokens: 0n, discountBasisPoints: 0 })
        .amount,
    ).toBe(10n ** 15n);
    expect(() =>
      priceTokens({ inputPerMillion: 1n, outputPerMillion: 1n, inputTokens: -1, outputTokens: 0, discountBasisPoints: 0 }),
    ).toThrow(RangeError);
  });
});

describe('display helpers', () => {
  it('rounds a discounted unit price for display only', () => {
    expect(discountedUnitPrice(3_333_333n, 1500)).toBe(2_833_333n); // 2,833,333.05
    expect(discountedUnitPrice(1_000_001n, 1500)).toBe(850_001n); // 850,000.85
  });

  it('gives the effective discount of a priced amount', () => {
    expect(effectiveDiscountPercent({ listAmount: 240_000_000n, amount: 192_000_000n })).toBe(20);
    expect(effectiveDiscountPercent({ listAmount: 3n, amount: 2n })).toBe(33.33);
    expect(effectiveDiscountPercent({ listAmount: 0n, amount: 0n })).toBeNull();
  });

  it('knows where the month starts (UTC)', () => {
    expect(monthStart(new Date('2027-03-31T23:59:59.999Z'))).toEqual(new Date('2027-03-01T00:00:00.000Z'));
    expect(monthStart(new Date('2027-01-01T00:00:00.000Z'))).toEqual(new Date('2027-01-01T00:00:00.000Z'));
  });
});

describe('contract terms', () => {
  const terms = contractTermsSchema.parse({
    gpuDiscounts: [
      { gpuTypeId: 'gpu_h100', priceClass: PricedClass.ON_DEMAND, percent: 15 },
      { gpuTypeId: 'gpu_h100', priceClass: PricedClass.SPOT, percent: 12.5 },
    ],
    tokenDiscounts: [
      { modelId: null, percent: 10 },
      { modelId: 'mdl_llama', percent: 25 },
    ],
    allowedJurisdictions: [Jurisdiction.EU],
    allowedRegionIds: ['reg_london'],
  });

  it('finds the GPU discount for the type and class, else none', () => {
    expect(gpuDiscountBasisPoints(terms, 'gpu_h100', PricedClass.ON_DEMAND)).toBe(1500);
    expect(gpuDiscountBasisPoints(terms, 'gpu_h100', PricedClass.SPOT)).toBe(1250);
    expect(gpuDiscountBasisPoints(terms, 'gpu_h100', PricedClass.RESERVED)).toBe(0);
    expect(gpuDiscountBasisPoints(terms, 'gpu_a100', PricedClass.ON_DEMAND)).toBe(0);
    expect(gpuDiscountBasisPoints(null, 'gpu_h100', PricedClass.ON_DEMAND)).toBe(0);
  });

  it('lets a model-specific token discount beat the all-models one, in either order', () => {
    expect(tokenDiscountBasisPoints(terms, 'mdl_llama')).toBe(2500);
    expect(tokenDiscountBasisPoints(terms, 'mdl_other')).toBe(1000);
    const reversed = { tokenDiscounts: [...terms.tokenDiscounts].reverse() };
    expect(tokenDiscountBasisPoints(reversed, 'mdl_llama')).toBe(2500);
    expect(tokenDiscountBasisPoints({ tokenDiscounts: [{ modelId: 'mdl_llama', percent: 5 }] }, 'mdl_other')).toBe(0);
    expect(tokenDiscountBasisPoints(null, 'mdl_llama')).toBe(0);
  });

  it('applies residency: jurisdictions or named regions; nothing listed (or no contract) means anywhere', () => {
    expect(residencyAllows(terms, { id: 'reg_paris', jurisdiction: Jurisdiction.EU })).toBe(true);
    expect(residencyAllows(terms, { id: 'reg_london', jurisdiction: Jurisdiction.UK })).toBe(true);
    expect(residencyAllows(terms, { id: 'reg_virginia', jurisdiction: Jurisdiction.US })).toBe(false);
    expect(residencyAllows(DEFAULT_TERMS, { id: 'reg_virginia', jurisdiction: Jurisdiction.US })).toBe(true);
    expect(residencyAllows(null, { id: 'reg_virginia', jurisdiction: Jurisdiction.US })).toBe(true);
  });
});
