import { describe, expect, it } from 'vitest';
import { microsToMoneyInput, parseMoneyToMicros, parsePercent } from './money-input';
import { formatMicros } from './money';

describe('parseMoneyToMicros', () => {
  it('turns typed amounts into exact micro-units', () => {
    expect(parseMoneyToMicros('2.50')).toBe('2500000');
    expect(parseMoneyToMicros('2.29')).toBe('2290000');
    expect(parseMoneyToMicros('0.0015')).toBe('1500');
    expect(parseMoneyToMicros('7')).toBe('7000000');
    expect(parseMoneyToMicros('.5')).toBe('500000');
    expect(parseMoneyToMicros('0')).toBe('0');
  });

  it('accepts thousands separators and a currency sign or code around the number', () => {
    expect(parseMoneyToMicros('25,000')).toBe('25000000000');
    expect(parseMoneyToMicros('$1,250.50')).toBe('1250500000');
    expect(parseMoneyToMicros('USD 10')).toBe('10000000');
    expect(parseMoneyToMicros(' 10 EUR ')).toBe('10000000');
  });

  it('keeps every digit beyond floating point', () => {
    expect(parseMoneyToMicros('9007199254740.993001')).toBe('9007199254740993001');
  });

  it('refuses what is not a non-negative amount with at most six decimals', () => {
    for (const bad of ['', '.', '-1', '1.2345678', '1,00', '12,34,567', 'abc', '1e6', '9223372036854.775808']) {
      expect(parseMoneyToMicros(bad), bad).toBeUndefined();
    }
  });

  it('round-trips with the form value and the formatter', () => {
    expect(microsToMoneyInput('2500000')).toBe('2.5');
    expect(microsToMoneyInput('1000000000')).toBe('1000');
    expect(microsToMoneyInput('1500')).toBe('0.0015');
    expect(microsToMoneyInput('x')).toBe('');
    expect(parseMoneyToMicros(microsToMoneyInput('123456789'))).toBe('123456789');
    expect(formatMicros(parseMoneyToMicros('25,000')!, 'USD')).toBe('$25,000.00');
  });
});

describe('parsePercent', () => {
  it('takes 0 to 100 with at most two decimals', () => {
    expect(parsePercent('15')).toBe(15);
    expect(parsePercent('12.5 %')).toBe(12.5);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(100);
    for (const bad of ['', '100.01', '101', '-5', '1.234', 'ten']) expect(parsePercent(bad), bad).toBeUndefined();
  });
});
