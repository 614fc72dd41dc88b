import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { AuditEvent } from './audit-event.entity';
import { ActorType, AuditOutcome } from './audit.enums';
import { paginate, type ConnectionArgs } from '../../graphql/connection';

export interface AuditRecord {
  organizationId?: string | null;
  actorType: ActorType;
  actorId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  requestId: string;
  outcome: AuditOutcome;
  errorCode?: string | null;
  details?: Record<string, unknown> | null;
}

/** Adds an audit event to the unit of work of `em`: it commits, or not, with the change it records. */
export function recordAudit(em: EntityManager, record: AuditRecord): AuditEvent {
  const event = auditEvent(em, record);
  em.persist(event);
  return event;
}

/** An audit event, not saved yet: for a change written in one statement with it (`insertTogether`). */
export function auditEvent(em: EntityManager, record: AuditRecord): AuditEvent {
  return em.create(AuditEvent, { id: newId('auditEvent'), at: new Date(), ...record }, { persist: false });
}

export interface AuditFilter {
  /** undefined = every organization (operators); otherwise the organizations to show. */
  organizationIds?: string[];
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A page of audit events, newest first, filtered by organization, actor, action and time. */
export function listAuditEvents(em: EntityManager, filter: AuditFilter, args: ConnectionArgs) {
  const where: FilterQuery<AuditEvent>[] = [];
  if (filter.organizationIds) where.push({ organizationId: { $in: filter.organizationIds } });
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.action) where.push({ action: filter.action });
  if (filter.from) where.push({ at: { $gte: filter.from } });
  if (filter.to) where.push({ at: { $lt: filter.to } });
  return paginate(em, AuditEvent, where.length ? { $and: where } : {}, args);
}
