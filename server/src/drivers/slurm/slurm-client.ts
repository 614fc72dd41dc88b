/**
 * A small client for slurmrestd's REST API v0.0.38 with JWT auth. Every call ends within its
 * timeout, validates the fields it uses with zod, and fails only with a {@link DriverError}.
 */
import { z } from 'zod';
import { DriverError } from '../driver';

export const SLURM_API_VERSION = 'v0.0.38';

export interface SlurmClientOptions {
  /** slurmrestd's base URL, e.g. `http://127.0.0.1:6820`. */
  url: string;
  /** Sent as `X-SLURM-USER-NAME`; jobs run as this user. */
  user: string;
  /** Returns the current JWT (`X-SLURM-USER-TOKEN`); called per request so tokens can rotate. */
  token: () => string;
  /** Per request, body included. Default 5000 ms. */
  timeoutMs?: number;
}

const slurmErrorSchema = z.object({
  error: z.string().optional(),
  description: z.string().optional(),
  // Slurm 22.05 names the number three ways depending on where the error was raised.
  error_number: z.number().optional(),
  error_code: z.number().optional(),
  errno: z.number().optional(),
});

/** One entry of a response's `errors` array. */
export type SlurmError = z.infer<typeof slurmErrorSchema>;

const envelopeSchema = z.object({ errors: z.array(slurmErrorSchema).optional() });

export interface SlurmResult<T> {
  data: T;
  /** Slurm's `errors`: empty on success, warnings on some successes, or accepted errors. */
  errors: SlurmError[];
  latencyMs: number;
}

export interface SlurmRequestOptions {
  body?: unknown;
  /** Slurm error numbers that answer the question rather than fail it (2017 for an unknown job). */
  acceptErrors?: readonly number[];
}

/** Slurm's error number, whichever key carries it. */
export function slurmErrorNumber(error: SlurmError): number | undefined {
  return error.error_number ?? error.error_code ?? error.errno;
}

/** Slurm's errors as one line for people: `Requested node configuration is not available (2014)`. */
export function describeSlurmErrors(errors: readonly SlurmError[]): string {
  return errors
    .map((e) => {
      const texts = [e.error, e.description].filter((t): t is string => !!t && t.length > 0);
      const text = [...new Set(texts)].join(': ') || 'unknown error';
      const num = slurmErrorNumber(e);
      return num !== undefined && num !== -1 ? `${text} (${num})` : text;
    })
    .join('; ');
}

// slurm_errno.h: 1001-1004, 1800-1803 and 5000-5005 are "cannot talk to slurmctld".
const CONTROLLER_UNREACHABLE = new Set([1001, 1002, 1003, 1004, 1800, 1801, 1802, 1803, 5000, 5001, 5002, 5003, 5004, 5005]);
// SLURM_PROTOCOL_AUTHENTICATION_ERROR, ESLURM_ACCESS_DENIED, and the ESLURM_AUTH_* block.
const isAuthErrorNumber = (n: number): boolean => n === 1007 || n === 2002 || (n >= 6000 && n < 6100);
const AUTH_TEXT = /authenticat|credential|access denied|permission denied|token/i;
const UNREACHABLE_TEXT = /unable to contact slurm controller|connection refused|socket timed out/i;
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'refused the connection (is slurmrestd running?)',
  ENOTFOUND: 'has a host name that does not resolve',
  EAI_AGAIN: 'has a host name that could not be resolved now (DNS)',
  EHOSTUNREACH: 'is on an unreachable host',
  ENETUNREACH: 'is on an unreachable network',
  ECONNRESET: 'reset the connection',
  EPIPE: 'closed the connection',
  UND_ERR_SOCKET: 'closed the connection without answering',
};
const NETWORK_TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The REST client; one per cluster, safe to share. */
export class SlurmClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;

  constructor(private readonly options: SlurmClientOptions) {
    const url = new URL(options.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Slurm REST URL must be http(s): ${options.url}`);
    this.baseUrl = options.url.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  /** GET `path` (under `/slurm/v0.0.38`) and validate the answer with `schema`. */
  get<S extends z.ZodType>(path: string, schema: S, options: SlurmRequestOptions = {}): Promise<SlurmResult<z.output<S>>> {
    return this.request('GET', path, schema, options);
  }

  /** POST `options.body` as JSON to `path` and validate the answer with `schema`. */
  post<S extends z.ZodType>(path: string, schema: S, options: SlurmRequestOptions = {}): Promise<SlurmResult<z.output<S>>> {
    return this.request('POST', path, schema, options);
  }

  /** DELETE `path` and validate the answer with `schema`. */
  delete<S extends z.ZodType>(path: string, schema: S, options: SlurmRequestOptions = {}): Promise<SlurmResult<z.output<S>>> {
    return this.request('DELETE', path, schema, options);
  }

  private async request<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: S,
    options: SlurmRequestOptions,
  ): Promise<SlurmResult<z.output<S>>> {
    const what = `${method} ${path}`;
    const details = { url: this.baseUrl, method, path };
    let token: string;
    try {
      token = this.options.token();
    } catch (err) {
      throw new DriverError('AUTH', `No Slurm token for ${what}: ${errorText(err)}`, details);
    }
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-SLURM-USER-NAME': this.options.user,
      'X-SLURM-USER-TOKEN': token,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    const started = performance.now();
    let status: number;
    let contentType: string;
    let text: string;
    try {
      const response = await fetch(`${this.baseUrl}/slurm/${SLURM_API_VERSION}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        // A redirect would carry the token header to wherever it points.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? 'no content type';
      // The same signal bounds the body: a server that stalls mid-body times out too.
      text = await response.text();
    } catch (err) {
      throw this.networkError(err, what, details);
    }
    const latencyMs = Math.round(performance.now() - started);
    const answered = { ...details, httpStatus: status };

    if (status === 401 || status === 403 || status === 511) {
      throw new DriverError(
        'AUTH',
        `slurmrestd at ${this.baseUrl} refused the credentials for user "${this.options.user}" on ${what} (HTTP ${status}: ${snippet(text)})`,
        answered,
      );
    }
    if (status >= 300 && status < 400) {
      throw new DriverError(
        'BAD_RESPONSE',
        `${what} at ${this.baseUrl} answered a redirect (HTTP ${status}): is the URL slurmrestd's?`,
        answered,
      );
    }
    if (status === 502 || status === 503 || status === 504) {
      throw new DriverError(
        'UNREACHABLE',
        `${what} at ${this.baseUrl} answered HTTP ${status}: slurmrestd (or a proxy in front of it) cannot reach what is behind it`,
        answered,
      );
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DriverError(
        'BAD_RESPONSE',
        `${what} at ${this.baseUrl} answered HTTP ${status} with ${contentType}, not JSON: "${snippet(text)}". Is this slurmrestd with API ${SLURM_API_VERSION}?`,
        answered,
      );
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      throw new DriverError(
        'BAD_RESPONSE',
        `${what} answered HTTP ${status} with unexpected JSON: ${z.prettifyError(envelope.error)}`,
        answered,
      );
    }
    const errors = envelope.data.errors ?? [];

    if (status >= 400) {
      const accepted = errors.length > 0 && errors.every((e) => options.acceptErrors?.includes(slurmErrorNumber(e) ?? Number.NaN) ?? false);
      if (!accepted) throw this.slurmError(errors, status, what, { ...answered, slurmErrors: errors });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new DriverError(
        'BAD_RESPONSE',
        `${what} answered HTTP ${status} in an unexpected shape: ${z.prettifyError(parsed.error)}`,
        answered,
      );
    }
    return { data: parsed.data, errors, latencyMs };
  }

  /** Classifies an HTTP error answer that carries Slurm's `errors`. */
  private slurmError(errors: SlurmError[], status: number, what: string, details: Record<string, unknown>): DriverError {
    if (errors.length === 0) {
      return new DriverError('BAD_RESPONSE', `${what} answered HTTP ${status} without saying why`, details);
    }
    const text = describeSlurmErrors(errors);
    const numbers = errors.map(slurmErrorNumber);
    if (numbers.some((n) => n !== undefined && isAuthErrorNumber(n)) || errors.some((e) => AUTH_TEXT.test(`${e.error} ${e.description}`))) {
      return new DriverError('AUTH', `Slurm refused ${what} for user "${this.options.user}": ${text}`, details);
    }
    if (
      numbers.some((n) => n !== undefined && CONTROLLER_UNREACHABLE.has(n)) ||
      errors.some((e) => UNREACHABLE_TEXT.test(`${e.error} ${e.description}`))
    ) {
      return new DriverError('UNREACHABLE', `slurmrestd answered ${what} but cannot reach slurmctld: ${text}`, details);
    }
    // slurmrestd 22.05 passes the JWT through to slurmctld, which drops a bad one and leaves the
    // client nothing but errno -1. A down slurmctld looks the same, but only after ~10 s of
    // retries: within our timeout an instant "Unspecified error" is the token.
    if (numbers.every((n) => n === -1 || n === undefined) && errors.every((e) => (e.error ?? '') === 'Unspecified error')) {
      return new DriverError(
        'AUTH',
        `Slurm refused ${what} with "${text}", its answer to an invalid or expired JWT or a user name that does not match it (X-SLURM-USER-NAME "${this.options.user}")`,
        details,
      );
    }
    return new DriverError('REJECTED', `Slurm rejected ${what}: ${text}`, details);
  }

  private networkError(err: unknown, what: string, details: Record<string, unknown>): DriverError {
    const name = err instanceof Error ? err.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      return new DriverError('TIMEOUT', `slurmrestd at ${this.baseUrl} did not answer ${what} within ${this.timeoutMs} ms`, {
        ...details,
        timeoutMs: this.timeoutMs,
      });
    }
    const code = causeCode(err);
    if (code !== undefined && NETWORK_TIMEOUT_CODES.has(code)) {
      return new DriverError('TIMEOUT', `slurmrestd at ${this.baseUrl} timed out on ${what} (${code})`, { ...details, code });
    }
    const reason = code !== undefined ? NETWORK_CODES[code] : undefined;
    return new DriverError(
      'UNREACHABLE',
      `Slurm REST API at ${this.baseUrl} ${reason ?? `could not be reached`} on ${what}${code ? ` (${code})` : `: ${errorText(err)}`}`,
      { ...details, code },
    );
  }
}

function causeCode(err: unknown): string | undefined {
  // undici reports network failures as TypeError('fetch failed') with the system error as cause.
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The message with its causes: undici's own is only "fetch failed". */
function errorText(err: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 4; e = e instanceof Error ? e.cause : undefined, depth++) {
    const message = e instanceof Error ? e.message : String(e);
    if (message && !messages.includes(message)) messages.push(message);
  }
  return messages.join(': ');
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
