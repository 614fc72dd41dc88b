/** Form checks run before anything is sent; the server checks again and has the last word. */

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

// Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. The server
// decides whether the address exists.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export interface SignInValues {
  email: string;
  password: string;
}

export function validateSignIn(values: SignInValues): FieldErrors<keyof SignInValues> {
  const errors: FieldErrors<keyof SignInValues> = {};
  const email = values.email.trim();
  if (!email) errors.email = 'Enter your email address.';
  else if (!isEmail(email)) errors.email = 'Enter an email address like name@company.com.';
  if (!values.password) errors.password = 'Enter your password.';
  return errors;
}

export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * A pool's internal floor, as typed: a whole number of GPUs from 0 to the pool's total. Returns
 * the message to show, or undefined when it is fine.
 */
export function validateFloor(value: string, totalGpus: number): string | undefined {
  const text = value.trim();
  if (!text) return 'Enter the number of GPUs to hold back.';
  if (!/^\d+$/.test(text)) return 'Enter a whole number of GPUs (0 or more).';
  const n = Number(text);
  if (n > totalGpus) return `The pool has ${totalGpus} GPUs: the floor cannot be larger.`;
  return undefined;
}

/**
 * A pool's internal demand, as typed: the GPUs the owner's own work wants now, a whole number
 * from 0 to the pool's total. Returns the message to show, or undefined when it is fine.
 */
export function validateInternalDemand(value: string, totalGpus: number): string | undefined {
  const text = value.trim();
  if (!text) return 'Enter the number of GPUs the owner’s work wants.';
  if (!/^\d+$/.test(text)) return 'Enter a whole number of GPUs (0 or more).';
  if (Number(text) > totalGpus) return `The pool has ${totalGpus} GPUs: the demand cannot be larger.`;
  return undefined;
}
