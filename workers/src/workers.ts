import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { ZodError } from 'zod';
import { bullConnection, createQueues, closeQueues, jobContracts, relayOutbox, type AppDeps, type Queues } from '@headroom/server';
import { handlerRegistry } from './registry';

/** How often schedules are written to Redis again (they vanish with Redis's data). */
const SCHEDULE_REASSERT_MS = 15_000;

export interface RunningWorkers {
  queues: Queues;
  /** Stops taking jobs, lets active ones finish, stops the relay. */
  close(): Promise<void>;
}

/** Outbox rows the relay moves per round. */
const RELAY_BATCH = 200;
/** How long the relay lets rows gather after a round that drained the outbox. */
const RELAY_GATHER_MS = 20;

/**
 * Starts a BullMQ worker per queue, the outbox relay loop and the repeating schedules. Each job
 * runs in its own EntityManager fork; a payload that fails its schema is unrecoverable.
 */
export async function startWorkers(
  deps: AppDeps,
  redisUrl: string,
  options: {
    relayIntervalMs?: number;
    concurrency?: number;
    /** Repeat intervals to use instead of the contracts' (tests run the reconciler more often). */
    repeatEveryMs?: Partial<Record<string, number>>;
  } = {},
): Promise<RunningWorkers> {
  const registry = handlerRegistry();
  const connection = bullConnection(redisUrl);
  const prefix = deps.env.QUEUE_PREFIX;
  const queues = createQueues(connection, prefix);

  const process = async (job: Job) => {
    const handler = registry.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    let payload: unknown;
    try {
      payload = handler.contract.payload.parse(job.data);
    } catch (error) {
      if (error instanceof ZodError) throw new UnrecoverableError(`job ${job.id} payload is invalid: ${error.message}`);
      throw error;
    }
    const log = deps.log.child({ job: job.name, jobId: job.id });
    return handler.run(payload, { em: deps.orm.em.fork(), deps, log, jobId: String(job.id), attempt: job.attemptsMade + 1 });
  };
  const workers = Object.keys(queues).map(
    (name) =>
      new Worker(name, process, { connection, prefix, concurrency: options.concurrency ?? deps.env.WORKER_CONCURRENCY, autorun: true }),
  );
  for (const worker of workers) {
    worker.on('failed', (job, error) => deps.log.warn({ err: error, job: job?.name, jobId: job?.id }, 'job failed'));
    // Redis going away is reported once through the logger, not as stack traces on stderr.
    worker.on('error', (error) => deps.log.warn({ err: error, queue: worker.name }, 'queue worker error'));
  }

  const repeatEvery: Partial<Record<string, number>> = {
    'jobs.reconcile': deps.env.JOBS_RECONCILE_INTERVAL_MS,
    ...options.repeatEveryMs,
  };
  const upsertSchedules = async () => {
    for (const contract of jobContracts) {
      if (!contract.repeat) continue;
      await queues[contract.queue].upsertJobScheduler(
        contract.name,
        { every: repeatEvery[contract.name] ?? contract.repeat.everyMs },
        { name: contract.name, data: contract.payload.parse(contract.repeat.payload) },
      );
    }
  };
  await upsertSchedules();
  // Schedules live in Redis: if Redis loses its data they come back when it reconnects, and in any
  // case within this interval.
  const reassertSchedules = () => {
    upsertSchedules().catch((error: unknown) => deps.log.warn({ err: error }, 'could not re-assert job schedules'));
  };
  const reassert = setInterval(reassertSchedules, SCHEDULE_REASSERT_MS);
  const queueClient = await queues.jobs.client;
  queueClient.on('ready', reassertSchedules);

  let relaying = true;
  const relayLoop = (async () => {
    while (relaying) {
      try {
        const moved = await relayOutbox(deps.orm.em.fork(), queues, RELAY_BATCH);
        if (moved >= RELAY_BATCH) continue;
        // A partial batch: the outbox is drained. Under a stream of writes, a short pause lets the
        // next round carry many rows (one transaction and one Redis round trip) instead of one or two.
        if (moved > 0) {
          await new Promise((r) => setTimeout(r, RELAY_GATHER_MS));
          continue;
        }
      } catch (error) {
        deps.log.error({ err: error }, 'outbox relay failed');
      }
      await new Promise((r) => setTimeout(r, options.relayIntervalMs ?? 250));
    }
  })();

  return {
    queues,
    close: async () => {
      relaying = false;
      clearInterval(reassert);
      queueClient.off('ready', reassertSchedules);
      await relayLoop;
      await Promise.all(workers.map((w) => w.close()));
      await closeQueues(queues);
    },
  };
}
