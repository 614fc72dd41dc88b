import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy';

describe('password policy', () => {
  it.each([
    ['Short-1', /at least 12/],
    ['password123456', /too common/],
    ['aaaaaaaaaaaaaaaaaaa1', /more different characters/],
    ['onlylowercaseletters', /Mix letters/],
    ['x'.repeat(201), /at most 200/],
  ])('refuses %s', (password, reason) => {
    expect(passwordWeakness(password)).toMatch(reason);
  });

  it('refuses a password that contains the email name', () => {
    expect(passwordWeakness('margaret-2026-xyz', 'margaret@example.com')).toMatch(/email/);
  });

  it('accepts a long, mixed password', () => {
    expect(passwordWeakness('Correct-Horse-93', 'ada@example.com')).toBeUndefined();
  });
});
