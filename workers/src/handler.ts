import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps, JobContract, Logger } from '@headroom/server';
import type { z } from 'zod';

export interface HandlerContext {
  /** A fork of its own, for this job only. */
  em: EntityManager;
  deps: AppDeps;
  log: Logger;
  jobId: string;
  attempt: number;
}

export interface Handler<S extends z.ZodType = z.ZodType> {
  contract: JobContract<S>;
  run(payload: z.output<S>, ctx: HandlerContext): Promise<unknown>;
}

/** Pairs a job contract with the function that does its work. */
export function defineHandler<S extends z.ZodType>(contract: JobContract<S>, run: Handler<S>['run']): Handler<S> {
  return { contract, run };
}
