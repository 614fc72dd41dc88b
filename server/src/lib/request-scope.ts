import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger';

export interface RequestScope {
  requestId: string;
  log: Logger;
}

/** The request being served, reachable from code that is not handed the context (error formatting). */
export const requestScope = new AsyncLocalStorage<RequestScope>();
