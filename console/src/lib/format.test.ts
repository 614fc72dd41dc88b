import { describe, expect, it } from 'vitest';
import { formatContextWindow, formatDate, formatDateTime, formatInteger, formatParameters, formatPercent, gpus, humanize } from './format';

describe('humanize', () => {
  it('turns enum values into words', () => {
    expect(humanize('ACCOUNT_MANAGER')).toBe('Account manager');
    expect(humanize('ACTIVE')).toBe('Active');
    expect(humanize('')).toBe('');
  });
});

describe('formatDateTime', () => {
  const utc = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

  it('formats an ISO timestamp', () => {
    expect(formatDateTime('2025-11-26T12:36:00.000Z', utc)).toBe('Nov 26, 2025, 12:36 PM');
  });

  it('shows a dash for a missing or invalid value', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('numbers', () => {
  it('formats integers, parameters and context windows', () => {
    expect(formatInteger(131072)).toBe('131,072');
    expect(formatParameters(70.6)).toBe('70.6B');
    expect(formatParameters(8.03)).toBe('8.03B');
    expect(formatParameters(109)).toBe('109B');
    expect(formatContextWindow(131_072)).toBe('128K');
    expect(formatContextWindow(327_680)).toBe('320K');
    expect(formatContextWindow(8_192)).toBe('8K');
    expect(formatContextWindow(1_048_576)).toBe('1M');
    expect(formatContextWindow(100_000)).toBe('100,000');
    expect(formatContextWindow(512)).toBe('512');
  });

  it('counts GPUs and shares', () => {
    expect(gpus(1)).toBe('1 GPU');
    expect(gpus(1024)).toBe('1,024 GPUs');
    expect(formatPercent(0.256)).toBe('26%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(Number.NaN)).toBe('0%');
  });

  it('formats a date without its time', () => {
    const utc = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(formatDate('2025-11-26T23:36:00.000Z', utc)).toBe('Nov 26, 2025');
    expect(formatDate(undefined)).toBe('—');
  });
});
