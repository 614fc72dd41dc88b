import { describe, expect, it } from 'vitest';
import { hasErrors, isEmail, validateFloor, validateInternalDemand, validateSignIn } from './validation';

describe('validateSignIn', () => {
  it('accepts an email and a password', () => {
    expect(validateSignIn({ email: 'ada@example.com', password: 'x' })).toEqual({});
  });

  it('asks for both when both are empty', () => {
    const errors = validateSignIn({ email: '', password: '' });
    expect(errors.email).toBe('Enter your email address.');
    expect(errors.password).toBe('Enter your password.');
    expect(hasErrors(errors)).toBe(true);
  });

  it('rejects an email without the right shape', () => {
    for (const email of ['ada', 'ada@', '@example.com', 'ada@example', 'ada @example.com', 'ada@@example.com']) {
      expect(validateSignIn({ email, password: 'x' }).email, email).toMatch(/like name@company.com/);
    }
  });

  it('ignores spaces around the email, but not a password made of spaces', () => {
    expect(validateSignIn({ email: '  ada@example.com ', password: '   ' })).toEqual({});
    expect(validateSignIn({ email: '   ', password: 'x' }).email).toBe('Enter your email address.');
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses, including plus tags and subdomains', () => {
    expect(isEmail('first.last+tag@mail.example.co.uk')).toBe(true);
  });
});

describe('hasErrors', () => {
  it('is false for an empty or all-undefined record', () => {
    expect(hasErrors({})).toBe(false);
    expect(hasErrors({ email: undefined })).toBe(false);
  });
});

describe('validateFloor', () => {
  it('takes a whole number of GPUs up to the total', () => {
    expect(validateFloor('0', 32)).toBeUndefined();
    expect(validateFloor(' 32 ', 32)).toBeUndefined();
    expect(validateFloor('', 32)).toBe('Enter the number of GPUs to hold back.');
    expect(validateFloor('-1', 32)).toBe('Enter a whole number of GPUs (0 or more).');
    expect(validateFloor('2.5', 32)).toBe('Enter a whole number of GPUs (0 or more).');
    expect(validateFloor('33', 32)).toBe('The pool has 32 GPUs: the floor cannot be larger.');
  });
});

describe('validateInternalDemand', () => {
  it('accepts a whole number of GPUs from 0 to the pool’s total', () => {
    expect(validateInternalDemand('0', 32)).toBeUndefined();
    expect(validateInternalDemand(' 32 ', 32)).toBeUndefined();
  });

  it('refuses nothing, fractions, negatives and more than the pool has', () => {
    expect(validateInternalDemand('', 32)).toMatch(/Enter the number/);
    expect(validateInternalDemand('2.5', 32)).toMatch(/whole number/);
    expect(validateInternalDemand('-1', 32)).toMatch(/whole number/);
    expect(validateInternalDemand('33', 32)).toBe('The pool has 32 GPUs: the demand cannot be larger.');
  });
});
