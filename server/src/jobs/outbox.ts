import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { newId } from '../lib/ids';
import { OutboxMessage } from './outbox.entity';
import { addJobs, type Queues } from './queues';
import type { JobContract } from './contracts';
import { jobContracts } from './catalog';

/**
 * Asks for a job as part of the caller's unit of work: the outbox row commits with the state
 * change, or neither does. The relay enqueues it afterwards, with BullMQ jobId = the row id.
 */
export function enqueueAfterCommit<S extends z.ZodType>(em: EntityManager, contract: JobContract<S>, payload: z.input<S>): OutboxMessage {
  const message = outboxMessage(em, contract, payload);
  em.persist(message);
  return message;
}

/** The outbox row for a job, not saved yet: for a change written in one statement with it (`insertTogether`). */
export function outboxMessage<S extends z.ZodType>(em: EntityManager, contract: JobContract<S>, payload: z.input<S>): OutboxMessage {
  return em.create(
    OutboxMessage,
    {
      id: newId('outbox'),
      jobName: contract.name,
      payload: contract.payload.parse(payload) as Record<string, unknown>,
      createdAt: new Date(),
    },
    { persist: false },
  );
}

const byName = new Map<string, JobContract>(jobContracts.map((c) => [c.name, c]));

/**
 * Moves up to `limit` undispatched outbox rows into BullMQ (one round trip per queue; rows of a
 * coalescing contract become one job) and stamps them. Rows are locked
 * with SKIP LOCKED, so several relays can run at once; a crash between add and stamp only
 * re-adds a job whose jobId BullMQ already knows, which it ignores. Returns how many it moved.
 */
export async function relayOutbox(em: EntityManager, queues: Queues, limit = 200): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.find(
      OutboxMessage,
      { dispatchedAt: null },
      { orderBy: { id: 'asc' }, limit, lockMode: 4 /* PESSIMISTIC_PARTIAL_WRITE: FOR UPDATE SKIP LOCKED */ },
    );
    const jobs: Parameters<typeof addJobs>[1] = [];
    const coalesced = new Set<string>();
    for (const row of rows) {
      const contract = byName.get(row.jobName);
      if (!contract) throw new Error(`outbox ${row.id}: no job contract named ${row.jobName}`);
      if (!contract.coalesce || !coalesced.has(contract.name)) jobs.push({ contract, payload: row.payload, jobId: row.id });
      if (contract.coalesce) coalesced.add(contract.name);
      row.dispatchedAt = new Date();
    }
    await addJobs(queues, jobs);
    return rows.length;
  });
}
