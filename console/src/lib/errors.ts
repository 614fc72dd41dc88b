/**
 * Turns what the API answers into what a person reads. The server's errors carry
 * `extensions.code` (DESIGN.md, GraphQL conventions); this module knows no urql or React, only
 * the shape of an error, so it is tested as plain functions.
 */

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'CAPACITY_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  /** The server could not be reached or answered something that is not GraphQL. */
  | 'NETWORK_ERROR';

/** The parts of a GraphQL error we read (urql's `GraphQLError` fits). */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>> | null | undefined;
}

/** The parts of a failed operation we read (urql's `CombinedError` fits). */
export interface OperationErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[] | undefined;
  networkError?: { message: string } | undefined;
  response?: unknown;
}

/** One error, ready to show. */
export interface ErrorInfo {
  /** The server's code; unknown codes are kept as they are. */
  code: ErrorCode | (string & {});
  /** A short heading: "Not found", "Access denied". */
  title: string;
  /** A sentence to show under it. */
  message: string;
  /** The form field it is about (`email` for the server's `input.email`). */
  field?: string;
  /**
   * What support needs to find the log line: always for INTERNAL_SERVER_ERROR, and for refusals
   * (CONFLICT, FORBIDDEN, …) when the response carried one. Not for field errors, sign-outs or waits.
   */
  requestId?: string;
  /** For RATE_LIMITED: how long to wait. */
  retryAfterSeconds?: number;
}

const TITLES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Signed out',
  FORBIDDEN: 'Access denied',
  NOT_FOUND: 'Not found',
  BAD_USER_INPUT: 'Check your input',
  CONFLICT: 'Conflict',
  QUOTA_EXCEEDED: 'Quota exceeded',
  CAPACITY_UNAVAILABLE: 'Capacity unavailable',
  RATE_LIMITED: 'Too many attempts',
  INTERNAL_SERVER_ERROR: 'Something went wrong',
  NETWORK_ERROR: 'Cannot reach Headroom',
};

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(TITLES, code);

/** "Too many attempts. Try again in 4 s." */
export function rateLimitMessage(seconds: number): string {
  const n = Math.max(1, Math.ceil(seconds));
  return `Too many attempts. Try again in ${n} s.`;
}

/** `input.email` → `email`; `input.owner.email` → `owner.email`; `id` → `id`. */
export function fieldName(path: string): string {
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

function headerOf(response: unknown, name: string): string | undefined {
  const headers = (response as { headers?: { get?: (name: string) => string | null } } | null | undefined)?.headers;
  return typeof headers?.get === 'function' ? (headers.get(name) ?? undefined) : undefined;
}

/** Describes one GraphQL error by its code. */
export function describeGraphQLError(error: GraphQLErrorLike): ErrorInfo {
  const ext = error.extensions ?? {};
  // An error without a code is not one the server meant to show: treat it as unexpected.
  const code = typeof ext['code'] === 'string' ? ext['code'] : 'INTERNAL_SERVER_ERROR';
  const title = isErrorCode(code) ? TITLES[code] : TITLES.INTERNAL_SERVER_ERROR;
  const info: ErrorInfo = { code, title, message: error.message };

  switch (code) {
    case 'UNAUTHENTICATED':
      info.message = error.message || 'Sign in to continue.';
      break;
    case 'FORBIDDEN':
      info.message = error.message || 'You are not allowed to do this.';
      break;
    case 'NOT_FOUND':
      info.message = error.message || 'It does not exist, or you do not have access to it.';
      break;
    case 'BAD_USER_INPUT':
      if (typeof ext['field'] === 'string') info.field = fieldName(ext['field']);
      break;
    case 'RATE_LIMITED': {
      const seconds = Number(ext['retryAfterSeconds']);
      if (Number.isFinite(seconds) && seconds > 0) info.retryAfterSeconds = Math.ceil(seconds);
      info.message = rateLimitMessage(info.retryAfterSeconds ?? 1);
      break;
    }
    case 'INTERNAL_SERVER_ERROR':
      info.message = 'An unexpected error happened on our side. If it keeps happening, contact support and quote the request ID.';
      if (typeof ext['requestId'] === 'string') info.requestId = ext['requestId'];
      break;
  }
  return info;
}

// Answers the person fixes or waits out themselves: a request ID would only be noise.
const NO_REQUEST_ID: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'RATE_LIMITED']);

/**
 * The error to show for a failed operation: the first GraphQL error (the server puts the one that
 * matters first), else the network failure. The request id falls back to the response's
 * `x-request-id` header, which the server sets on every answer.
 */
export function describeError(error: OperationErrorLike): ErrorInfo {
  const first = error.graphQLErrors?.[0];
  if (first) {
    const info = describeGraphQLError(first);
    if (!info.requestId && !NO_REQUEST_ID.has(info.code)) {
      const fromHeader = headerOf(error.response, 'x-request-id');
      if (fromHeader) info.requestId = fromHeader;
    }
    return info;
  }
  const requestId = headerOf(error.response, 'x-request-id');
  return {
    code: 'NETWORK_ERROR',
    title: TITLES.NETWORK_ERROR,
    message: 'The server did not answer. Check your connection and try again.',
    ...(requestId ? { requestId } : {}),
  };
}

/** Whether any GraphQL error of the operation has this code. */
export function hasErrorCode(error: OperationErrorLike | null | undefined, code: ErrorCode): boolean {
  return !!error?.graphQLErrors?.some((e) => e.extensions?.['code'] === code);
}
