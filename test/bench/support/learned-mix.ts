/**
 * Headroom's policy told the pool's request mix the way a running pool would learn it: from the
 * asks that arrived before, never from the ones still to come.
 */
import { headroomFitWith, type GangAsk, type NodePolicy, type RequestShape } from '../../../server/src/scheduler/node-placement';
import type { ReplayPolicy } from './saturation-replay';

export interface LearnedMixOptions {
  /** How many of the latest arrivals make the mix. */
  window?: number;
  /** Rebuild the policy after this many arrivals. */
  every?: number;
}

/**
 * `headroomFitWith` the shapes (GPUs, CPU and memory per node, as the asks give them) of the last
 * `window` arrivals, starting from `history` (the arrivals before the replay) and rebuilt every
 * `every` arrivals as the replay tells it of each one (`observe`).
 */
export function learnedHeadroomFit(history: Iterable<GangAsk>, options: LearnedMixOptions = {}): ReplayPolicy {
  const { window = 5000, every = 100 } = options;
  const recent: string[] = [];
  let oldest = 0;
  const shapes = new Map<string, RequestShape>();
  const add = (ask: GangAsk) => {
    const key = `${ask.gpusPerNode}/${ask.cpuMilliPerNode ?? 0}/${ask.memoryMibPerNode ?? 0}`;
    const shape = shapes.get(key);
    if (shape) shape.weight += ask.nodes;
    else
      shapes.set(key, {
        gpus: ask.gpusPerNode,
        cpuMilli: ask.cpuMilliPerNode ?? 0,
        memoryMib: ask.memoryMibPerNode ?? 0,
        weight: ask.nodes,
      });
    recent.push(`${key}#${ask.nodes}`);
    if (recent.length - oldest > window) {
      const [dropped, nodes] = (recent[oldest++] as string).split('#') as [string, string];
      const old = shapes.get(dropped) as RequestShape;
      old.weight -= Number(nodes);
      if (old.weight === 0) shapes.delete(dropped);
      if (oldest > window) {
        recent.splice(0, oldest);
        oldest = 0;
      }
    }
  };
  for (const ask of history) add(ask);
  // Copies: the counts go on changing after the policy is built. No arrivals yet: the default mix.
  const build = () => (shapes.size ? headroomFitWith([...shapes.values()].map((s) => ({ ...s }))) : headroomFitWith());
  let policy: NodePolicy = build();
  let seen = 0;
  const learned: ReplayPolicy = (nodes, ask) => policy(nodes, ask);
  learned.observe = (ask) => {
    add(ask);
    if (++seen % every === 0) policy = build();
  };
  return learned;
}
