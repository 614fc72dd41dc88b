import type { z } from 'zod';

/** The BullMQ queues Headroom uses. */
export const QUEUE_NAMES = ['maintenance', 'jobs', 'billing'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A job: its name, queue, payload schema and retry policy. Checked on enqueue and in the worker. */
export interface JobContract<S extends z.ZodType = z.ZodType> {
  name: string;
  queue: QueueName;
  payload: S;
  attempts: number;
  backoffMs: number;
  /**
   * For a job that looks at everything whatever its payload (a scheduling pass): the messages
   * for it that the relay finds together become one job.
   */
  coalesce?: boolean;
  /** For a job that repeats on a schedule: how often, and with what payload. */
  repeat?: { everyMs: number; payload: z.input<S> };
}

export function defineJob<S extends z.ZodType>(contract: JobContract<S>): JobContract<S> {
  return contract;
}
