import { describe, expect, it } from 'vitest';
import { capacityRuleViolation, dailyForecast, NO_ALLOCATIONS, peakReserved, poolFigures, reservedAt, sumFigures } from './capacity.math';

const d = (day: number) => new Date(Date.UTC(2027, 0, day));
const r = (gpus: number, from: number, to: number) => ({ gpus, startsAt: d(from), endsAt: d(to) });

describe('capacity arithmetic', () => {
  it('counts reservations active at an instant, ends exclusive', () => {
    const rs = [r(8, 1, 10), r(4, 5, 10)];
    expect(reservedAt(rs, d(1))).toBe(8);
    expect(reservedAt(rs, d(5))).toBe(12);
    expect(reservedAt(rs, d(10))).toBe(0);
  });

  it('finds the peak over time; back-to-back reservations do not add up', () => {
    expect(peakReserved([r(8, 1, 5), r(8, 5, 9)], d(1))).toBe(8);
    expect(peakReserved([r(8, 1, 6), r(8, 5, 9), r(2, 20, 30)], d(1))).toBe(16);
    expect(peakReserved([r(8, 1, 6), r(8, 5, 9)], d(7))).toBe(8);
  });

  it('holds the rule floor + reserved ≤ total, naming the shortfall and when', () => {
    const pool = { totalGpus: 64, internalFloorGpus: 16, reservations: [r(32, 1, 30), r(8, 10, 20)] };
    expect(capacityRuleViolation(pool, d(1))).toBeUndefined();
    const tighter = { ...pool, reservations: [...pool.reservations, r(16, 15, 16)] };
    expect(capacityRuleViolation(tighter, d(1))).toMatchObject({ shortfallGpus: 8, peakCommittedGpus: 56, at: d(15) });
    expect(capacityRuleViolation({ ...pool, internalFloorGpus: 40 }, d(11))).toMatchObject({ shortfallGpus: 16 });
  });

  it('computes headroom from what is up, held back, committed and in use', () => {
    const figures = poolFigures(
      {
        totalGpus: 64,
        availableGpus: 56,
        internalFloorGpus: 16,
        internalDemandGpus: 8,
        reservations: [r(16, 1, 30)],
        allocated: { INTERNAL: 4, RESERVED: 10, ON_DEMAND: 8, SPOT: 4 },
      },
      d(2),
    );
    // 56 up − max(16 floor, 8 demand, 4 internal) − max(16 committed, 10 reserved) − 8 − 4
    expect(figures.headroomGpus).toBe(12);
    expect(figures.committedGpus).toBe(16);
    expect(figures.notes).toEqual(['8 GPUs are on drained or down nodes']);
  });

  it('sells nothing from a blocked pool, and says why', () => {
    const figures = poolFigures(
      {
        totalGpus: 64,
        availableGpus: 0,
        internalFloorGpus: 0,
        internalDemandGpus: 0,
        reservations: [],
        allocated: NO_ALLOCATIONS,
        blockedBecause: 'cluster fra-1 is UNREACHABLE',
      },
      d(1),
    );
    expect(figures).toMatchObject({ headroomGpus: 0, notes: ['cluster fra-1 is UNREACHABLE'] });
  });

  it('reports internal demand above the floor and over-allocation without negative headroom', () => {
    const figures = poolFigures(
      {
        totalGpus: 16,
        availableGpus: 16,
        internalFloorGpus: 4,
        internalDemandGpus: 12,
        reservations: [],
        allocated: { ...NO_ALLOCATIONS, SPOT: 8 },
      },
      d(1),
    );
    expect(figures.headroomGpus).toBe(0);
    expect(figures.notes).toEqual(['internal demand of 12 GPUs is above the floor of 4', 'over-allocated by 4 GPUs']);
  });

  it('adds figures up', () => {
    const a = poolFigures(
      { totalGpus: 8, availableGpus: 8, internalFloorGpus: 2, internalDemandGpus: 0, reservations: [], allocated: NO_ALLOCATIONS },
      d(1),
    );
    expect(sumFigures([a, a])).toMatchObject({ totalGpus: 16, internalFloorGpus: 4, headroomGpus: 12 });
  });

  it('forecasts day by day', () => {
    const days = dailyForecast({ totalGpus: 64, internalFloorGpus: 16, reservations: [r(32, 2, 4)] }, d(1), 4);
    expect(days.map((x) => x.committedGpus)).toEqual([0, 32, 32, 0]);
    expect(days.map((x) => x.headroomGpus)).toEqual([48, 16, 16, 48]);
  });
});
