import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { actorOf } from './auth/principal';
import { errorCode } from './errors';
import { Loaders } from './loaders';
import { auditEvent, recordAudit } from '../modules/audit/audit.service';
import { ActorType, AuditOutcome } from '../modules/audit/audit.enums';

const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'QUOTA_EXCEEDED']);

/**
 * Marks a mutation (`@Extensions(WRITES_IN_ONE_STATEMENT)`) that writes its change and its audit
 * event (`ctx.allowedAudit()`) in one statement of its own: atomic without a transaction around
 * it, so the middleware opens none. Submitting a job is one: it is the hot path of the API.
 */
export const WRITES_IN_ONE_STATEMENT = { writesInOneStatement: true } as const;

/**
 * Runs every mutation in one transaction with its audit event (DESIGN.md rules 3 and 6), or, for
 * one marked `WRITES_IN_ONE_STATEMENT`, hands it the audit event to write with its change. When
 * the mutation fails, its changes roll back and the refusal is audited on its own, so denied
 * attempts are on the record too. Applied to every Mutation field: a new mutation cannot forget it.
 */
export const auditMutations: MiddlewareFn<Context> = async ({ context: ctx, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const action = info.fieldName;
  const actor = actorOf(ctx.principal);
  const base = { actorType: actor.type as ActorType, actorId: actor.id, action, requestId: ctx.requestId };
  const outer = { em: ctx.em, loaders: ctx.loaders };
  ctx.audit = {};
  try {
    if (info.parentType.getFields()[action]?.extensions['writesInOneStatement']) {
      ctx.allowedAudit = (what = {}) =>
        auditEvent(ctx.em, { ...base, ...ctx.audit, ...what, outcome: AuditOutcome.ALLOWED, ...orgFromKey(ctx) });
      return await next();
    }
    return await outer.em.transactional(async (tx) => {
      ctx.em = tx;
      ctx.loaders = new Loaders(tx);
      const result: unknown = await next();
      await tx.flush();
      recordAudit(tx, { ...base, ...ctx.audit, outcome: AuditOutcome.ALLOWED, ...orgFromKey(ctx) });
      return result;
    });
  } catch (error) {
    const code = errorCode(error) ?? 'INTERNAL_SERVER_ERROR';
    const fresh = outer.em.fork();
    recordAudit(fresh, {
      ...base,
      ...ctx.audit,
      ...orgFromKey(ctx),
      outcome: DENIED_CODES.has(code) ? AuditOutcome.DENIED : AuditOutcome.FAILED,
      errorCode: code,
    });
    await fresh.flush();
    throw error;
  } finally {
    ctx.em = outer.em;
    ctx.loaders = outer.loaders;
    ctx.allowedAudit = undefined;
  }
};

/** Fills the audit's organization from the principal when the mutation did not name one. */
function orgFromKey(ctx: Context): { organizationId?: string | null } {
  if (ctx.audit.organizationId !== undefined) return {};
  return ctx.principal.kind === 'apiKey' ? { organizationId: ctx.principal.organizationId } : {};
}
