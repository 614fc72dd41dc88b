import { describe, expect, it } from 'vitest';
import { AppError } from '../../graphql/errors';
import { ModelStatus } from './catalog.enums';
import {
  assertListPrice,
  assertNotRetroactive,
  describeRange,
  formatMicros,
  inForce,
  MAX_LIST_PRICE_MICROS,
  nextLifecycle,
  placePrice,
  type PriceRange,
} from './catalog.rules';

const d = (day: number) => new Date(Date.UTC(2027, 0, day));
const now = d(10);

/** The error `fn` throws, which must be one of ours. */
function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('model lifecycle', () => {
  it('defaults a new model to PREVIEW without a sunset date', () => {
    expect(nextLifecycle(null, {}, now)).toEqual({ status: ModelStatus.PREVIEW, sunsetAt: null });
  });

  it('requires a future sunset date to deprecate', () => {
    expect(nextLifecycle(null, { status: ModelStatus.DEPRECATED, sunsetAt: d(40) }, now)).toEqual({
      status: ModelStatus.DEPRECATED,
      sunsetAt: d(40),
    });
    const missing = refusal(() => nextLifecycle({ status: ModelStatus.GA, sunsetAt: null }, { status: ModelStatus.DEPRECATED }, now));
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sunsetAt' });
    const past = refusal(() =>
      nextLifecycle({ status: ModelStatus.GA, sunsetAt: null }, { status: ModelStatus.DEPRECATED, sunsetAt: d(9) }, now),
    );
    expect(past.message).toMatch(/future/);
    expect(past.extensions['field']).toBe('input.sunsetAt');
  });

  it('refuses a sunset date on a model that is not deprecated', () => {
    const ga = refusal(() => nextLifecycle(null, { status: ModelStatus.GA, sunsetAt: d(40) }, now));
    expect(ga.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sunsetAt' });
    expect(ga.message).toContain('GA');
    expect(() => nextLifecycle({ status: ModelStatus.PREVIEW, sunsetAt: null }, { sunsetAt: d(40) }, now)).toThrow(/DEPRECATED/);
  });

  it('clears the sunset date when a deprecated model returns to GA or PREVIEW', () => {
    const deprecated = { status: ModelStatus.DEPRECATED, sunsetAt: d(40) };
    expect(nextLifecycle(deprecated, { status: ModelStatus.GA }, now)).toEqual({ status: ModelStatus.GA, sunsetAt: null });
    expect(nextLifecycle(deprecated, { status: ModelStatus.PREVIEW, sunsetAt: null }, now)).toEqual({
      status: ModelStatus.PREVIEW,
      sunsetAt: null,
    });
  });

  it('keeps a deprecated model editable after its sunset, but refuses moving the sunset into the past', () => {
    const sunsetPassed = { status: ModelStatus.DEPRECATED, sunsetAt: d(5) };
    expect(nextLifecycle(sunsetPassed, {}, now)).toEqual(sunsetPassed);
    expect(nextLifecycle(sunsetPassed, { sunsetAt: d(20) }, now).sunsetAt).toEqual(d(20));
    expect(() => nextLifecycle(sunsetPassed, { sunsetAt: d(6) }, now)).toThrow(/future/);
    expect(() => nextLifecycle(sunsetPassed, { sunsetAt: null }, now)).toThrow(/needs a sunset/);
  });
});

describe('list prices', () => {
  it('accepts zero up to the cap, refuses negative and implausible amounts naming the field', () => {
    expect(() => assertListPrice('input.pricePerGpuHour', 0n)).not.toThrow();
    expect(() => assertListPrice('input.pricePerGpuHour', MAX_LIST_PRICE_MICROS)).not.toThrow();
    expect(refusal(() => assertListPrice('input.pricePerGpuHour', -1n)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.pricePerGpuHour',
    });
    expect(() => assertListPrice('input.outputPerMillionTokens', MAX_LIST_PRICE_MICROS + 1n)).toThrow(/typo/);
  });

  it('refuses a start in the past beyond a minute of clock skew', () => {
    expect(() => assertNotRetroactive('input.effectiveFrom', new Date(now.getTime() - 30_000), now)).not.toThrow();
    expect(refusal(() => assertNotRetroactive('input.effectiveFrom', d(9), now)).extensions['field']).toBe('input.effectiveFrom');
  });

  it('formats micro-units exactly', () => {
    expect(formatMicros(2_500_000n, 'USD')).toBe('2.500000 USD');
    expect(formatMicros(1n, 'EUR')).toBe('0.000001 EUR');
    expect(formatMicros(-12_345_678n, 'USD')).toBe('-12.345678 USD');
    expect(describeRange({ effectiveFrom: d(1), effectiveTo: null })).toBe('from 2027-01-01T00:00:00.000Z onwards');
  });
});

describe('placing a new price in a key’s history', () => {
  const p = (id: string, from: number, to?: number): PriceRange & { id: string } => ({
    id,
    effectiveFrom: d(from),
    effectiveTo: to === undefined ? null : d(to),
  });

  it('appends the first price', () => {
    expect(placePrice([], d(1))).toEqual({ kind: 'append', close: null });
  });

  it('closes the open-ended price at the new start', () => {
    const open = p('b', 5);
    expect(placePrice([p('a', 1, 5), open], d(8))).toEqual({ kind: 'append', close: open });
  });

  it('refuses a start at or before the open-ended price’s start, naming it', () => {
    const open = p('b', 5);
    expect(placePrice([p('a', 1, 5), open], d(5))).toEqual({ kind: 'overlap', existing: open });
    expect(placePrice([p('a', 1, 5), open], d(3))).toEqual({ kind: 'overlap', existing: p('a', 1, 5) });
  });

  it('refuses a start inside a closed range, and follows a gap after closed history', () => {
    expect(placePrice([p('a', 1, 5)], d(3))).toEqual({ kind: 'overlap', existing: p('a', 1, 5) });
    expect(placePrice([p('a', 1, 5)], d(5))).toEqual({ kind: 'append', close: null });
    expect(placePrice([p('a', 1, 5)], d(7))).toEqual({ kind: 'append', close: null });
  });

  it('tells whether a price is in force: start included, end excluded', () => {
    const price = p('a', 1, 5);
    expect(inForce(price, d(1))).toBe(true);
    expect(inForce(price, d(4))).toBe(true);
    expect(inForce(price, d(5))).toBe(false);
    expect(inForce(p('b', 5), d(500))).toBe(true);
    expect(inForce(p('b', 5), d(4))).toBe(false);
  });
});
