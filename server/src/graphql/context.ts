import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../lib/logger';
import type { Principal } from './auth/principal';
import type { Loaders } from './loaders';
import type { AppDeps } from '../app-deps';
import type { JobEventStream } from '../modules/jobs/job-event-stream';
import type { AuditEvent } from '../modules/audit/audit-event.entity';

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
  /**
   * In a mutation that writes in one statement of its own (`WRITES_IN_ONE_STATEMENT`): the
   * ALLOWED audit event for what `audit` names, with `what` on top, unsaved, for the resolver to
   * write in that statement (`audit` is left as it is: if the statement fails, the failure is
   * audited without a target that was never written). Undefined elsewhere.
   */
  allowedAudit?: (what?: Pick<AuditDraft, 'targetId' | 'details'>) => AuditEvent;
}
