import { CapacityClass } from '../modules/inventory/inventory.enums';
import type { PoolState } from './world';

/**
 * How many GPUs of a pool each priority class may take (DESIGN.md rules 1 and 2), pure.
 *
 * - The owner's work outside Headroom uses its internal demand, capped so it never eats into
 *   contract commitments; INTERNAL jobs run inside that envelope (the ledger counts
 *   max(demand, INTERNAL jobs), and so does this).
 * - SPOT runs on whatever is physically idle — unused floor and unused commitments included —
 *   and is the first to go when anyone above it needs the GPUs.
 * - ON_DEMAND sells what is neither floor, internal demand nor committed (the ledger's headroom),
 *   and may preempt SPOT to get it.
 * - RESERVED runs inside its commitment (checked by admission) and may preempt SPOT.
 * - INTERNAL may use everything not committed or sold ON_DEMAND, preempting SPOT.
 */

/** GPUs the owner's work (demand outside Headroom, or INTERNAL jobs) occupies. */
export function internalUse(pool: PoolState): number {
  const a = pool.allocated;
  const reservedHeld = Math.max(pool.committedGpus, a.RESERVED);
  const demand = Math.min(pool.internalDemandGpus, Math.max(0, pool.availableGpus - reservedHeld));
  return Math.max(a.INTERNAL, demand);
}

/** GPUs nobody uses now (internal demand counts as use). */
export function idleGpus(pool: PoolState): number {
  const a = pool.allocated;
  return Math.max(0, pool.availableGpus - internalUse(pool) - a.RESERVED - a.ON_DEMAND - a.SPOT);
}

/** GPUs more than the pool has that its users want now: what internal demand must reclaim. */
export function overcommittedGpus(pool: PoolState): number {
  const a = pool.allocated;
  return Math.max(0, internalUse(pool) + a.RESERVED + a.ON_DEMAND + a.SPOT - pool.availableGpus);
}

export interface ClassRoom {
  /** The most GPUs work of the class may hold here, counting what it could preempt. */
  entitled: number;
  /** Of those, idle now. */
  idle: number;
  /** Whether it may preempt SPOT work to get them. */
  preemptsSpot: boolean;
}

/**
 * Room for one more job of `capacityClass` in the pool. For RESERVED this is the pool's side
 * only: the commitment's own room is admission's business.
 */
export function classRoom(pool: PoolState, capacityClass: CapacityClass): ClassRoom {
  if (pool.blockedBecause) return { entitled: 0, idle: 0, preemptsSpot: false };
  const a = pool.allocated;
  const idle = idleGpus(pool);
  const reservedHeld = Math.max(pool.committedGpus, a.RESERVED);
  switch (capacityClass) {
    case CapacityClass.SPOT:
      return { entitled: idle, idle, preemptsSpot: false };
    case CapacityClass.ON_DEMAND: {
      const internalHeld = Math.max(pool.internalFloorGpus, internalUse(pool));
      const sellable = pool.availableGpus - internalHeld - reservedHeld - a.ON_DEMAND;
      return { entitled: Math.max(0, Math.min(sellable, idle + a.SPOT)), idle, preemptsSpot: true };
    }
    case CapacityClass.RESERVED: {
      const notReserved = internalUse(pool) + a.ON_DEMAND;
      return { entitled: Math.max(0, pool.availableGpus - notReserved - a.RESERVED), idle, preemptsSpot: true };
    }
    case CapacityClass.INTERNAL: {
      const untouchable = reservedHeld + a.ON_DEMAND + a.INTERNAL;
      return {
        entitled: Math.max(0, pool.availableGpus - untouchable),
        idle: idle + Math.max(0, internalUse(pool) - a.INTERNAL),
        preemptsSpot: true,
      };
    }
  }
}
