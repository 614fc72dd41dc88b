import { PASS_LIMIT, runSchedulingPass, scheduleJobsJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** At most this many passes per message: a queue that never empties must not hold a worker forever. */
const MAX_PASSES = 50;

/**
 * A pass that follows another waits until this long after the previous one started. A pass costs
 * a fixed amount (loading the world) plus a little per job, so under a stream of submissions
 * passes that run back to back spend most of their time reloading the world for a few jobs each;
 * spaced out, each takes everything that arrived meanwhile. A lone submission is not delayed.
 */
export const MIN_PASS_SPACING_MS = 100;

/**
 * Runs scheduling passes until nothing is left to look at. Passes never overlap (an advisory
 * lock); a message that finds one running marks the scheduler dirty in Redis and returns, and
 * the running one looks again after it commits — so no submission waits for the next tick.
 * If Redis forgets the mark, the reconciler's pass every few seconds still picks the job up.
 */
export const scheduleJobsHandler = defineHandler(scheduleJobsJob, async (_payload, { em, deps }) => {
  const dirty = `${deps.env.QUEUE_PREFIX}:scheduler:dirty`;
  let passes = 0;
  let placed = 0;
  while (passes < MAX_PASSES) {
    const started = Date.now();
    const result = await runSchedulingPass(em.fork());
    if (!result.ran) {
      await deps.redis.set(dirty, '1', 'EX', 60);
      break;
    }
    passes++;
    placed += result.placed;
    const again = result.looked >= PASS_LIMIT || (await deps.redis.getdel(dirty)) !== null;
    if (!again) break;
    const wait = started + MIN_PASS_SPACING_MS - Date.now();
    if (wait > 0 && result.looked < PASS_LIMIT) await new Promise((r) => setTimeout(r, wait));
  }
  return { passes, placed };
});
