import { Queue, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import { QUEUE_NAMES, type JobContract, type QueueName } from './contracts';
import { queueDepth } from '../http/metrics';

export type Queues = Record<QueueName, Queue>;

/** BullMQ connection options for a redis:// or rediss:// URL (BullMQ wants options, not a URL). */
export function bullConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis; retrying forever is what BullMQ needs (see its production guide).
    maxRetriesPerRequest: null,
  };
}

/** One BullMQ Queue per queue name, on the given Redis connection, under a key prefix. */
export function createQueues(connection: ConnectionOptions, prefix: string): Queues {
  return Object.fromEntries(QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix })])) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}

/**
 * Adds a job now, validating its payload. `jobId` makes it idempotent: BullMQ ignores a second
 * add with the same id. Use only outside a transaction (the outbox relay, schedules); state
 * changes enqueue through the outbox instead.
 */
export async function addJob<S extends z.ZodType>(queues: Queues, contract: JobContract<S>, payload: z.input<S>, jobId: string) {
  const data = contract.payload.parse(payload);
  return queues[contract.queue].add(contract.name, data, jobOptions(contract, jobId));
}

function jobOptions(contract: JobContract, jobId: string) {
  return {
    jobId,
    attempts: contract.attempts,
    backoff: { type: 'exponential' as const, delay: contract.backoffMs },
    removeOnComplete: { age: 86_400, count: 10_000 },
    removeOnFail: { age: 7 * 86_400 },
  };
}

/** Adds several validated jobs, one round trip per queue (the relay's batches). */
export async function addJobs(queues: Queues, jobs: { contract: JobContract; payload: unknown; jobId: string }[]): Promise<void> {
  const byQueue = new Map<QueueName, Parameters<Queue['addBulk']>[0]>();
  for (const { contract, payload, jobId } of jobs) {
    const list = byQueue.get(contract.queue) ?? [];
    list.push({ name: contract.name, data: contract.payload.parse(payload), opts: jobOptions(contract, jobId) });
    byQueue.set(contract.queue, list);
  }
  await Promise.all([...byQueue].map(([queue, list]) => queues[queue].addBulk(list)));
}

/** Reads each queue's job counts into the queue-depth gauge (called when /metrics is scraped). */
export async function observeQueueDepths(queues: Queues): Promise<void> {
  await Promise.all(
    Object.entries(queues).map(async ([name, queue]) => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      for (const [state, n] of Object.entries(counts)) queueDepth.set({ queue: name, state }, n);
    }),
  );
}
