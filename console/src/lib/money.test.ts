import { describe, expect, it } from 'vitest';
import { compareMicros, formatMicros } from './money';

describe('formatMicros', () => {
  it('formats micro-units of USD as dollars and cents', () => {
    expect(formatMicros('2500000', 'USD')).toBe('$2.50');
    expect(formatMicros('2990000', 'USD')).toBe('$2.99');
    expect(formatMicros('880000', 'USD')).toBe('$0.88');
    expect(formatMicros('0', 'USD')).toBe('$0.00');
    expect(formatMicros('1000000', 'usd')).toBe('$1.00');
  });

  it('is exact where floating point is not', () => {
    // 0.29 * 100 and 0.1 + 0.2 are the classic traps; the formatter never divides.
    expect(formatMicros('290000', 'USD')).toBe('$0.29');
    expect(formatMicros('300000', 'USD')).toBe('$0.30');
    expect(formatMicros('1005000', 'USD')).toBe('$1.005');
    // Beyond Number.MAX_SAFE_INTEGER micro-units, every digit survives.
    expect(formatMicros('9007199254740993000001', 'USD')).toBe('$9,007,199,254,740,993.000001');
  });

  it('groups thousands', () => {
    expect(formatMicros('1234567890000', 'USD')).toBe('$1,234,567.89');
  });

  it('shows sub-cent amounts instead of rounding them to zero', () => {
    expect(formatMicros('1500', 'USD')).toBe('$0.0015');
    expect(formatMicros('1', 'USD')).toBe('$0.000001');
  });

  it('follows the currency: symbol and minor unit', () => {
    expect(formatMicros('2500000', 'EUR')).toBe('€2.50');
    expect(formatMicros('2500000', 'GBP')).toBe('£2.50');
    expect(formatMicros('1000000', 'JPY')).toBe('¥1');
    expect(formatMicros('1500000', 'JPY')).toBe('¥1.5');
  });

  it('follows the locale: symbol position, decimal and group separators', () => {
    expect(formatMicros('1234500000', 'EUR', { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });

  it('can show more decimals than the currency has', () => {
    expect(formatMicros('2500000', 'USD', { minimumFractionDigits: 3 })).toBe('$2.500');
    expect(formatMicros('2500000', 'USD', { minimumFractionDigits: 0 })).toBe('$2.5');
  });

  it('keeps the sign of a negative amount (a credit)', () => {
    expect(formatMicros('-2500000', 'USD')).toBe('-$2.50');
    expect(formatMicros('-500000', 'USD')).toBe('-$0.50');
  });

  it("puts an unknown currency's code after the number", () => {
    expect(formatMicros('2500000', 'XQQ1')).toBe('2.50 XQQ1');
  });

  it('shows a dash for a missing or malformed amount', () => {
    expect(formatMicros(null, 'USD')).toBe('—');
    expect(formatMicros('', 'USD')).toBe('—');
    expect(formatMicros('2.5', 'USD')).toBe('—');
    expect(formatMicros('12abc', 'USD')).toBe('—');
  });
});

describe('compareMicros', () => {
  it('orders amounts exactly, beyond 2^53', () => {
    expect(compareMicros('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareMicros('1', '2')).toBe(-1);
    expect(compareMicros('5', '5')).toBe(0);
  });
});
