import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity';

/** Deletes sessions that expired or were signed out more than `olderThanDays` days ago. Returns how many. */
export function pruneSessions(em: EntityManager, olderThanDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000);
  return em.nativeDelete(Session, { $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] });
}
