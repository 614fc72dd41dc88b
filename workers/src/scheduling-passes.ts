import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueAfterCommit, PASS_LIMIT, runSchedulingPass, scheduleJobsJob, type AppDeps } from '@headroom/server';

/** At most this many passes per call: a queue that never empties must not hold a worker forever. */
const MAX_PASSES = 50;

/**
 * Passes in this process start at least this long apart. A pass costs a fixed amount (loading the
 * world) plus a little per job, so under a stream of submissions passes that ran back to back
 * would spend most of their time reloading the world for a few jobs each; spaced out, each takes
 * everything that arrived meanwhile. A submission after a quiet spell is not delayed.
 */
export const MIN_PASS_SPACING_MS = 100;

let lastPassStartedAt = 0;
/** A call in this process is about to run a pass, or running one. */
let passOwned = false;

/**
 * Runs scheduling passes until nothing is left to look at. Passes never overlap (an advisory lock,
 * across processes). A call that finds a pass running or about to run — here, or in another
 * process — marks the scheduler dirty in Redis and returns; whoever runs that pass looks again
 * after it commits, so no submission waits for the next tick. A call that reaches MAX_PASSES with
 * work left hands it on as a new message. The reconciler's pass every few seconds is the backstop
 * if Redis forgets the mark.
 */
export async function runPassesWhileDirty(
  em: EntityManager,
  deps: AppDeps,
): Promise<{ passes: number; placed: number; preempted: number }> {
  const dirty = `${deps.env.QUEUE_PREFIX}:scheduler:dirty`;
  let passes = 0;
  let placed = 0;
  let preempted = 0;
  for (;;) {
    if (passOwned) {
      await deps.redis.set(dirty, '1', 'EX', 60);
      break;
    }
    passOwned = true;
    let lockedElsewhere = false;
    let more = false;
    try {
      while (passes < MAX_PASSES) {
        const wait = lastPassStartedAt + MIN_PASS_SPACING_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastPassStartedAt = Date.now();
        const result = await runSchedulingPass(em.fork());
        if (!result.ran) {
          await deps.redis.set(dirty, '1', 'EX', 60);
          lockedElsewhere = true;
          break;
        }
        passes++;
        placed += result.placed;
        preempted += result.preempted;
        more = result.looked >= PASS_LIMIT;
        if (more) {
          lastPassStartedAt = 0;
          continue;
        }
        // At the cap the mark is left for the message handed on below.
        if (passes >= MAX_PASSES || (await deps.redis.getdel(dirty)) === null) break;
      }
    } finally {
      passOwned = false;
    }
    // The pass running elsewhere reads the mark when it is done.
    if (lockedElsewhere) break;
    if (passes >= MAX_PASSES) {
      if (more || (await deps.redis.exists(dirty)) === 1) {
        enqueueAfterCommit(em, scheduleJobsJob, { reason: 'more work than one message takes' });
        await em.flush();
      }
      break;
    }
    // A call that found this pass finishing left the mark and returned: look again for it.
    if ((await deps.redis.exists(dirty)) !== 1) break;
  }
  return { passes, placed, preempted };
}
