import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../lib/logger';
import type { Principal } from './auth/principal';
import type { Loaders } from './loaders';
import type { AppDeps } from '../app-deps';
import type { JobEventStream } from '../modules/jobs/job-event-stream';

/** What a mutation's audit event should name; resolvers fill it as they learn it. */
export interface AuditDraft {
  organizationId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export interface HttpContext {
  ip: string | undefined;
  userAgent: string | undefined;
  /** Adds a Set-Cookie header to the response. */
  setCookie(cookie: string): void;
}

/** One per GraphQL request. `em` is a fork of its own (a transaction's, inside a mutation). */
export interface Context {
  requestId: string;
  em: EntityManager;
  principal: Principal;
  loaders: Loaders;
  audit: AuditDraft;
  http: HttpContext;
  deps: AppDeps;
  log: Logger;
  /** Job events as they commit (subscriptions). */
  jobEvents: JobEventStream;
}
