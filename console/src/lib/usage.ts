/**
 * Usage for the charts: the API's report rows (per day, project and SKU; quantities as strings of
 * digits) folded into series. Quantities are summed as BigInt, then shown as GPU-hours or tokens.
 */

export interface UsageRowLike {
  periodStart: string;
  kind: string;
  sku: string;
  gpuTypeId?: string | null;
  capacityClass?: string | null;
  modelId?: string | null;
  quantity: string;
}

/** The classes in the order the charts stack them. */
export const CLASS_ORDER = ['INTERNAL', 'RESERVED', 'ON_DEMAND', 'SPOT'] as const;

export interface GpuUsageBar {
  gpuTypeId: string;
  /** GPU-seconds per class. */
  byClass: Map<string, bigint>;
  total: bigint;
}

/** GPU-seconds per GPU type and class over the rows, largest type first. */
export function gpuUsageByTypeAndClass(rows: readonly UsageRowLike[]): GpuUsageBar[] {
  const bars = new Map<string, GpuUsageBar>();
  for (const row of rows) {
    if (row.kind !== 'GPU_SECONDS' || !row.gpuTypeId || !row.capacityClass) continue;
    const bar = bars.get(row.gpuTypeId) ?? { gpuTypeId: row.gpuTypeId, byClass: new Map(), total: 0n };
    const quantity = BigInt(row.quantity);
    bar.byClass.set(row.capacityClass, (bar.byClass.get(row.capacityClass) ?? 0n) + quantity);
    bar.total += quantity;
    bars.set(row.gpuTypeId, bar);
  }
  return [...bars.values()].sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.gpuTypeId.localeCompare(b.gpuTypeId)));
}

export interface DailyGpuUsage {
  day: string;
  /** GPU-seconds per class that day. */
  byClass: Map<string, bigint>;
  total: bigint;
}

/** GPU-seconds per day and class, every day of the range present (a day without use is zero). */
export function dailyGpuUsage(rows: readonly UsageRowLike[], from: Date, to: Date): DailyGpuUsage[] {
  const days = new Map<string, DailyGpuUsage>();
  for (let t = from.getTime(); t < to.getTime(); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.set(day, { day, byClass: new Map(), total: 0n });
  }
  for (const row of rows) {
    if (row.kind !== 'GPU_SECONDS' || !row.capacityClass) continue;
    const day = days.get(row.periodStart.slice(0, 10));
    if (!day) continue;
    const quantity = BigInt(row.quantity);
    day.byClass.set(row.capacityClass, (day.byClass.get(row.capacityClass) ?? 0n) + quantity);
    day.total += quantity;
  }
  return [...days.values()];
}

export interface TokenUsage {
  modelId: string;
  input: bigint;
  output: bigint;
}

/** Input and output tokens per model, most used first. */
export function tokensByModel(rows: readonly UsageRowLike[]): TokenUsage[] {
  const models = new Map<string, TokenUsage>();
  for (const row of rows) {
    if ((row.kind !== 'INPUT_TOKENS' && row.kind !== 'OUTPUT_TOKENS') || !row.modelId) continue;
    const usage = models.get(row.modelId) ?? { modelId: row.modelId, input: 0n, output: 0n };
    if (row.kind === 'INPUT_TOKENS') usage.input += BigInt(row.quantity);
    else usage.output += BigInt(row.quantity);
    models.set(row.modelId, usage);
  }
  return [...models.values()].sort((a, b) => Number(b.input + b.output - (a.input + a.output)));
}

/** GPU-seconds as GPU-hours with one decimal: 5_400n → "1.5". */
export function gpuHours(seconds: bigint): string {
  const tenths = (seconds * 10n + 1_800n) / 3_600n;
  return `${(tenths / 10n).toLocaleString('en-US')}.${tenths % 10n}`;
}

/** A bar's share of the largest, 0–100, for widths (display only). */
export function share(value: bigint, max: bigint): number {
  if (max <= 0n) return 0;
  return Number((value * 10_000n) / max) / 100;
}

/** The calendar month (UTC) `offset` months from the one containing `now`: [from, to) and its label. */
export function monthRange(now: Date, offset = 0): { from: Date; to: Date; label: string; key: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 1));
  const label = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(from);
  return { from, to, label, key: from.toISOString().slice(0, 7) };
}
