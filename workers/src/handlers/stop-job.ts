import { stopInEngine, stopJobJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** Tells the engine to stop an attempt Headroom cancelled or preempted (idempotent). */
export const stopJobHandler = defineHandler(stopJobJob, async (stop, { em, deps }) => {
  await stopInEngine(em, deps.secrets, stop);
  return { stopped: stop.marker };
});
