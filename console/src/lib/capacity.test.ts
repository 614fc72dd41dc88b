import { describe, expect, it } from 'vitest';
import { headroomHeatMap, heatLevel, poolBar, segmentWidth, tightestDay, type FiguresLike } from './capacity';

const figures = (over: Partial<FiguresLike> = {}): FiguresLike => ({
  totalGpus: 32,
  availableGpus: 32,
  internalFloorGpus: 8,
  internalDemandGpus: 0,
  committedGpus: 0,
  headroomGpus: 24,
  ...over,
  allocated: { internal: 0, reserved: 0, onDemand: 0, spot: 0, ...over.allocated },
});

const gpusOf = (bar: ReturnType<typeof poolBar>) => Object.fromEntries(bar.segments.map((s) => [s.key, s.gpus]));

describe('poolBar', () => {
  it('splits the total into floor, committed, on-demand, spot, headroom and unavailable', () => {
    // The ledger test's pool: 32 GPUs, 8 on a drained node, floor 8, 8 committed, 2 on-demand, 4 spot.
    const bar = poolBar(
      figures({ availableGpus: 24, committedGpus: 8, headroomGpus: 2, allocated: { internal: 0, reserved: 0, onDemand: 2, spot: 4 } }),
    );
    expect(gpusOf(bar)).toEqual({ internal: 8, committed: 8, onDemand: 2, spot: 4, headroom: 2, unavailable: 8 });
    expect(bar.segments.reduce((s, x) => s + x.gpus, 0)).toBe(32);
    expect(bar.overflow).toBe(0);
    expect(bar.segments.map((s) => s.key)).toEqual(['internal', 'committed', 'onDemand', 'spot', 'headroom', 'unavailable']);
  });

  it('holds back internal demand above the floor, and reserved work above its commitment', () => {
    const bar = poolBar(
      figures({
        internalDemandGpus: 12,
        committedGpus: 4,
        headroomGpus: 10,
        allocated: { internal: 0, reserved: 6, onDemand: 0, spot: 4 },
      }),
    );
    expect(gpusOf(bar)).toMatchObject({ internal: 12, committed: 6, spot: 4, headroom: 10, unavailable: 0 });
  });

  it('shows an unreachable cluster as all unavailable, without calling its floor over-allocated', () => {
    const bar = poolBar(figures({ availableGpus: 0, headroomGpus: 0, committedGpus: 8 }));
    expect(gpusOf(bar)).toEqual({ internal: 0, committed: 0, onDemand: 0, spot: 0, headroom: 0, unavailable: 32 });
    expect(bar.overflow).toBe(0);
  });

  it('keeps an over-allocated pool inside its bar and reports the excess', () => {
    const bar = poolBar(figures({ availableGpus: 16, headroomGpus: 0, allocated: { internal: 0, reserved: 0, onDemand: 6, spot: 6 } }));
    expect(gpusOf(bar)).toEqual({ internal: 8, committed: 0, onDemand: 6, spot: 2, headroom: 0, unavailable: 16 });
    expect(bar.overflow).toBe(4);
  });

  it('counts available GPUs the server does not sell as unavailable, so the bar still adds up', () => {
    const bar = poolBar(figures({ headroomGpus: 0 }));
    expect(gpusOf(bar)).toMatchObject({ internal: 8, headroom: 0, unavailable: 24 });
  });

  it('copes with an empty pool and nonsense figures', () => {
    expect(
      poolBar(figures({ totalGpus: 0, availableGpus: 0, internalFloorGpus: 0, headroomGpus: 0 })).segments.every((s) => s.gpus === 0),
    ).toBe(true);
    const bar = poolBar(figures({ availableGpus: 64, headroomGpus: 99, internalFloorGpus: -3 }));
    expect(gpusOf(bar)).toMatchObject({ internal: 0, headroom: 32, unavailable: 0 });
  });
});

describe('segmentWidth', () => {
  it('is a percentage of the bar, and 0 for an empty pool', () => {
    expect(segmentWidth(8, 32)).toBe(25);
    expect(segmentWidth(1, 3)).toBe(33.333);
    expect(segmentWidth(4, 0)).toBe(0);
  });
});

describe('headroomHeatMap', () => {
  const row = (region: string, gpuType: string, totalGpus: number, headroomGpus: number) => ({
    region: { code: region },
    gpuType: { code: gpuType },
    figures: { totalGpus, headroomGpus },
  });

  it('sums headroom per region and GPU type, and colours by share of the total', () => {
    const map = headroomHeatMap([
      row('us-east', 'H100-80GB', 768, 100),
      row('us-east', 'H100-80GB', 256, 156),
      row('eu-west', 'H200-141GB', 256, 0),
      row('eu-west', 'H100-80GB', 512, 20),
      { region: null, gpuType: { code: 'X' }, figures: { totalGpus: 8, headroomGpus: 8 } },
    ]);
    expect(map.regions).toEqual(['eu-west', 'us-east']);
    expect(map.gpuTypes).toEqual(['H100-80GB', 'H200-141GB']);
    expect(map.cell('us-east', 'H100-80GB')).toMatchObject({ headroomGpus: 256, totalGpus: 1024, pools: 2, share: 0.25, level: 3 });
    expect(map.cell('eu-west', 'H200-141GB')).toMatchObject({ headroomGpus: 0, level: 0 });
    expect(map.cell('eu-west', 'H100-80GB')?.level).toBe(1);
    expect(map.cell('us-east', 'H200-141GB')).toBeUndefined();
  });

  it('puts thresholds at 10%, 25% and 50%', () => {
    expect([0, 1, 9, 10, 24, 25, 49, 50, 100].map((h) => heatLevel(h, 100))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatLevel(5, 0)).toBe(0);
  });
});

describe('tightestDay', () => {
  it('finds the first day with the least headroom', () => {
    const days = [
      { day: 'd1', headroomGpus: 10 },
      { day: 'd2', headroomGpus: 4 },
      { day: 'd3', headroomGpus: 4 },
    ];
    expect(tightestDay(days)?.day).toBe('d2');
    expect(tightestDay([])).toBeUndefined();
  });
});
