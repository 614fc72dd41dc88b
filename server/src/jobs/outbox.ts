import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { newId } from '../lib/ids';
import { OutboxMessage } from './outbox.entity';
import { addJobs, type Queues } from './queues';
import { executeBound } from '../db/bound-sql';
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
 * coalescing contract become one job) and stamps them, in one transaction: the rows are stamped
 * and returned by one statement, and the stamp commits only once BullMQ has them. Rows are locked
 * with SKIP LOCKED, so several relays can run at once; a crash between add and commit only
 * re-adds a job whose jobId BullMQ already knows, which it ignores. Returns how many it moved.
 */
export async function relayOutbox(em: EntityManager, queues: Queues, limit = 200): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await executeBound<{ id: string; job_name: string; payload: Record<string, unknown> }>(
      tx,
      `update outbox set dispatched_at = now()
        where id in (select id from outbox where dispatched_at is null order by id limit ? for update skip locked)
        returning id, job_name, payload`,
      [limit],
    );
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const jobs: Parameters<typeof addJobs>[1] = [];
    const coalesced = new Set<string>();
    for (const row of rows) {
      const contract = byName.get(row.job_name);
      if (!contract) throw new Error(`outbox ${row.id}: no job contract named ${row.job_name}`);
      if (!contract.coalesce || !coalesced.has(contract.name)) jobs.push({ contract, payload: row.payload, jobId: row.id });
      if (contract.coalesce) coalesced.add(contract.name);
    }
    await addJobs(queues, jobs);
    return rows.length;
  });
}
