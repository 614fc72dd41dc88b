import { describe, expect, it } from 'vitest';
import { CapacityClass } from '../modules/inventory/inventory.enums';
import { classRoom, idleGpus, internalUse, overcommittedGpus } from './capacity-room';
import { pool } from './world.fixture';

const allocated = (a: Partial<Record<CapacityClass, number>>) => ({ INTERNAL: 0, RESERVED: 0, ON_DEMAND: 0, SPOT: 0, ...a });

describe('capacity room by class', () => {
  it('sells ON_DEMAND only above the floor and commitments, SPOT on anything idle', () => {
    const p = pool({ id: 'p', internalFloorGpus: 8, committedGpus: 8 });
    expect(classRoom(p, CapacityClass.ON_DEMAND).entitled).toBe(16);
    expect(classRoom(p, CapacityClass.SPOT).entitled).toBe(32);
    expect(classRoom(p, CapacityClass.RESERVED).entitled).toBe(32);
  });

  it('lets ON_DEMAND count SPOT it may preempt, but never beyond what is sellable', () => {
    const p = pool({ id: 'p', internalFloorGpus: 8, allocated: allocated({ SPOT: 32 }) });
    expect(idleGpus(p)).toBe(0);
    const room = classRoom(p, CapacityClass.ON_DEMAND);
    expect(room).toEqual({ entitled: 24, idle: 0, preemptsSpot: true });
  });

  it('caps internal demand below commitments, so it never reaches RESERVED capacity', () => {
    const p = pool({ id: 'p', committedGpus: 16, internalDemandGpus: 32, allocated: allocated({ RESERVED: 8, SPOT: 8 }) });
    expect(internalUse(p)).toBe(16);
    expect(overcommittedGpus(p)).toBe(0);
    p.allocated.SPOT = 16;
    expect(overcommittedGpus(p)).toBe(8);
  });

  it('gives nothing in a pool whose cluster cannot be reached', () => {
    const p = pool({ id: 'p', blockedBecause: 'cluster c is unreachable' });
    for (const c of Object.values(CapacityClass)) expect(classRoom(p, c).entitled).toBe(0);
  });

  it('keeps non-reclaimable ON_DEMAND and commitments out of INTERNAL room', () => {
    const p = pool({ id: 'p', committedGpus: 8, allocated: allocated({ ON_DEMAND: 8, SPOT: 8 }) });
    expect(classRoom(p, CapacityClass.INTERNAL).entitled).toBe(16);
  });
});
