/**
 * The capacity ledger as pictures: one stacked bar per pool and a heat map of headroom. Pure
 * arithmetic over the API's figures (see server/src/modules/inventory/capacity.math.ts, which
 * computes them), so what the bars show is tested without a browser.
 */

export interface FiguresLike {
  totalGpus: number;
  availableGpus: number;
  internalFloorGpus: number;
  internalDemandGpus: number;
  committedGpus: number;
  headroomGpus: number;
  allocated: { internal: number; reserved: number; onDemand: number; spot: number };
}

export type SegmentKey = 'internal' | 'committed' | 'onDemand' | 'spot' | 'headroom' | 'unavailable';

export interface Segment {
  key: SegmentKey;
  label: string;
  gpus: number;
}

/** The bar's parts, in the order they are drawn (priority classes first, as the scheduler sees them). */
export const SEGMENTS: readonly { key: SegmentKey; label: string; description: string }[] = [
  { key: 'internal', label: 'Internal floor', description: "Held for the owner's own work: the floor, or internal demand above it." },
  { key: 'committed', label: 'Committed', description: 'Reserved for customer contracts (RESERVED).' },
  { key: 'onDemand', label: 'On-demand', description: 'In use by on-demand work.' },
  { key: 'spot', label: 'Spot', description: 'In use by preemptible spot work.' },
  { key: 'headroom', label: 'Headroom', description: 'Sellable now as on-demand or spot.' },
  { key: 'unavailable', label: 'Unavailable', description: 'On drained or down nodes, or in a cluster that cannot be reached.' },
];

export interface PoolBar {
  total: number;
  /** Sums to `total` exactly (when total > 0), so widths never overflow the bar. */
  segments: Segment[];
  /** GPUs held beyond what is available: drawn as a warning, not as a wider bar. */
  overflow: number;
}

const nonNegative = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * A pool's total GPUs split into the bar's segments. Unavailable GPUs (down nodes, an unreachable
 * cluster) are set apart first; internal, committed, on-demand and spot then fill what is
 * available in priority order; headroom is what the server says is sellable. What is held beyond
 * the available GPUs is returned as `overflow` (the server notes it as over-allocation).
 */
export function poolBar(f: FiguresLike): PoolBar {
  const total = nonNegative(f.totalGpus);
  const unavailable = Math.min(total, total - Math.min(total, nonNegative(f.availableGpus)));
  let remaining = total - unavailable;
  const held: [SegmentKey, number][] = [
    ['internal', Math.max(nonNegative(f.internalFloorGpus), nonNegative(f.internalDemandGpus), nonNegative(f.allocated.internal))],
    ['committed', Math.max(nonNegative(f.committedGpus), nonNegative(f.allocated.reserved))],
    ['onDemand', nonNegative(f.allocated.onDemand)],
    ['spot', nonNegative(f.allocated.spot)],
  ];
  const values = new Map<SegmentKey, number>();
  let overflow = 0;
  // Nothing can run where nothing is available: held GPUs are not "over" an unreachable cluster.
  const nothingAvailable = remaining === 0;
  for (const [key, wanted] of held) {
    const fitted = Math.min(wanted, remaining);
    values.set(key, fitted);
    remaining -= fitted;
    if (!nothingAvailable) overflow += wanted - fitted;
  }
  const headroom = Math.min(nonNegative(f.headroomGpus), remaining);
  values.set('headroom', headroom);
  remaining -= headroom;
  // Available but not sellable and not held (the server blocked sales): shown as unavailable.
  values.set('unavailable', unavailable + remaining);
  return {
    total,
    segments: SEGMENTS.map(({ key, label }) => ({ key, label, gpus: values.get(key) ?? 0 })),
    overflow,
  };
}

/** A segment's width in percent of the bar, to 3 decimals. */
export function segmentWidth(gpus: number, total: number): number {
  return total > 0 ? Math.round((gpus / total) * 100_000) / 1000 : 0;
}

export interface HeatInput {
  region?: { code: string } | null;
  gpuType?: { code: string } | null;
  figures: { totalGpus: number; headroomGpus: number };
}

export interface HeatCell {
  region: string;
  gpuType: string;
  headroomGpus: number;
  totalGpus: number;
  pools: number;
  /** headroom ÷ total, 0 when there are no GPUs. */
  share: number;
  /** 0 (nothing to sell) … 4 (half or more sellable). */
  level: HeatLevel;
}

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/** Thresholds of the colour scale, shown in its legend. */
export const HEAT_LEVELS: readonly { level: HeatLevel; label: string }[] = [
  { level: 0, label: 'None' },
  { level: 1, label: 'Under 10%' },
  { level: 2, label: '10–25%' },
  { level: 3, label: '25–50%' },
  { level: 4, label: '50% or more' },
];

export function heatLevel(headroomGpus: number, totalGpus: number): HeatLevel {
  if (totalGpus <= 0 || headroomGpus <= 0) return 0;
  const share = headroomGpus / totalGpus;
  if (share < 0.1) return 1;
  if (share < 0.25) return 2;
  if (share < 0.5) return 3;
  return 4;
}

export interface HeatMap {
  regions: string[];
  gpuTypes: string[];
  cell(region: string, gpuType: string): HeatCell | undefined;
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Headroom summed per region × GPU type from the per-pool ledger rows; rows without either are skipped. */
export function headroomHeatMap(rows: readonly HeatInput[]): HeatMap {
  const cells = new Map<string, HeatCell>();
  const regions = new Set<string>();
  const gpuTypes = new Set<string>();
  for (const row of rows) {
    const region = row.region?.code;
    const gpuType = row.gpuType?.code;
    if (!region || !gpuType) continue;
    regions.add(region);
    gpuTypes.add(gpuType);
    const key = `${region}\u0000${gpuType}`;
    const cell = cells.get(key) ?? { region, gpuType, headroomGpus: 0, totalGpus: 0, pools: 0, share: 0, level: 0 as HeatLevel };
    cell.headroomGpus += nonNegative(row.figures.headroomGpus);
    cell.totalGpus += nonNegative(row.figures.totalGpus);
    cell.pools += 1;
    cell.share = cell.totalGpus > 0 ? cell.headroomGpus / cell.totalGpus : 0;
    cell.level = heatLevel(cell.headroomGpus, cell.totalGpus);
    cells.set(key, cell);
  }
  return {
    regions: [...regions].sort(byCode),
    gpuTypes: [...gpuTypes].sort(byCode),
    cell: (region, gpuType) => cells.get(`${region}\u0000${gpuType}`),
  };
}

/** The smallest headroom of a forecast and the first day it happens (the day to watch). */
export function tightestDay<T extends { day: string; headroomGpus: number }>(days: readonly T[]): T | undefined {
  let tightest: T | undefined;
  for (const d of days) if (!tightest || d.headroomGpus < tightest.headroomGpus) tightest = d;
  return tightest;
}
