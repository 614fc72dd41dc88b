import { badInput } from '../../graphql/errors';
import { ModelStatus } from './catalog.enums';
import { microsToDecimal } from '../../lib/money';

/**
 * The catalog's rules as pure functions over plain data: model lifecycle (status and sunset date),
 * list-price amounts, and where a new price goes in a key's history. Services load, lock and
 * write; these decide. Refusals are BAD_USER_INPUT naming the input field.
 */

/** The largest list price accepted: 1,000,000.00 in micro-units (per GPU-hour or per million tokens). */
export const MAX_LIST_PRICE_MICROS = 1_000_000_000_000n;

/** How far in the past a new price may start: clock skew between the operator and the server. */
export const EFFECTIVE_FROM_GRACE_MS = 60_000;

export interface Lifecycle {
  status: ModelStatus;
  sunsetAt: Date | null;
}

export interface LifecycleChange {
  status?: ModelStatus | null;
  /** undefined: keep; null: clear; a date: set. */
  sunsetAt?: Date | null;
}

/**
 * A model's status and sunset date after a change (`current` null for a new model). Only a
 * DEPRECATED model has a sunset date, and it must be in the future when it is set or when the
 * model becomes DEPRECATED; GA and PREVIEW clear it. A model already DEPRECATED whose sunset has
 * passed can still be edited otherwise.
 */
export function nextLifecycle(current: Lifecycle | null, change: LifecycleChange, now: Date): Lifecycle {
  const status = change.status ?? current?.status ?? ModelStatus.PREVIEW;
  if (status !== ModelStatus.DEPRECATED) {
    if (change.sunsetAt) throw badInput('input.sunsetAt', `Only a DEPRECATED model has a sunset date; this one would be ${status}.`);
    return { status, sunsetAt: null };
  }
  const sunsetAt = change.sunsetAt !== undefined ? change.sunsetAt : (current?.sunsetAt ?? null);
  if (!sunsetAt) throw badInput('input.sunsetAt', 'A DEPRECATED model needs a sunset date: when it stops being served.');
  const settingNow = change.sunsetAt !== undefined || current?.status !== ModelStatus.DEPRECATED;
  if (settingNow && sunsetAt.getTime() <= now.getTime()) {
    throw badInput('input.sunsetAt', `The sunset date must be in the future (got ${sunsetAt.toISOString()}).`);
  }
  return { status, sunsetAt };
}

/** Refuses a negative or implausibly large list price, naming the field. */
export function assertListPrice(field: string, micros: bigint): void {
  if (micros < 0n) throw badInput(field, `A list price cannot be negative (got ${micros} micro-units).`);
  if (micros > MAX_LIST_PRICE_MICROS) {
    throw badInput(field, `A list price above ${MAX_LIST_PRICE_MICROS} micro-units (1,000,000.00) is surely a typo (got ${micros}).`);
  }
}

/**
 * Refuses a new price that would start in the past: closing the price in force retroactively
 * would change what already-rated usage and issued quotes were priced at.
 */
export function assertNotRetroactive(field: string, effectiveFrom: Date, now: Date): void {
  if (effectiveFrom.getTime() < now.getTime() - EFFECTIVE_FROM_GRACE_MS) {
    throw badInput(field, `A new price cannot start in the past (got ${effectiveFrom.toISOString()}, now is ${now.toISOString()}).`);
  }
}

export interface PriceRange {
  effectiveFrom: Date;
  /** Exclusive; null while open-ended. */
  effectiveTo?: Date | null;
}

/** Where a new open-ended price starting at `start` goes in a key's history. */
export type Placement<T> = { kind: 'append'; close: T | null } | { kind: 'overlap'; existing: T };

/**
 * Places a new open-ended price [start, ∞) among a key's existing prices. It may only follow
 * them: the open-ended price that started before `start` is closed at `start`; any other price
 * still in force at or after `start` (an earlier price's closed range containing it, or a price
 * starting at or after it) is an overlap, reported as the earliest such price.
 */
export function placePrice<T extends PriceRange>(existing: readonly T[], start: Date): Placement<T> {
  const t = start.getTime();
  const reaching = existing
    .filter((p) => p.effectiveTo == null || p.effectiveTo.getTime() > t)
    .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  const [first] = reaching;
  if (!first) return { kind: 'append', close: null };
  if (reaching.length === 1 && first.effectiveTo == null && first.effectiveFrom.getTime() < t) return { kind: 'append', close: first };
  return { kind: 'overlap', existing: first };
}

/** True when a price is in force at `at`: ranges include their start and exclude their end. */
export function inForce(price: PriceRange, at: Date): boolean {
  const t = at.getTime();
  return price.effectiveFrom.getTime() <= t && (price.effectiveTo == null || price.effectiveTo.getTime() > t);
}

/** `2.500000 USD` for messages: micro-units shown exactly, never through a float. */
export function formatMicros(micros: bigint, currency: string): string {
  return `${microsToDecimal(micros)} ${currency}`;
}

/** `from 2026-01-01T00:00:00.000Z until 2026-02-01T00:00:00.000Z` (or `onwards`) for messages. */
export function describeRange(price: PriceRange): string {
  return `from ${price.effectiveFrom.toISOString()} ${price.effectiveTo ? `until ${price.effectiveTo.toISOString()}` : 'onwards'}`;
}
