import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (DESIGN.md, GraphQL conventions). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'CAPACITY_UNAVAILABLE'
  | 'RATE_LIMITED';

/** An expected failure: shown to the client as it is, with its code and details. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
  }
}

export const unauthenticated = (message = 'Sign in, or send a valid API key.') => new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);

/** The same answer for "does not exist" and "exists in another tenant": nothing leaks. */
export const notFound = (what: string, id?: string) =>
  new AppError('NOT_FOUND', id ? `${what} ${id} was not found.` : `${what} was not found.`, {
    ...(id ? { id } : {}),
  });

/** NOT_FOUND for an ID given in an input field, naming the field. */
export const notFoundAt = (field: string, what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} was not found.`, { field, id });

/** BAD_USER_INPUT unless `value` is a whole number from `min` to `max`. */
export function assertWhole(field: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw badInput(field, `${field.replace(/^input\./, '')}: a whole number from ${min} to ${max} (got ${value}).`);
  }
}

/** Bad input, naming the offending field (dot path from the argument, e.g. `input.email`). */
export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, ...details });

export const conflict = (message: string, details: Record<string, unknown> = {}) => new AppError('CONFLICT', message, details);

export const rateLimited = (message: string, retryAfterSeconds: number) => new AppError('RATE_LIMITED', message, { retryAfterSeconds });

/** The code of an error, if it is one of ours or a GraphQLError that carries one. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof GraphQLError) {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
