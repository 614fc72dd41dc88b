import { PASS_LIMIT, runSchedulingPass, scheduleJobsJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** At most this many passes per message: a queue that never empties must not hold a worker forever. */
const MAX_PASSES = 50;

/**
 * Passes in this process start at least this long apart. A pass costs a fixed amount (loading the
 * world) plus a little per job, so under a stream of submissions passes that ran back to back
 * would spend most of their time reloading the world for a few jobs each; spaced out, each takes
 * everything that arrived meanwhile. A submission after a quiet spell is not delayed.
 */
export const MIN_PASS_SPACING_MS = 100;

let lastPassStartedAt = 0;
/** A handler of this process is about to run a pass, or running one. */
let passOwned = false;

/**
 * Runs scheduling passes until nothing is left to look at. Passes never overlap (an advisory
 * lock, across processes); a message that finds a pass running or about to run marks the
 * scheduler dirty in Redis and returns, and that pass's handler looks again after it commits — so
 * no submission waits for the next tick. If Redis forgets the mark, the reconciler's pass every
 * few seconds still picks the job up.
 */
export const scheduleJobsHandler = defineHandler(scheduleJobsJob, async (_payload, { em, deps }) => {
  const dirty = `${deps.env.QUEUE_PREFIX}:scheduler:dirty`;
  let passes = 0;
  let placed = 0;
  do {
    if (passOwned) {
      await deps.redis.set(dirty, '1', 'EX', 60);
      break;
    }
    passOwned = true;
    try {
      while (passes < MAX_PASSES) {
        const wait = lastPassStartedAt + MIN_PASS_SPACING_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastPassStartedAt = Date.now();
        const result = await runSchedulingPass(em.fork());
        if (!result.ran) {
          await deps.redis.set(dirty, '1', 'EX', 60);
          break;
        }
        passes++;
        placed += result.placed;
        if (result.looked >= PASS_LIMIT) lastPassStartedAt = 0;
        else if ((await deps.redis.getdel(dirty)) === null) break;
      }
    } finally {
      passOwned = false;
    }
    // A message that found this pass finishing left the mark and returned: look again for it.
  } while (passes < MAX_PASSES && (await deps.redis.exists(dirty)) === 1);
  return { passes, placed };
});
