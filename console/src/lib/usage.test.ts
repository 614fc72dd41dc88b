import { describe, expect, it } from 'vitest';
import { dailyGpuUsage, gpuHours, gpuUsageByTypeAndClass, monthRange, share, tokensByModel } from './usage';

const gpu = (day: string, gpuTypeId: string, capacityClass: string, quantity: string) => ({
  periodStart: `${day}T00:00:00.000Z`,
  kind: 'GPU_SECONDS',
  sku: `gpu/${gpuTypeId}/${capacityClass}/reg`,
  gpuTypeId,
  capacityClass,
  quantity,
});

describe('usage charts', () => {
  it('sums GPU-seconds per GPU type and class exactly, largest type first', () => {
    const bars = gpuUsageByTypeAndClass([
      gpu('2026-12-01', 'gpu_a', 'SPOT', '3600'),
      gpu('2026-12-02', 'gpu_b', 'ON_DEMAND', '9007199254740993'),
      gpu('2026-12-02', 'gpu_a', 'SPOT', '1800'),
      gpu('2026-12-02', 'gpu_a', 'RESERVED', '7200'),
      { periodStart: '2026-12-02T00:00:00.000Z', kind: 'INPUT_TOKENS', sku: 'tokens/m/input', modelId: 'm', quantity: '5' },
    ]);
    expect(bars.map((b) => [b.gpuTypeId, b.total, Object.fromEntries(b.byClass)])).toEqual([
      ['gpu_b', 9007199254740993n, { ON_DEMAND: 9007199254740993n }],
      ['gpu_a', 12_600n, { SPOT: 5_400n, RESERVED: 7_200n }],
    ]);
  });

  it('lists every day of the range, zero where nothing ran', () => {
    const days = dailyGpuUsage(
      [gpu('2026-12-02', 'gpu_a', 'SPOT', '3600')],
      new Date('2026-12-01T00:00:00Z'),
      new Date('2026-12-04T00:00:00Z'),
    );
    expect(days.map((d) => [d.day, d.total])).toEqual([
      ['2026-12-01', 0n],
      ['2026-12-02', 3_600n],
      ['2026-12-03', 0n],
    ]);
  });

  it('adds input and output tokens per model', () => {
    const row = (kind: string, modelId: string, quantity: string) => ({
      periodStart: '2026-12-01T00:00:00Z',
      kind,
      sku: '',
      modelId,
      quantity,
    });
    expect(tokensByModel([row('INPUT_TOKENS', 'm1', '10'), row('OUTPUT_TOKENS', 'm1', '5'), row('INPUT_TOKENS', 'm2', '100')])).toEqual([
      { modelId: 'm2', input: 100n, output: 0n },
      { modelId: 'm1', input: 10n, output: 5n },
    ]);
  });

  it('shows GPU-hours with one decimal, rounded half up', () => {
    expect(gpuHours(5_400n)).toBe('1.5');
    expect(gpuHours(179n)).toBe('0.0');
    expect(gpuHours(180n)).toBe('0.1');
    expect(gpuHours(3_600n * 12_345n)).toBe('12,345.0');
  });

  it('gives widths as a share of the largest bar', () => {
    expect(share(1n, 4n)).toBe(25);
    expect(share(0n, 0n)).toBe(0);
  });

  it('names calendar months in UTC', () => {
    const now = new Date('2026-01-15T10:00:00Z');
    expect(monthRange(now)).toMatchObject({ key: '2026-01', label: 'January 2026', from: new Date('2026-01-01T00:00:00Z') });
    expect(monthRange(now, -1)).toMatchObject({ key: '2025-12', to: new Date('2026-01-01T00:00:00Z') });
  });
});
