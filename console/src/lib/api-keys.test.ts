import { describe, expect, it } from 'vitest';
import { dateInputValue, expiryFromDate, validateApiKeyForm } from './api-keys';

const now = new Date(2025, 10, 26, 15, 0); // 26 Nov 2025, 15:00 local

describe('expiryFromDate', () => {
  it('expires at the midnight that ends the chosen day, local time', () => {
    expect(expiryFromDate('2025-11-26')).toBe(new Date(2025, 10, 27).toISOString());
    expect(expiryFromDate('2025-12-31')).toBe(new Date(2026, 0, 1).toISOString());
  });

  it('refuses impossible dates', () => {
    expect(expiryFromDate('2025-02-30')).toBeUndefined();
    expect(expiryFromDate('26/11/2025')).toBeUndefined();
  });
});

describe('dateInputValue', () => {
  it('pads months and days', () => {
    expect(dateInputValue(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('validateApiKeyForm', () => {
  const ok = { name: 'CI deploys', scopes: ['READ' as const], expiresOn: '' };

  it('accepts a named key with a scope, expiring never, today or later', () => {
    expect(validateApiKeyForm(ok, now)).toEqual({});
    expect(validateApiKeyForm({ ...ok, expiresOn: '2025-11-26' }, now)).toEqual({});
    expect(validateApiKeyForm({ ...ok, expiresOn: '2026-06-01' }, now)).toEqual({});
  });

  it('names every problem', () => {
    const errors = validateApiKeyForm({ name: '   ', scopes: [], expiresOn: '2025-11-25' }, now);
    expect(errors).toEqual({
      name: 'Name the key, e.g. after the script or service that uses it.',
      scopes: 'Choose at least one scope.',
      expiresAt: 'Choose today or a later date.',
    });
    expect(validateApiKeyForm({ ...ok, name: 'x'.repeat(121) }, now).name).toBe('Use at most 120 characters.');
    expect(validateApiKeyForm({ ...ok, expiresOn: 'soon' }, now).expiresAt).toBe('Enter a date.');
  });
});
