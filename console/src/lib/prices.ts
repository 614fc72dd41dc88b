/**
 * The GPU-hour price book, arranged for reading: per GPU type, per region, the price in force now
 * for each class and the next one when a change is scheduled. The API lists every price with its
 * effective period (history included); this picks from them. Pure.
 */

export interface GpuPriceLike {
  id: string;
  priceClass: string;
  currency: string;
  pricePerGpuHour: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  gpuType: { id: string; code: string };
  region: { id: string; code: string; name: string };
}

export interface ClassPrices<P> {
  /** In force at `now`: effectiveFrom ≤ now < effectiveTo (or open-ended). */
  current?: P;
  /** The earliest price that starts after `now`. */
  next?: P;
}

export interface RegionPrices<P extends GpuPriceLike> {
  region: P['region'];
  classes: Record<string, ClassPrices<P>>;
}

export interface GpuTypePrices<P extends GpuPriceLike> {
  gpuType: P['gpuType'];
  regions: RegionPrices<P>[];
}

/** The classes a price can have, in the order customers compare them. */
export const PRICE_CLASSES = ['ON_DEMAND', 'RESERVED', 'SPOT'] as const;

const time = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

export function inForce(price: { effectiveFrom: string; effectiveTo?: string | null }, now: Date): boolean {
  const t = now.getTime();
  const to = time(price.effectiveTo);
  return time(price.effectiveFrom) <= t && (Number.isNaN(to) || t < to);
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });

/** Groups prices by GPU type (by code) and region (by code), keeping the current and next price per class. */
export function gpuPriceBook<P extends GpuPriceLike>(prices: readonly P[], now: Date): GpuTypePrices<P>[] {
  const types = new Map<string, { gpuType: P['gpuType']; regions: Map<string, RegionPrices<P>> }>();
  for (const price of prices) {
    const type = types.get(price.gpuType.id) ?? { gpuType: price.gpuType, regions: new Map() };
    types.set(price.gpuType.id, type);
    const region = type.regions.get(price.region.id) ?? { region: price.region, classes: {} };
    type.regions.set(price.region.id, region);
    const slot = (region.classes[price.priceClass] ??= {});
    if (inForce(price, now)) {
      // Two prices in force at once would be a server bug; the later start wins, as it would be the newer.
      if (!slot.current || time(price.effectiveFrom) > time(slot.current.effectiveFrom)) slot.current = price;
    } else if (time(price.effectiveFrom) > now.getTime()) {
      if (!slot.next || time(price.effectiveFrom) < time(slot.next.effectiveFrom)) slot.next = price;
    }
  }
  return [...types.values()]
    .map((t) => ({ gpuType: t.gpuType, regions: [...t.regions.values()].sort((a, b) => byCode(a.region, b.region)) }))
    .sort((a, b) => byCode(a.gpuType, b.gpuType));
}
