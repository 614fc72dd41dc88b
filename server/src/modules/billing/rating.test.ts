import { describe, expect, it } from 'vitest';
import { contractTermsSchema } from '../contracts/contract-terms';
import { CapacityClass, PricedClass } from '../inventory/inventory.enums';
import { UsageKind } from '../metering/usage.enums';
import { InvoiceLineKind } from './billing.enums';
import { rateMonth, type RatingInput, type UsageGroup } from './rating';

const DECEMBER = new Date('2026-12-01T00:00:00Z');
const NOVEMBER = new Date('2026-11-01T00:00:00Z');
const JANUARY = new Date('2027-01-01T00:00:00Z');

const terms = contractTermsSchema.parse({
  gpuDiscounts: [{ gpuTypeId: 'gpu_h100', priceClass: PricedClass.ON_DEMAND, percent: 12.5 }],
  tokenDiscounts: [{ modelId: null, percent: 10 }],
});

const group = (overrides: Partial<UsageGroup>): UsageGroup => ({
  kind: UsageKind.GPU_SECONDS,
  sku: 'gpu/gpu_h100/ON_DEMAND/reg_eu',
  gpuTypeId: 'gpu_h100',
  capacityClass: CapacityClass.ON_DEMAND,
  regionId: 'reg_eu',
  modelId: null,
  usageMonth: DECEMBER,
  quantity: 3_600n,
  listPrice: 3_000_000n,
  priceCurrency: 'USD',
  versionId: 'cvr_1',
  commitmentId: null,
  ...overrides,
});

const input = (groups: UsageGroup[], extra: Partial<RatingInput> = {}): RatingInput => ({
  month: DECEMBER,
  currency: 'USD',
  groups,
  termsByVersion: new Map([['cvr_1', terms]]),
  commitments: [],
  labelOf: (g) => g.sku,
  ...extra,
});

describe('rateMonth', () => {
  it('sums a SKU’s hours at one price into one line, priced once with the contract discount', () => {
    // 3 × 1,201 GPU-seconds at $3/GPU-hour, 12.5% off: 3,603 s × 3,000,000 / 3,600 = 3,002,500 list; × 0.875 = 2,627,187.5 → 2,627,188.
    const rated = rateMonth(input([group({ quantity: 1_201n }), group({ quantity: 1_201n }), group({ quantity: 1_201n })]));
    expect(rated.lines).toHaveLength(1);
    expect(rated.lines[0]).toMatchObject({
      kind: InvoiceLineKind.ON_DEMAND,
      quantity: 3_603n,
      unitPrice: 3_000_000n,
      discountBasisPoints: 1_250,
      listAmount: 3_002_500n,
      amount: 2_627_188n,
      discountAmount: 375_312n,
    });
    expect(rated).toMatchObject({ subtotal: 3_002_500n, discounts: 375_312n, total: 2_627_188n, usageTotal: 2_627_188n });
  });

  it('keeps hours under different prices or terms on separate lines (no discount without a contract)', () => {
    const rated = rateMonth(input([group({}), group({ listPrice: 4_000_000n }), group({ versionId: null })]));
    expect(rated.lines.map((l) => [l.unitPrice, l.discountBasisPoints, l.amount])).toEqual([
      [3_000_000n, 0, 3_000_000n],
      [3_000_000n, 1_250, 2_625_000n],
      [4_000_000n, 1_250, 3_500_000n],
    ]);
  });

  it('bills commitments whether used or not, shows their utilization, and does not charge RESERVED use inside them', () => {
    const commitment = {
      id: 'cmt_1',
      currency: 'USD',
      label: 'H100 in eu',
      gpus: 8,
      ratePerGpuHour: 2_000_000n,
      reservedListPrice: 2_500_000n,
      from: new Date('2026-12-16T00:00:00Z'),
      to: JANUARY,
    };
    const reserved = group({
      sku: 'gpu/gpu_h100/RESERVED/reg_eu',
      capacityClass: CapacityClass.RESERVED,
      commitmentId: 'cmt_1',
      quantity: 8n * 3_600n * 24n * 4n,
      listPrice: 2_500_000n,
    });
    const rated = rateMonth(input([reserved], { commitments: [commitment] }));
    const [fee, use] = rated.lines;
    // 16 days of 8 GPUs: 8 × 16 × 24 = 3,072 GPU-hours at $2 = $6,144; at the $2.50 list = $7,680.
    expect(fee).toMatchObject({
      kind: InvoiceLineKind.COMMITMENT,
      quantity: 8n * 16n * 86_400n,
      amount: 6_144_000_000n,
      listAmount: 7_680_000_000n,
      usedQuantity: 8n * 4n * 86_400n,
    });
    expect(use).toMatchObject({ kind: InvoiceLineKind.RESERVED, amount: 0n, listAmount: 0n, commitmentId: 'cmt_1' });
    expect(rated.total).toBe(6_144_000_000n);
    expect(rated.usageTotal).toBe(0n);
  });

  it('covers RESERVED use only up to what the commitment commits this month, and bills the rest at the RESERVED list price', () => {
    // 1 GPU for the whole of December: 744 GPU-hours committed; 750 used.
    const commitment = {
      id: 'cmt_1',
      label: 'H100 in eu',
      currency: 'USD',
      gpus: 1,
      ratePerGpuHour: 2_000_000n,
      reservedListPrice: 2_500_000n,
      from: DECEMBER,
      to: JANUARY,
    };
    const used = group({
      sku: 'gpu/gpu_h100/RESERVED/reg_eu',
      capacityClass: CapacityClass.RESERVED,
      commitmentId: 'cmt_1',
      quantity: 750n * 3_600n,
      listPrice: 2_500_000n,
    });
    const rated = rateMonth(input([used], { commitments: [commitment] }));
    expect(rated.lines.map((l) => [l.kind, l.quantity, l.amount, l.usedQuantity])).toEqual([
      [InvoiceLineKind.COMMITMENT, 744n * 3_600n, 1_488_000_000n, 744n * 3_600n],
      [InvoiceLineKind.RESERVED, 744n * 3_600n, 0n, null],
      [InvoiceLineKind.RESERVED, 6n * 3_600n, 15_000_000n, null],
    ]);
    expect(rated.lines[2]!.description).toMatch(/beyond any commitment/);
  });

  it('bills no commitment fee in another currency, and says so', () => {
    const commitment = {
      id: 'cmt_1',
      label: 'H100 in eu',
      currency: 'EUR',
      gpus: 1,
      ratePerGpuHour: 2_000_000n,
      reservedListPrice: null,
      from: DECEMBER,
      to: JANUARY,
    };
    const rated = rateMonth(input([], { commitments: [commitment] }));
    expect(rated.lines).toEqual([]);
    expect(rated.warnings).toEqual(['Commitment H100 in eu is in EUR, the invoice is in USD: its fee is not billed here.']);
  });

  it('prices tokens per direction with the all-models discount', () => {
    // 2,500,000 output tokens at $0.80 per million, 10% off: 2,000,000 list → 1,800,000.
    const rated = rateMonth(
      input([
        group({
          kind: UsageKind.OUTPUT_TOKENS,
          sku: 'tokens/mdl_x/output',
          gpuTypeId: null,
          capacityClass: null,
          regionId: null,
          modelId: 'mdl_x',
          quantity: 2_500_000n,
          listPrice: 800_000n,
        }),
      ]),
    );
    expect(rated.lines[0]).toMatchObject({ kind: InvoiceLineKind.TOKENS, unit: 'TOKEN', listAmount: 2_000_000n, amount: 1_800_000n });
  });

  it('puts late usage of an earlier month on an adjustment line, at the price in force then', () => {
    const rated = rateMonth(input([group({ usageMonth: NOVEMBER, listPrice: 2_000_000n, versionId: null }), group({})]));
    expect(rated.lines.map((l) => [l.kind, l.amount])).toEqual([
      [InvoiceLineKind.ON_DEMAND, 2_625_000n],
      [InvoiceLineKind.ADJUSTMENT, 2_000_000n],
    ]);
    expect(rated.lines[1]!.description).toBe('Late usage from 2026-11: gpu/gpu_h100/ON_DEMAND/reg_eu');
  });

  it('warns instead of guessing when no price is in force or its currency differs, and never bills INTERNAL work', () => {
    const rated = rateMonth(
      input([
        group({ listPrice: null }),
        group({ priceCurrency: 'EUR' }),
        group({ capacityClass: CapacityClass.INTERNAL, sku: 'gpu/gpu_h100/INTERNAL/reg_eu' }),
      ]),
    );
    expect(rated.lines).toEqual([]);
    expect(rated.warnings).toEqual([
      'No list price in force for gpu/gpu_h100/ON_DEMAND/reg_eu in 2026-12: 3600 not billed.',
      'gpu/gpu_h100/ON_DEMAND/reg_eu is priced in EUR, the invoice is in USD: 3600 not billed.',
    ]);
  });
});
