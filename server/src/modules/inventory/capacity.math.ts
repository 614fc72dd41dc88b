/**
 * Capacity arithmetic, pure: what a pool has, holds back, has promised and has in use, and what
 * it can still sell. The rule it guards (DESIGN.md rule 1): at every instant,
 * internal floor + reserved (committed) GPUs ≤ total GPUs.
 */

export interface Interval {
  gpus: number;
  startsAt: Date;
  endsAt: Date;
}

export interface AllocatedByClass {
  INTERNAL: number;
  RESERVED: number;
  ON_DEMAND: number;
  SPOT: number;
}

export interface PoolFacts {
  totalGpus: number;
  /** GPUs on nodes that can take work (not drained or down); 0 when the cluster cannot be reached. */
  availableGpus: number;
  internalFloorGpus: number;
  internalDemandGpus: number;
  reservations: Interval[];
  allocated: AllocatedByClass;
  /** Why capacity is not sold, when it is not (cluster unreachable, retired…). */
  blockedBecause?: string;
}

export interface CapacityFigures {
  totalGpus: number;
  availableGpus: number;
  internalFloorGpus: number;
  internalDemandGpus: number;
  /** Reserved for contracts now. */
  committedGpus: number;
  /** The most reserved at any instant from now on. */
  peakCommittedGpus: number;
  allocated: AllocatedByClass;
  /** What can be sold now as ON_DEMAND or SPOT. */
  headroomGpus: number;
  notes: string[];
}

export const NO_ALLOCATIONS: AllocatedByClass = { INTERNAL: 0, RESERVED: 0, ON_DEMAND: 0, SPOT: 0 };

/** GPUs reserved at instant `at`. */
export function reservedAt(reservations: Interval[], at: Date): number {
  const t = at.getTime();
  return reservations.reduce((sum, r) => (r.startsAt.getTime() <= t && t < r.endsAt.getTime() ? sum + r.gpus : sum), 0);
}

/** The most GPUs reserved at any instant within [from, until). */
export function peakReserved(reservations: Interval[], from: Date, until: Date = new Date(8.64e15)): number {
  const lo = from.getTime();
  const hi = until.getTime();
  const events: [number, number][] = [];
  for (const r of reservations) {
    const start = Math.max(r.startsAt.getTime(), lo);
    const end = Math.min(r.endsAt.getTime(), hi);
    if (start < end) events.push([start, r.gpus], [end, -r.gpus]);
  }
  // Ends sort before starts at the same instant: back-to-back reservations do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of events) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** The figures of one pool at `now`. */
export function poolFigures(facts: PoolFacts, now: Date): CapacityFigures {
  const committed = reservedAt(facts.reservations, now);
  const peak = peakReserved(facts.reservations, now);
  const a = facts.allocated;
  const internalHeld = Math.max(facts.internalFloorGpus, facts.internalDemandGpus, a.INTERNAL);
  const reservedHeld = Math.max(committed, a.RESERVED);
  const notes: string[] = [];
  let headroom = facts.availableGpus - internalHeld - reservedHeld - a.ON_DEMAND - a.SPOT;
  if (facts.blockedBecause) {
    notes.push(facts.blockedBecause);
    headroom = 0;
  }
  if (facts.availableGpus < facts.totalGpus && !facts.blockedBecause) {
    notes.push(`${facts.totalGpus - facts.availableGpus} GPUs are on drained or down nodes`);
  }
  if (facts.internalDemandGpus > facts.internalFloorGpus) {
    notes.push(`internal demand of ${facts.internalDemandGpus} GPUs is above the floor of ${facts.internalFloorGpus}`);
  }
  if (headroom < 0) {
    notes.push(`over-allocated by ${-headroom} GPUs`);
    headroom = 0;
  }
  return {
    totalGpus: facts.totalGpus,
    availableGpus: facts.availableGpus,
    internalFloorGpus: facts.internalFloorGpus,
    internalDemandGpus: facts.internalDemandGpus,
    committedGpus: committed,
    peakCommittedGpus: peak,
    allocated: { ...a },
    headroomGpus: headroom,
    notes,
  };
}

/** Adds figures up (a cluster, a region, a GPU type, everything). */
export function sumFigures(rows: CapacityFigures[]): CapacityFigures {
  const total: CapacityFigures = {
    totalGpus: 0,
    availableGpus: 0,
    internalFloorGpus: 0,
    internalDemandGpus: 0,
    committedGpus: 0,
    peakCommittedGpus: 0,
    allocated: { ...NO_ALLOCATIONS },
    headroomGpus: 0,
    notes: [],
  };
  for (const r of rows) {
    total.totalGpus += r.totalGpus;
    total.availableGpus += r.availableGpus;
    total.internalFloorGpus += r.internalFloorGpus;
    total.internalDemandGpus += r.internalDemandGpus;
    total.committedGpus += r.committedGpus;
    // The sum of per-pool peaks: an upper bound (pools may peak at different times).
    total.peakCommittedGpus += r.peakCommittedGpus;
    for (const k of Object.keys(total.allocated) as (keyof AllocatedByClass)[]) total.allocated[k] += r.allocated[k];
    total.headroomGpus += r.headroomGpus;
  }
  return total;
}

export interface RuleViolation {
  totalGpus: number;
  internalFloorGpus: number;
  peakCommittedGpus: number;
  /** GPUs missing for the rule to hold. */
  shortfallGpus: number;
  /** When the peak happens. */
  at: Date;
}

/**
 * Checks `floor + reserved ≤ total` at every instant from `now` on; returns the worst breach, or
 * undefined when the rule holds.
 */
export function capacityRuleViolation(
  pool: { totalGpus: number; internalFloorGpus: number; reservations: Interval[] },
  now: Date,
): RuleViolation | undefined {
  const limit = pool.totalGpus - pool.internalFloorGpus;
  const candidates = [now, ...pool.reservations.map((r) => r.startsAt).filter((s) => s > now)];
  let worst: RuleViolation | undefined;
  for (const at of candidates) {
    const reserved = reservedAt(pool.reservations, at);
    const shortfall = reserved - limit;
    if (shortfall > 0 && (!worst || shortfall > worst.shortfallGpus)) {
      worst = {
        totalGpus: pool.totalGpus,
        internalFloorGpus: pool.internalFloorGpus,
        peakCommittedGpus: reserved,
        shortfallGpus: shortfall,
        at,
      };
    }
  }
  return worst;
}

/** One figure per day for the next `days` days: what is committed at its peak, and what is left. */
export function dailyForecast(
  pool: { totalGpus: number; internalFloorGpus: number; reservations: Interval[] },
  from: Date,
  days: number,
): { day: Date; committedGpus: number; headroomGpus: number }[] {
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getTime() + i * 86_400_000);
    const committed = peakReserved(pool.reservations, day, new Date(day.getTime() + 86_400_000));
    return { day, committedGpus: committed, headroomGpus: Math.max(0, pool.totalGpus - pool.internalFloorGpus - committed) };
  });
}
