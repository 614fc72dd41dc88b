import { describe, expect, it } from 'vitest';
import { formatDateTime, humanize } from './format';

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
