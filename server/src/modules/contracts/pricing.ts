import type { PricedClass, Jurisdiction } from '../inventory/inventory.enums';
import type { ContractTerms } from './contract-terms';

/**
 * Pricing as pure functions over plain data: no database, no clock. Quotes use them now; billing
 * rates usage with the same ones (DESIGN.md rule 4: money is integer micro-units in bigint,
 * rounded once, at rating). Every amount is computed from the unrounded product of list price,
 * quantity and discount and rounded once, half up, at the end: never per unit, per hour or per
 * step, so a quote and the invoice line for the same usage agree to the micro-unit.
 *
 * What billing should call for one invoice line (sum the line's usage first, then price it once):
 * - GPU usage: `termsInForce` → `gpuPriceAt` → {@link gpuDiscountBasisPoints} → {@link priceGpuUsage}
 *   with the line's GPU-seconds; RESERVED work inside a commitment → {@link priceCommittedGpuUsage}.
 * - Tokens: `termsInForce` → `modelPriceAt` → {@link tokenDiscountBasisPoints} → {@link priceTokens}.
 */

/** 100% in basis points: discounts are whole basis points (12.5% = 1250). */
export const BASIS_POINTS = 10_000;

export const SECONDS_PER_HOUR = 3_600;

/** Token prices are per million tokens. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000n;

/** What usage costs, in micro-units: `amount = listAmount − discountAmount`, exactly. */
export interface PricedAmount {
  /** At list price (or at the committed rate's reference list price), rounded once. */
  listAmount: bigint;
  /** listAmount − amount: what the contract saves. Negative only when a committed rate is above list. */
  discountAmount: bigint;
  /** What is charged, rounded once. */
  amount: bigint;
}

/** `numerator / denominator` rounded half up (…0.5 → up), for a numerator ≥ 0 and a denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError(`The denominator must be positive (got ${denominator}).`);
  if (numerator < 0n) throw new RangeError(`Amounts are never negative here (got ${numerator}).`);
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * A percentage as whole basis points, exactly: 15 → 1500, 12.5 → 1250, 0.01 → 1. A percentage
 * finer than a hundredth of a percent (12.345) cannot be applied exactly and is refused
 * (RangeError) rather than silently rounded.
 */
export function percentToBasisPoints(percent: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`A discount is 0–100% (got ${percent}).`);
  const scaled = percent * 100;
  const basisPoints = Math.round(scaled);
  // Binary floats make 0.07 × 100 = 7.000000000000001: allow that noise, never a real fraction.
  if (Math.abs(scaled - basisPoints) > 1e-6) {
    throw new RangeError(`A discount must be in hundredths of a percent (got ${percent}%).`);
  }
  return basisPoints;
}

/** Basis points back to a percentage for display (1250 → 12.5). */
export const basisPointsToPercent = (basisPoints: number): number => basisPoints / 100;

function assertBasisPoints(basisPoints: number): bigint {
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > BASIS_POINTS) {
    throw new RangeError(`A discount is 0–${BASIS_POINTS} basis points (got ${basisPoints}).`);
  }
  return BigInt(basisPoints);
}

function assertQuantity(name: string, value: number | bigint): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new RangeError(`${name} cannot be negative (got ${value}).`);
    return value;
  }
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value}).`);
  return BigInt(value);
}

function assertPrice(name: string, value: bigint): bigint {
  if (value < 0n) throw new RangeError(`${name} cannot be negative (got ${value}).`);
  return value;
}

export interface GpuUsage {
  /** List price of one GPU-hour, in micro-units. */
  listPricePerGpuHour: bigint;
  /** The contract's discount for this GPU type and class, 0–10000 (see {@link gpuDiscountBasisPoints}). */
  discountBasisPoints: number;
  gpus: number;
  /** Metered GPU time in seconds per GPU (billing passes metered seconds; quotes pass hours × 3600). */
  seconds: number | bigint;
}

/**
 * Prices GPU usage at list price less a discount: `price × gpus × seconds / 3600 × (1 − bp / 10000)`
 * computed exactly, rounded once, half up. The list amount is rounded once the same way, and the
 * discount is their difference, so the three always add up.
 */
export function priceGpuUsage(usage: GpuUsage): PricedAmount {
  const price = assertPrice('listPricePerGpuHour', usage.listPricePerGpuHour);
  const bp = assertBasisPoints(usage.discountBasisPoints);
  const gpuSeconds = assertQuantity('gpus', usage.gpus) * assertQuantity('seconds', usage.seconds);
  const listExact = price * gpuSeconds;
  const listAmount = divideRoundHalfUp(listExact, BigInt(SECONDS_PER_HOUR));
  const amount = divideRoundHalfUp(listExact * (BigInt(BASIS_POINTS) - bp), BigInt(SECONDS_PER_HOUR * BASIS_POINTS));
  return { listAmount, discountAmount: listAmount - amount, amount };
}

export interface CommittedGpuUsage {
  /** The commitment's rate per GPU-hour: RESERVED work inside it pays this, with no further discount. */
  ratePerGpuHour: bigint;
  /** The RESERVED list price it is compared with, when one is in force; null: none to compare with. */
  listPricePerGpuHour: bigint | null;
  gpus: number;
  seconds: number | bigint;
}

/**
 * Prices RESERVED work inside a commitment: at the committed rate, no discount on top, rounded
 * once. `listAmount` is the same usage at the RESERVED list price (or the amount itself when
 * there is none), so the saving shows; it is negative if the committed rate is above today's list.
 */
export function priceCommittedGpuUsage(usage: CommittedGpuUsage): PricedAmount {
  const { amount } = priceGpuUsage({
    listPricePerGpuHour: usage.ratePerGpuHour,
    discountBasisPoints: 0,
    gpus: usage.gpus,
    seconds: usage.seconds,
  });
  if (usage.listPricePerGpuHour === null) return { listAmount: amount, discountAmount: 0n, amount };
  const { listAmount } = priceGpuUsage({
    listPricePerGpuHour: usage.listPricePerGpuHour,
    discountBasisPoints: 0,
    gpus: usage.gpus,
    seconds: usage.seconds,
  });
  return { listAmount, discountAmount: listAmount - amount, amount };
}

export interface TokenUsage {
  /** List prices per million tokens, in micro-units. */
  inputPerMillion: bigint;
  outputPerMillion: bigint;
  inputTokens: number | bigint;
  outputTokens: number | bigint;
  /** The contract's discount for this model, 0–10000 (see {@link tokenDiscountBasisPoints}). */
  discountBasisPoints: number;
}

/**
 * Prices tokens: `(in × inPrice + out × outPrice) / 1,000,000 × (1 − bp / 10000)`, input and
 * output together, computed exactly and rounded once, half up.
 */
export function priceTokens(usage: TokenUsage): PricedAmount {
  const listExact =
    assertPrice('inputPerMillion', usage.inputPerMillion) * assertQuantity('inputTokens', usage.inputTokens) +
    assertPrice('outputPerMillion', usage.outputPerMillion) * assertQuantity('outputTokens', usage.outputTokens);
  const bp = assertBasisPoints(usage.discountBasisPoints);
  const listAmount = divideRoundHalfUp(listExact, TOKENS_PER_PRICE_UNIT);
  const amount = divideRoundHalfUp(listExact * (BigInt(BASIS_POINTS) - bp), TOKENS_PER_PRICE_UNIT * BigInt(BASIS_POINTS));
  return { listAmount, discountAmount: listAmount - amount, amount };
}

/**
 * A unit price (per GPU-hour, per million tokens) after a discount, rounded half up: for display
 * only. Amounts are never computed from it (that would round twice).
 */
export function discountedUnitPrice(listUnitPrice: bigint, discountBasisPoints: number): bigint {
  const bp = assertBasisPoints(discountBasisPoints);
  return divideRoundHalfUp(assertPrice('listUnitPrice', listUnitPrice) * (BigInt(BASIS_POINTS) - bp), BigInt(BASIS_POINTS));
}

/**
 * The discount a priced amount represents, in percent with two decimals, for display (a
 * committed rate against the list price); null when the list amount is zero.
 */
export function effectiveDiscountPercent(priced: Pick<PricedAmount, 'listAmount' | 'amount'>): number | null {
  if (priced.listAmount <= 0n) return null;
  const diff = priced.listAmount - priced.amount;
  const sign = diff < 0n ? -1 : 1;
  const abs = diff < 0n ? -diff : diff;
  return (sign * Number(divideRoundHalfUp(abs * BigInt(BASIS_POINTS), priced.listAmount))) / 100;
}

type DiscountTerms = Pick<ContractTerms, 'gpuDiscounts' | 'tokenDiscounts'>;

/** The contract's discount on a GPU type in a class, in basis points; 0 without a contract or a matching discount. */
export function gpuDiscountBasisPoints(
  terms: Pick<DiscountTerms, 'gpuDiscounts'> | null,
  gpuTypeId: string,
  priceClass: PricedClass,
): number {
  const found = terms?.gpuDiscounts.find((d) => d.gpuTypeId === gpuTypeId && d.priceClass === priceClass);
  return found ? percentToBasisPoints(found.percent) : 0;
}

/**
 * The contract's discount on a model's tokens, in basis points: a discount naming the model beats
 * the all-models one (modelId null); 0 without a contract or either.
 */
export function tokenDiscountBasisPoints(terms: Pick<DiscountTerms, 'tokenDiscounts'> | null, modelId: string): number {
  const specific = terms?.tokenDiscounts.find((d) => d.modelId === modelId);
  const general = terms?.tokenDiscounts.find((d) => d.modelId === null);
  const found = specific ?? general;
  return found ? percentToBasisPoints(found.percent) : 0;
}

type ResidencyTerms = Pick<ContractTerms, 'allowedJurisdictions' | 'allowedRegionIds'>;

/**
 * Whether data residency lets work run in a region: without a contract, or with both lists
 * empty, anywhere; otherwise in an allowed jurisdiction or an allowed region.
 */
export function residencyAllows(terms: ResidencyTerms | null, region: { id: string; jurisdiction: Jurisdiction }): boolean {
  if (!terms || (!terms.allowedJurisdictions.length && !terms.allowedRegionIds.length)) return true;
  return terms.allowedJurisdictions.includes(region.jurisdiction) || terms.allowedRegionIds.includes(region.id);
}

/** The first instant of the calendar month (UTC) containing `at`: spend caps are monthly. */
export function monthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}
