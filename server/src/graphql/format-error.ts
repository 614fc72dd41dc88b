import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { requestScope } from '../lib/request-scope';
import { logger } from '../lib/logger';

// Codes a client may see as they are: ours, and graphql/Apollo's own request errors.
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'QUOTA_EXCEEDED',
  'CAPACITY_UNAVAILABLE',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function firstViolation(errors: ValidationError[], path: string[] = []): { field: string; message: string } | undefined {
  for (const error of errors) {
    const here = [...path, error.property];
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field: here.join('.'), message };
    const nested = firstViolation(error.children ?? [], here);
    if (nested) return nested;
  }
  return undefined;
}

// Every input object argument is named `input` by convention; plain arguments are named as they are.
function validationField(error: ValidationError): string[] {
  const target = error.target?.constructor?.name ?? '';
  return target.endsWith('Input') ? ['input'] : [];
}

/** `Variable "$input" got invalid value … at "input.email"` → `input.email`. */
function variableField(message: string): string | undefined {
  return /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1];
}

/**
 * Shapes every error a client receives: expected ones keep their code and details; input
 * validation names the field; anything unexpected is logged in full and shown only as
 * INTERNAL_SERVER_ERROR with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const error = unwrapResolverError(raw);
  const scope = requestScope.getStore();

  if (error instanceof ArgumentValidationError) {
    const errors = error.extensions.validationErrors;
    const violation = firstViolation(errors, errors[0] ? validationField(errors[0]) : []);
    const field = violation?.field ?? 'input';
    const reason = violation?.message ?? 'is not valid';
    return {
      message: `Invalid ${field}: ${reason.replace(/^\w+: /, '')}`,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field },
    };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { message: 'This conflicts with something that exists already.', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  const code = (error instanceof GraphQLError ? error.extensions?.['code'] : undefined) ?? formatted.extensions?.['code'];
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const field = code === 'BAD_USER_INPUT' && !formatted.extensions?.['field'] ? variableField(formatted.message) : undefined;
    const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code, ...(field ? { field } : {}) } };
  }

  const requestId = scope?.requestId ?? 'unknown';
  (scope?.log ?? logger()).error({ err: error, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: `Internal error. Quote request id ${requestId} to support.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
