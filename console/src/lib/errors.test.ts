import { describe, expect, it } from 'vitest';
import { describeError, describeGraphQLError, fieldName, hasErrorCode, rateLimitMessage } from './errors';

const gql = (code: string | undefined, message = 'server says', extensions: Record<string, unknown> = {}) => ({
  graphQLErrors: [{ message, extensions: code ? { code, ...extensions } : extensions }],
});

describe('describeError', () => {
  it('shows the server message for a wrong password (UNAUTHENTICATED)', () => {
    const info = describeError(gql('UNAUTHENTICATED', 'The email or password is wrong.'));
    expect(info).toMatchObject({ code: 'UNAUTHENTICATED', message: 'The email or password is wrong.' });
  });

  it('turns RATE_LIMITED into "too many attempts, try again in N s"', () => {
    const info = describeError(gql('RATE_LIMITED', 'Too many failed sign-ins for this email. Try again in 8 s.', { retryAfterSeconds: 8 }));
    expect(info.code).toBe('RATE_LIMITED');
    expect(info.retryAfterSeconds).toBe(8);
    expect(info.message).toBe('Too many attempts. Try again in 8 s.');
  });

  it('names the form field of BAD_USER_INPUT without the input. prefix', () => {
    const info = describeError(gql('BAD_USER_INPUT', 'Invalid input.email: must be an email', { field: 'input.email' }));
    expect(info).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', message: 'Invalid input.email: must be an email' });
  });

  it('shows the request id of an INTERNAL_SERVER_ERROR, never the server text', () => {
    const info = describeError(
      gql('INTERNAL_SERVER_ERROR', 'Internal error. Quote request id req_123 to support.', { requestId: 'req_123' }),
    );
    expect(info.requestId).toBe('req_123');
    expect(info.title).toBe('Something went wrong');
    expect(info.message).toMatch(/quote the request ID/);
  });

  it('falls back to the x-request-id header when an internal error carries no id', () => {
    const response = { headers: new Headers({ 'x-request-id': 'req_hdr' }) };
    expect(describeError({ ...gql('INTERNAL_SERVER_ERROR'), response }).requestId).toBe('req_hdr');
  });

  it('keeps the request id of a refusal (CONFLICT, FORBIDDEN), but not of a field error or a wait', () => {
    const response = { headers: new Headers({ 'x-request-id': 'req_409' }) };
    expect(describeError({ ...gql('CONFLICT', 'floor 20 + committed 16 > total 32'), response }).requestId).toBe('req_409');
    expect(describeError({ ...gql('FORBIDDEN', 'Missing permission apikey:manage.'), response }).requestId).toBe('req_409');
    expect(describeError({ ...gql('BAD_USER_INPUT', 'bad', { field: 'input.name' }), response }).requestId).toBeUndefined();
    expect(describeError({ ...gql('RATE_LIMITED', 'wait', { retryAfterSeconds: 3 }), response }).requestId).toBeUndefined();
    expect(describeError({ ...gql('UNAUTHENTICATED', 'sign in'), response }).requestId).toBeUndefined();
  });

  it('treats an error without a code as unexpected', () => {
    expect(describeError(gql(undefined, 'boom')).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps unknown codes and the server message', () => {
    expect(describeError(gql('TEAPOT', 'short and stout'))).toMatchObject({
      code: 'TEAPOT',
      title: 'Something went wrong',
      message: 'short and stout',
    });
  });

  it('gives FORBIDDEN and NOT_FOUND their titles and keeps the server explanation', () => {
    expect(describeError(gql('FORBIDDEN', 'Missing permission member:read.'))).toMatchObject({
      title: 'Access denied',
      message: 'Missing permission member:read.',
    });
    expect(describeError(gql('NOT_FOUND', 'Project prj_x was not found.'))).toMatchObject({
      title: 'Not found',
      message: 'Project prj_x was not found.',
    });
  });

  it('describes a network failure, with the request id when the response had one', () => {
    expect(describeError({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toMatchObject({
      code: 'NETWORK_ERROR',
      title: 'Cannot reach Headroom',
    });
    const response = { headers: new Headers({ 'x-request-id': 'req_502' }) };
    expect(describeError({ graphQLErrors: [], networkError: new Error('Bad Gateway'), response }).requestId).toBe('req_502');
  });

  it('describes the first GraphQL error when there are several', () => {
    const error = {
      graphQLErrors: [
        { message: 'a', extensions: { code: 'NOT_FOUND' } },
        { message: 'b', extensions: { code: 'FORBIDDEN' } },
      ],
    };
    expect(describeError(error).code).toBe('NOT_FOUND');
  });
});

describe('helpers', () => {
  it('rateLimitMessage rounds up and never says 0 s', () => {
    expect(rateLimitMessage(3.2)).toBe('Too many attempts. Try again in 4 s.');
    expect(rateLimitMessage(0)).toBe('Too many attempts. Try again in 1 s.');
  });

  it('fieldName strips only the input. prefix', () => {
    expect(fieldName('input.email')).toBe('email');
    expect(fieldName('input.owner.email')).toBe('owner.email');
    expect(fieldName('id')).toBe('id');
  });

  it('hasErrorCode looks at every GraphQL error', () => {
    const error = {
      graphQLErrors: [
        { message: 'a', extensions: { code: 'NOT_FOUND' } },
        { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    };
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
    expect(hasErrorCode(undefined, 'FORBIDDEN')).toBe(false);
  });

  it('describeGraphQLError ignores a non-numeric retryAfterSeconds', () => {
    const info = describeGraphQLError({ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 'soon' } });
    expect(info.retryAfterSeconds).toBeUndefined();
    expect(info.message).toBe('Too many attempts. Try again in 1 s.');
  });
});
