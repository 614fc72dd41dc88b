/**
 * Node-level placement inside one node pool, pure: given each node's free GPUs and a gang (whole
 * GPUs on each of N distinct nodes, all or none), which nodes take it. The pool-level checks
 * (quota, floor, capacity ledger) run before this; this only decides where, or that it does not
 * fit now.
 *
 * Why it matters: a pool whose free GPUs are scattered as 1s and 3s cannot start an 8-GPU job even
 * with plenty of GPUs free. Headroom sells what its owner leaves over, so GPUs stranded by a bad
 * placement are revenue lost; `headroomFit` places work so the free GPUs stay in blocks that the
 * requests it expects can use. `bestFit` and `randomFit` are the baselines it is measured against
 * (test/bench/trace-replay.bench.ts).
 */

/** One machine: how many GPUs it has, and how many are not taken yet. */
export interface FreeNode {
  id: string;
  gpus: number;
  freeGpus: number;
}

/** Whole GPUs: `gpusPerNode` on each of `nodes` distinct nodes, all of them or none. */
export interface GangAsk {
  gpusPerNode: number;
  nodes: number;
}

/** Chooses `ask.nodes` distinct nodes each with ≥ ask.gpusPerNode free GPUs, or null when the gang cannot fit now. */
export type NodePolicy = (nodes: readonly FreeNode[], ask: GangAsk) => string[] | null;

/**
 * How often each request size (GPUs per node) is expected, e.g. `{ 1: 6, 2: 1, 8: 1 }`. Weights
 * are relative (they need not add up to 1); sizes are whole GPUs.
 */
export type RequestMix = Readonly<Record<number, number>>;

/**
 * The mix `headroomFit` assumes for a pool whose largest node has `gpus` GPUs, when it is told
 * nothing better: every size from 1 to `gpus`, the powers of two twice as likely. With every size
 * equally likely the policy would order nodes exactly like best fit (see `headroomFitWith`);
 * leaning to powers of two makes it keep blocks of 2, 4 and 8 where best fit would not. The other
 * sizes stay in: a mix of powers of two only counts a leftover of 3 or 6 GPUs as stranded and goes
 * out of its way to avoid one, which loses to best fit when 3- or 6-GPU jobs are common. Sizes reach
 * the largest node so that its whole nodes count as whole.
 */
export function defaultMix(gpus = 8): RequestMix {
  const mix: Record<number, number> = {};
  for (let size = 1; size <= gpus; size++) mix[size] = (size & (size - 1)) === 0 ? 2 : 1;
  return mix;
}

/** The default mix for 8-GPU nodes: `{ 1: 2, 2: 2, 3: 1, 4: 2, 5: 1, 6: 1, 7: 1, 8: 2 }`. */
export const DEFAULT_MIX: RequestMix = defaultMix(8);

/** The mix of the sizes seen, e.g. the GPUs per node of a pool's recent jobs. */
export function requestMixOf(sizes: Iterable<number>): RequestMix {
  const mix: Record<number, number> = {};
  for (const s of sizes) mix[s] = (mix[s] ?? 0) + 1;
  return mix;
}

/**
 * A node's fragmentation for a mix: its free GPUs that a request drawn from the mix could not use,
 * in expectation — all `free` of them for a request larger than `free`, none otherwise
 * (`free × P(size > free)`). A node with 0 free, or with enough for any request, scores 0.
 */
export function fragmentationTable(mix: RequestMix): Float64Array {
  const entries = Object.entries(mix)
    .map(([size, weight]) => [Number(size), weight] as const)
    .filter(([size, weight]) => weight > 0 && Number.isInteger(size) && size > 0);
  if (entries.length === 0) throw new RangeError('a request mix needs at least one size with a positive weight');
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const largest = Math.max(...entries.map(([s]) => s));
  // Index `free` from 0 to largest: from `largest` free GPUs up, every request fits, so 0.
  const table = new Float64Array(largest + 1);
  for (let free = 0; free <= largest; free++) {
    let larger = 0;
    for (const [size, weight] of entries) if (size > free) larger += weight;
    table[free] = (free * larger) / total;
  }
  return table;
}

/** Scores closer than this are equal: they differ only by floating-point rounding. */
const EPSILON = 1e-9;

/**
 * Headroom's policy for a given request mix, after Alibaba's fragmentation gradient descent (FGD,
 * "Beware of Fragmentation", ATC'23) restricted to whole GPUs. For each node that fits, it
 * measures how much placing there grows the node's fragmentation (see `fragmentationTable`), and
 * takes the node where it grows least:
 * - a node left exactly full, or left with a block the mix still uses, scores best (with 1-, 2-, 4-
 *   and 8-GPU jobs, a 3-free node taking one GPU leaves 2 that a 2-GPU job can use; a 2-free node
 *   would leave a lone GPU);
 * - a fully free node scores worst, so whole nodes stay whole for large jobs until nothing else
 *   fits; a multi-node gang therefore takes nodes it fills exactly first, then partly used ones,
 *   and breaks into free nodes only when it must;
 * - equal scores go to the node with the fewest free GPUs (best fit), then to the first listed.
 * With every size from 1 to the largest node's GPUs equally likely, the score grows with the free
 * GPUs (placing r of f free changes it by r·(2f − S − r)/S for sizes up to S): the policy is then
 * exactly best fit. It departs from best fit only where the mix makes a leftover more or less useful
 * than that. Pass the pool's own mix (`requestMixOf` its recent asks) when it is known.
 * One pass over the nodes with table look-ups and no allocation per node: O(n) for one node, and
 * O(n·k) for a gang of k ≤ 32 nodes (O(n log n) above).
 */
export function headroomFitWith(mix: RequestMix = DEFAULT_MIX): NodePolicy {
  const frag = fragmentationTable(mix);
  return (nodes, ask) => {
    checkAsk(ask);
    return choose(nodes, ask, frag);
  };
}

/** The default mix's fragmentation, by the pool's largest node (pools have a few node sizes, so few entries). */
const defaultTables = new Map<number, Float64Array>();

/** Headroom's policy with the default request mix for the pool's largest node (`defaultMix`); see `headroomFitWith`. */
export const headroomFit: NodePolicy = (nodes, ask) => {
  checkAsk(ask);
  let largest = 1;
  for (let i = 0; i < nodes.length; i++) largest = Math.max(largest, (nodes[i] as FreeNode).gpus);
  let frag = defaultTables.get(largest);
  if (!frag) defaultTables.set(largest, (frag = fragmentationTable(defaultMix(largest))));
  return choose(nodes, ask, frag);
};

/** Baseline: the nodes with the fewest free GPUs that fit (then the first listed). */
export const bestFit: NodePolicy = (nodes, ask) => {
  checkAsk(ask);
  return choose(nodes, ask, NO_FRAGMENTATION);
};

/** Every node scores the same: only the tie-breaks (fewest free GPUs, then first listed) decide. */
const NO_FRAGMENTATION = new Float64Array(0);

/** Baseline: distinct nodes drawn uniformly among those that fit, from a seeded generator (same seed, same picks). */
export function randomFit(seed: number): NodePolicy {
  const next = seededRandom(seed);
  return (nodes, ask) => {
    const need = checkAsk(ask);
    const fitting: number[] = [];
    for (let i = 0; i < nodes.length; i++) if ((nodes[i] as FreeNode).freeGpus >= need) fitting.push(i);
    if (fitting.length < ask.nodes) return null;
    // Partial Fisher–Yates: the first `ask.nodes` slots end up a uniform sample without repeats.
    const picked: string[] = [];
    for (let j = 0; j < ask.nodes; j++) {
      const k = j + Math.floor(next() * (fitting.length - j));
      const chosen = fitting[k] as number;
      fitting[k] = fitting[j] as number;
      picked.push((nodes[chosen] as FreeNode).id);
    }
    return picked;
  };
}

function checkAsk(ask: GangAsk): number {
  if (!Number.isInteger(ask.gpusPerNode) || ask.gpusPerNode < 1 || !Number.isInteger(ask.nodes) || ask.nodes < 1) {
    throw new RangeError(`a gang asks whole GPUs on whole nodes, at least 1 of each (got ${ask.gpusPerNode} × ${ask.nodes})`);
  }
  return ask.gpusPerNode;
}

/** Largest gang chosen by keeping its best nodes in order while scanning; above this, sort the candidates. */
const SCAN_LIMIT = 32;

/**
 * The `ask.nodes` fitting nodes where placing grows the fragmentation (`frag`, indexed by free
 * GPUs, 0 past its end) least, ties to the fewest free GPUs and then to the first listed; null
 * when fewer nodes fit.
 */
function choose(nodes: readonly FreeNode[], ask: GangAsk, frag: Float64Array): string[] | null {
  const need = ask.gpusPerNode;
  const want = ask.nodes;
  const size = frag.length;
  if (want === 1) {
    let best = -1;
    let bestCost = Infinity;
    let bestFree = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      const free = (nodes[i] as FreeNode).freeGpus;
      if (free < need) continue;
      const after = free - need;
      const c = (after < size ? (frag[after] as number) : 0) - (free < size ? (frag[free] as number) : 0);
      if (c < bestCost - EPSILON || (c <= bestCost + EPSILON && free < bestFree)) {
        best = i;
        bestCost = c;
        bestFree = free;
      }
    }
    return best < 0 ? null : [(nodes[best] as FreeNode).id];
  }
  const cost = (free: number) => (free - need < size ? (frag[free - need] as number) : 0) - (free < size ? (frag[free] as number) : 0);
  const better = (c1: number, f1: number, i1: number, c2: number, f2: number, i2: number) =>
    c1 < c2 - EPSILON || (c1 <= c2 + EPSILON && (f1 < f2 || (f1 === f2 && i1 < i2)));
  if (want > SCAN_LIMIT) {
    const fitting: number[] = [];
    const costs = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const free = (nodes[i] as FreeNode).freeGpus;
      if (free < need) continue;
      costs[i] = cost(free);
      fitting.push(i);
    }
    if (fitting.length < want) return null;
    const freeOf = (i: number) => (nodes[i] as FreeNode).freeGpus;
    fitting.sort((a, b) => (better(costs[a] as number, freeOf(a), a, costs[b] as number, freeOf(b), b) ? -1 : 1));
    return fitting.slice(0, want).map((i) => (nodes[i] as FreeNode).id);
  }
  // The best `want` so far, best first: a node enters only if it beats the last kept.
  const keptIndex: number[] = [];
  const keptCost: number[] = [];
  const keptFree: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const free = (nodes[i] as FreeNode).freeGpus;
    if (free < need) continue;
    const c = cost(free);
    let at = keptIndex.length;
    const last = at - 1;
    if (at === want && !better(c, free, i, keptCost[last] as number, keptFree[last] as number, keptIndex[last] as number)) continue;
    while (at > 0 && better(c, free, i, keptCost[at - 1] as number, keptFree[at - 1] as number, keptIndex[at - 1] as number)) at--;
    keptIndex.splice(at, 0, i);
    keptCost.splice(at, 0, c);
    keptFree.splice(at, 0, free);
    if (keptIndex.length > want) {
      keptIndex.pop();
      keptCost.pop();
      keptFree.pop();
    }
  }
  return keptIndex.length < want ? null : keptIndex.map((i) => (nodes[i] as FreeNode).id);
}

/** A small seeded generator (mulberry32): uniform in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
