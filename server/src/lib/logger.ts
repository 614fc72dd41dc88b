import { pino, type Logger } from 'pino';
import { env } from '../config/env';

/** A JSON logger at `level`; children carry a request id or a job id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'headroom' },
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.secret', '*.token'],
  });
}

let root: Logger | undefined;

/** The process's logger, at LOG_LEVEL. */
export function logger(): Logger {
  root ??= createLogger(env().LOG_LEVEL);
  return root;
}

export type { Logger };
