import { headroomFit, headroomFitWith, type GangAsk, type NodePolicy, type RequestShape } from './node-placement';

/**
 * Headroom's node policy as the product runs it: `headroomFitWith` the request shapes (GPUs, CPU
 * and memory per node) of a pool's recent work, so the free GPUs stay where the work that comes
 * keeps coming can use them — with the CPU and memory beside them. This is the policy the trace
 * replay measures against best fit (test/bench/trace-replay.bench.ts); the scheduler gets the
 * shapes from the pool's last `RECENT_WORK` placements (loadWorld), the bench from the arrivals
 * it has replayed.
 */

/** How many of a pool's latest placements make its request mix. */
export const RECENT_WORK = 5000;

/** The policy for a pool whose recent work had these shapes; none yet: the default mix (`headroomFit`). */
export function learnedPolicy(shapes: readonly RequestShape[]): NodePolicy {
  return shapes.some((s) => s.weight > 0) ? headroomFitWith(shapes) : headroomFit;
}

/** The shapes of the last `window` asks seen, kept as asks come (one shape per distinct GPUs/CPU/memory, weighted by nodes). */
export class RecentShapes {
  private readonly recent: { key: string; nodes: number }[] = [];
  private oldest = 0;
  private readonly byKey = new Map<string, RequestShape>();

  constructor(private readonly window = RECENT_WORK) {}

  add(ask: GangAsk): void {
    const cpuMilli = ask.cpuMilliPerNode ?? 0;
    const memoryMib = ask.memoryMibPerNode ?? 0;
    const key = `${ask.gpusPerNode}/${cpuMilli}/${memoryMib}`;
    const shape = this.byKey.get(key);
    if (shape) shape.weight += ask.nodes;
    else this.byKey.set(key, { gpus: ask.gpusPerNode, cpuMilli, memoryMib, weight: ask.nodes });
    this.recent.push({ key, nodes: ask.nodes });
    if (this.recent.length - this.oldest <= this.window) return;
    const dropped = this.recent[this.oldest++]!;
    const old = this.byKey.get(dropped.key)!;
    old.weight -= dropped.nodes;
    if (old.weight === 0) this.byKey.delete(dropped.key);
    // Compact now and then rather than shifting the array on every ask.
    if (this.oldest > this.window) {
      this.recent.splice(0, this.oldest);
      this.oldest = 0;
    }
  }

  /** A copy: the counts go on changing after a policy is built from them. */
  shapes(): RequestShape[] {
    return [...this.byKey.values()].map((s) => ({ ...s }));
  }
}

/** A policy that is told of each ask as it comes (`observe`) and learns its mix from them. */
export type LearningPolicy = NodePolicy & { observe: (ask: GangAsk) => void };

/**
 * `learnedPolicy` over the last `window` asks, starting from `history` (the asks before) and
 * rebuilt every `every` asks it is told of: the same policy as the scheduler's, for a replay that
 * feeds it arrivals one by one and never shows it one before it comes.
 */
export function learnedHeadroomFit(history: Iterable<GangAsk>, options: { window?: number; every?: number } = {}): LearningPolicy {
  const { window = RECENT_WORK, every = 100 } = options;
  const recent = new RecentShapes(window);
  for (const ask of history) recent.add(ask);
  let policy = learnedPolicy(recent.shapes());
  let seen = 0;
  const learning: LearningPolicy = Object.assign((nodes: Parameters<NodePolicy>[0], ask: GangAsk) => policy(nodes, ask), {
    observe(ask: GangAsk) {
      recent.add(ask);
      if (++seen % every === 0) policy = learnedPolicy(recent.shapes());
    },
  });
  return learning;
}
