/**
 * Node-level placement inside one node pool, pure: given each node's free GPUs (and, when the pool
 * reports them, its free CPU and memory) and a gang (whole GPUs on each of N distinct nodes, all or
 * none), which nodes take it. The pool-level checks (quota, floor, capacity ledger) run before this;
 * this only decides where, or that it does not fit now.
 *
 * Why it matters: a pool whose free GPUs are scattered as 1s and 3s cannot start an 8-GPU job even
 * with plenty of GPUs free, and a GPU on a node whose CPUs or memory are all taken cannot be sold at
 * all. Headroom sells what its owner leaves over, so GPUs stranded by a bad placement are revenue
 * lost; `headroomFit` places work so the free GPUs stay where the requests it expects can use them.
 * The scheduler runs `headroomFitWith` the shapes of each pool's recent work (`learnedPolicy`,
 * learned-mix.ts); `bestFit`, `resourceBestFit` and `randomFit` are the baselines it is measured
 * against (test/bench/trace-replay.bench.ts).
 *
 * CPU and memory are optional everywhere: a node that does not report them is not limited by them,
 * and an ask that does not give them needs none. Every policy here, baselines included, places only
 * where the GPUs, CPU and memory asked are all free (`nodeFits`).
 */

/** One machine: how many GPUs it has, how many are not taken yet, and optionally the same for CPU and memory. */
export interface FreeNode {
  id: string;
  gpus: number;
  freeGpus: number;
  /** The node's CPU, millicores (defaults to `freeCpuMilli`); only used to scale the leftover. */
  cpuMilli?: number;
  /** CPU not taken yet, millicores; absent: CPU does not limit this node. */
  freeCpuMilli?: number;
  /** The node's memory, MiB (defaults to `freeMemoryMib`). */
  memoryMib?: number;
  /** Memory not taken yet, MiB; absent: memory does not limit this node. */
  freeMemoryMib?: number;
}

/** Whole GPUs: `gpusPerNode` on each of `nodes` distinct nodes, all of them or none, with optionally CPU and memory on each. */
export interface GangAsk {
  gpusPerNode: number;
  nodes: number;
  /** CPU each of the nodes must have free, millicores (default 0). */
  cpuMilliPerNode?: number;
  /** Memory each of the nodes must have free, MiB (default 0). */
  memoryMibPerNode?: number;
}

/** Chooses `ask.nodes` distinct nodes that each fit the ask (`nodeFits`), or null when the gang cannot fit now. */
export type NodePolicy = (nodes: readonly FreeNode[], ask: GangAsk) => string[] | null;

/** Whether the node has the GPUs, CPU and memory the ask needs on one node free now. */
export function nodeFits(node: FreeNode, ask: GangAsk): boolean {
  return (
    node.freeGpus >= ask.gpusPerNode &&
    (node.freeCpuMilli ?? Infinity) >= (ask.cpuMilliPerNode ?? 0) &&
    (node.freeMemoryMib ?? Infinity) >= (ask.memoryMibPerNode ?? 0)
  );
}

/**
 * How often each request size (GPUs per node) is expected, e.g. `{ 1: 6, 2: 1, 8: 1 }`. Weights
 * are relative (they need not add up to 1); sizes are whole GPUs.
 */
export type RequestMix = Readonly<Record<number, number>>;

/** A request shape per node and how often it is expected (relative weight): GPUs, and optionally CPU and memory. */
export interface RequestShape {
  gpus: number;
  cpuMilli?: number;
  memoryMib?: number;
  weight: number;
}

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
 * The shapes of the asks seen, e.g. a pool's recent jobs, with CPU and memory: one shape per
 * distinct (GPUs, CPU, memory) per node, weighted by how many nodes asked for it (a gang of 4
 * nodes counts 4 times, as it takes 4 nodes of that shape).
 */
export function requestShapesOf(asks: Iterable<GangAsk>): RequestShape[] {
  const shapes = new Map<string, RequestShape>();
  for (const ask of asks) {
    const cpuMilli = ask.cpuMilliPerNode ?? 0;
    const memoryMib = ask.memoryMibPerNode ?? 0;
    const key = `${ask.gpusPerNode}/${cpuMilli}/${memoryMib}`;
    const shape = shapes.get(key);
    if (shape) shape.weight += ask.nodes;
    else shapes.set(key, { gpus: ask.gpusPerNode, cpuMilli, memoryMib, weight: ask.nodes });
  }
  return [...shapes.values()];
}

/**
 * A node's fragmentation for a mix of GPU sizes: its free GPUs that a request drawn from the mix
 * could not use, in expectation — all `free` of them for a request larger than `free`, none
 * otherwise (`free × P(size > free)`). A node with 0 free, or with enough for any request, scores 0.
 */
export function fragmentationTable(mix: RequestMix): Float64Array {
  return tableOf(Object.entries(mix).map(([size, weight]) => ({ gpus: Number(size), weight })));
}

function tableOf(shapes: readonly RequestShape[]): Float64Array {
  const entries = validShapes(shapes);
  const total = entries.reduce((sum, s) => sum + s.weight, 0);
  const largest = Math.max(...entries.map((s) => s.gpus));
  // Index `free` from 0 to largest: from `largest` free GPUs up, every request fits, so 0.
  const table = new Float64Array(largest + 1);
  for (let free = 0; free <= largest; free++) {
    let larger = 0;
    for (const s of entries) if (s.gpus > free) larger += s.weight;
    table[free] = (free * larger) / total;
  }
  return table;
}

function validShapes(shapes: readonly RequestShape[]): RequestShape[] {
  const valid = shapes.filter((s) => s.weight > 0 && Number.isInteger(s.gpus) && s.gpus > 0);
  if (valid.length === 0) throw new RangeError('a request mix needs at least one size with a positive weight');
  return valid;
}

/**
 * Expected GPUs stranded on a node left with `free` GPUs, `cpu` millicores and `memory` MiB free:
 * `free × P(a request drawn from the mix does not fit there)` (FGD's measure with whole GPUs).
 */
interface Fragmentation {
  of(free: number, cpu: number, memory: number): number;
  /** of(after placing) − of(before), placing `need` GPUs, `needCpu` and `needMemory` on a node with `free`, `cpu` and `memory` free. */
  growth(free: number, cpu: number, memory: number, need: number, needCpu: number, needMemory: number): number;
}

/** GPU sizes only: a table by free GPUs. */
class GpuFragmentation implements Fragmentation {
  constructor(readonly table: Float64Array) {}
  of(free: number): number {
    return free < this.table.length ? (this.table[free] as number) : 0;
  }
  growth(free: number, _cpu: number, _memory: number, need: number): number {
    return this.of(free - need) - this.of(free);
  }
}

/** How many of some sorted values are ≤ x, in O(1) on average: a bucket index, then a short scan. */
class Thresholds {
  private readonly last: number;
  private readonly step: number;
  private readonly perStep: number;
  /** firstFrom[b]: how many values are < b × step. */
  private readonly firstFrom: Int32Array;

  constructor(private readonly values: Float64Array) {
    this.last = values.length ? (values[values.length - 1] as number) : -Infinity;
    const buckets = 4 * values.length + 1;
    this.step = this.last > 0 ? this.last / (buckets - 1) : 1;
    this.perStep = 1 / this.step;
    this.firstFrom = new Int32Array(buckets + 1);
    let k = 0;
    for (let b = 0; b <= buckets; b++) {
      while (k < values.length && (values[k] as number) < b * this.step) k++;
      this.firstFrom[b] = k;
    }
  }

  count(x: number): number {
    if (x >= this.last) return this.values.length;
    if (x < 0) return 0;
    let k = this.firstFrom[(x * this.perStep) | 0] as number;
    while ((this.values[k] as number) <= x) k++;
    return k;
  }
}

/** Above this many cells, `ShapeFragmentation` scans the shapes instead of keeping a table. */
const MAX_GRID_CELLS = 1 << 20;

/**
 * Shapes with CPU and memory. A request fits a node iff its GPUs, CPU and memory are each at most
 * the node's free ones, so the weight that fits is a 3-D dominance count: kept as a table of
 * prefix sums over (distinct sizes × distinct CPU asks × distinct memory asks), read in O(1).
 * Mixes with too many distinct asks for a table are scanned instead.
 */
class ShapeFragmentation implements Fragmentation {
  private readonly total: number;
  private readonly shapes: { gpus: number; cpu: number; memory: number; weight: number }[];
  /** levelOf[free]: how many distinct sizes are ≤ free (for free up to the largest size). */
  private readonly levelOf: Int32Array;
  private readonly levels: number;
  private readonly cpus: Thresholds;
  private readonly memories: Thresholds;
  private readonly C: number;
  private readonly M: number;
  /** fits[(level × C + c) × M + m]: weight of the shapes among the `level` smallest sizes, `c` smallest CPU asks and `m` smallest memory asks. */
  private readonly fits: Float64Array | null;

  constructor(shapes: readonly RequestShape[]) {
    this.shapes = validShapes(shapes).map((s) => ({ gpus: s.gpus, cpu: s.cpuMilli ?? 0, memory: s.memoryMib ?? 0, weight: s.weight }));
    this.total = this.shapes.reduce((sum, s) => sum + s.weight, 0);
    const distinct = (values: number[]) => Float64Array.from(new Set(values)).sort();
    const sizes = distinct(this.shapes.map((s) => s.gpus));
    const cpus = distinct(this.shapes.map((s) => s.cpu));
    const memories = distinct(this.shapes.map((s) => s.memory));
    this.cpus = new Thresholds(cpus);
    this.memories = new Thresholds(memories);
    const largest = sizes[sizes.length - 1] as number;
    this.levels = sizes.length;
    this.levelOf = new Int32Array(largest + 1);
    for (let free = 0, level = 0; free <= largest; free++) {
      while (level < sizes.length && (sizes[level] as number) <= free) level++;
      this.levelOf[free] = level;
    }
    const L = sizes.length + 1;
    const C = (this.C = cpus.length + 1);
    const M = (this.M = memories.length + 1);
    if (L * C * M > MAX_GRID_CELLS) {
      this.fits = null;
      return;
    }
    const fits = new Float64Array(L * C * M);
    const cell = (l: number, c: number, m: number) => (l * C + c) * M + m;
    const add = (i: number, weight: number) => (fits[i] = (fits[i] as number) + weight);
    for (const s of this.shapes) add(cell(this.levelOf[s.gpus] as number, this.cpus.count(s.cpu), this.memories.count(s.memory)), s.weight);
    // Prefix sums along each axis in turn: then each cell holds the weight of every shape it dominates.
    for (let l = 1; l < L; l++) {
      for (let c = 0; c < C; c++) {
        for (let m = 0; m < M; m++) add(cell(l, c, m), fits[cell(l - 1, c, m)] as number);
      }
    }
    for (let l = 0; l < L; l++) {
      for (let c = 1; c < C; c++) {
        for (let m = 0; m < M; m++) add(cell(l, c, m), fits[cell(l, c - 1, m)] as number);
      }
    }
    for (let l = 0; l < L; l++) {
      for (let c = 0; c < C; c++) {
        for (let m = 1; m < M; m++) add(cell(l, c, m), fits[cell(l, c, m - 1)] as number);
      }
    }
    this.fits = fits;
  }

  of(free: number, cpu: number, memory: number): number {
    if (free <= 0) return 0;
    let fitting = 0;
    if (this.fits) {
      const level = free < this.levelOf.length ? (this.levelOf[free] as number) : this.levels;
      fitting = this.fits[(level * this.C + this.cpus.count(cpu)) * this.M + this.memories.count(memory)] as number;
    } else {
      for (const s of this.shapes) if (s.gpus <= free && s.cpu <= cpu && s.memory <= memory) fitting += s.weight;
    }
    return (free * (this.total - fitting)) / this.total;
  }

  growth(free: number, cpu: number, memory: number, need: number, needCpu: number, needMemory: number): number {
    return this.of(free - need, cpu - needCpu, memory - needMemory) - this.of(free, cpu, memory);
  }
}

function fragmentationOf(mix: RequestMix | readonly RequestShape[]): Fragmentation {
  if (!Array.isArray(mix)) return new GpuFragmentation(fragmentationTable(mix as RequestMix));
  const shapes = mix as readonly RequestShape[];
  const gpuOnly = shapes.every((s) => !s.cpuMilli && !s.memoryMib);
  return gpuOnly ? new GpuFragmentation(tableOf(shapes)) : new ShapeFragmentation(shapes);
}

/**
 * How much a node's leftover counts next to fragmentation in `headroomFit`: a node left with a
 * largest node's worth of each resource free costs as much as 0.1 GPU stranded (see `headroomFitWith`).
 * Small, so that fragmentation decides wherever it differs by more than a tenth of a GPU. Chosen
 * among 0, 0.1 and 0.3 on the openb trace replayed with departures (where packing matters: without
 * it, nodes used a little never drain for the 8-GPU jobs that wait), and checked on other streams;
 * 0.1 and 0.3 did equally well there, 0 clearly worse.
 */
export const PACKING_WEIGHT = 0.1;

/** Scores closer than this are equal: they differ only by floating-point rounding. */
const EPSILON = 1e-9;

/**
 * Headroom's policy for a given request mix, after Alibaba's fragmentation gradient descent (FGD,
 * "Beware of Fragmentation", ATC'23) with whole GPUs. For each node that fits, it measures how much
 * placing there grows the node's fragmentation — the GPUs left free there that a request drawn from
 * the mix could not use, because they are too few or because the CPU or memory left beside them is
 * (see `fragmentationTable`) — and takes the node where it grows least, plus a small term for
 * packing (`PACKING_WEIGHT` × what the node has left of each resource it reports, as a share of the
 * largest node's):
 * - a node left exactly full, or left with a block the mix still uses, scores best (with 1-, 2-, 4-
 *   and 8-GPU jobs, a 3-free node taking one GPU leaves 2 that a 2-GPU job can use; a 2-free node
 *   would leave a lone GPU); so does a node whose CPU and memory stay in step with its free GPUs;
 * - a fully free node scores worst, so whole nodes stay whole for large jobs until nothing else
 *   fits; a multi-node gang therefore takes nodes it fills exactly first, then partly used ones,
 *   and breaks into free nodes only when it must (with GPU sizes only);
 * - the packing term orders nodes the fragmentation cannot tell apart (with work that leaves, a node
 *   used a little drains sooner when new work goes to the fuller ones), and equal scores go to the
 *   node with the least left (fewest free GPUs when only GPUs are reported), then to the first listed.
 * With every size from 1 to the largest node's GPUs equally likely and only GPUs reported, the score
 * grows with the free GPUs (placing r of f free changes the fragmentation by r·(2f − S − r)/S for
 * sizes up to S): the policy is then exactly best fit. It departs from best fit only where the mix
 * makes a leftover more or less useful than that. Pass the pool's own mix (`requestShapesOf` or
 * `requestMixOf` its recent asks) when it is known; only a mix with CPU and memory sees GPUs stranded
 * by CPU or memory.
 * Two passes over the nodes (the largest node's resources, then the choice) with table look-ups and
 * no allocation per node: O(n) for one node, and O(n·k) for a gang of k ≤ 32 nodes (O(n log n) above).
 * A mix with CPU and memory keeps a table of (sizes × CPU asks × memory asks); past a million cells
 * (about a thousand distinct CPU and memory asks) it scans the shapes instead, O(n·shapes).
 */
export function headroomFitWith(mix: RequestMix | readonly RequestShape[] = DEFAULT_MIX): NodePolicy {
  const frag = fragmentationOf(mix);
  const ranking: Ranking = { frag: () => frag, packing: PACKING_WEIGHT, resources: true, memory: true };
  return (nodes, ask) => {
    checkAsk(ask);
    return choose(nodes, ask, ranking);
  };
}

/** The default mix's fragmentation, by the pool's largest node (pools have a few node sizes, so few entries). */
const defaultFragmentation = new Map<number, Fragmentation>();

/** Headroom's policy with the default request mix for the pool's largest node (`defaultMix`); see `headroomFitWith`. */
export const headroomFit: NodePolicy = (nodes, ask) => {
  checkAsk(ask);
  return choose(nodes, ask, DEFAULT_RANKING);
};

const DEFAULT_RANKING: Ranking = {
  frag: (largest) => {
    let frag = defaultFragmentation.get(largest);
    if (!frag) defaultFragmentation.set(largest, (frag = new GpuFragmentation(fragmentationTable(defaultMix(largest)))));
    return frag;
  },
  packing: PACKING_WEIGHT,
  resources: true,
  memory: true,
};

const BEST_FIT: Ranking = { frag: null, packing: 0, resources: false, memory: false };

/** Baseline: the nodes with the fewest free GPUs that fit (then the first listed); CPU and memory only as a filter. */
export const bestFit: NodePolicy = (nodes, ask) => {
  checkAsk(ask);
  return choose(nodes, ask, BEST_FIT);
};

/**
 * Baseline: best fit over several resources, as the FGD paper's simulator defines it: the nodes
 * where the least is left, Σ (free − asked) / the largest node's over GPUs and CPU (and memory with
 * `memory`), then the first listed. Nodes that do not report a resource count nothing for it.
 */
export function resourceBestFit(options: { memory?: boolean } = {}): NodePolicy {
  const ranking: Ranking = { frag: null, packing: 1, resources: true, memory: options.memory ?? false };
  return (nodes, ask) => {
    checkAsk(ask);
    return choose(nodes, ask, ranking);
  };
}

/** Baseline: distinct nodes drawn uniformly among those that fit, from a seeded generator (same seed, same picks). */
export function randomFit(seed: number): NodePolicy {
  const next = seededRandom(seed);
  return (nodes, ask) => {
    checkAsk(ask);
    const fitting: number[] = [];
    for (let i = 0; i < nodes.length; i++) if (nodeFits(nodes[i] as FreeNode, ask)) fitting.push(i);
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

function checkAsk(ask: GangAsk): void {
  if (!Number.isInteger(ask.gpusPerNode) || ask.gpusPerNode < 1 || !Number.isInteger(ask.nodes) || ask.nodes < 1) {
    throw new RangeError(`a gang asks whole GPUs on whole nodes, at least 1 of each (got ${ask.gpusPerNode} × ${ask.nodes})`);
  }
  if ((ask.cpuMilliPerNode ?? 0) < 0 || (ask.memoryMibPerNode ?? 0) < 0)
    throw new RangeError('a gang cannot ask for negative CPU or memory');
}

/** Largest gang chosen by keeping its best nodes in order while scanning; above this, sort the candidates. */
const SCAN_LIMIT = 32;

/**
 * How `choose` ranks the nodes that fit. For a node left with g GPUs, c CPU and m memory free:
 * - leftover = g / largest GPUs, + c / largest CPU and (with `memory`) + m / largest memory when
 *   `resources` and the node reports them;
 * - cost = growth of the fragmentation (none without one) + `packing` × leftover; lowest first;
 * - equal costs: the least leftover when `resources`, else the fewest free GPUs; then the first listed.
 */
interface Ranking {
  /** The fragmentation measure, given the pool's largest node's GPUs; null for none. */
  frag: ((largestGpus: number) => Fragmentation) | null;
  packing: number;
  resources: boolean;
  memory: boolean;
}

/** The `ask.nodes` fitting nodes ranked first (see `Ranking`); null when fewer nodes fit. */
function choose(nodes: readonly FreeNode[], ask: GangAsk, ranking: Ranking): string[] | null {
  const need = ask.gpusPerNode;
  const needCpu = ask.cpuMilliPerNode ?? 0;
  const needMemory = ask.memoryMibPerNode ?? 0;
  if (ask.nodes === 1 && ranking.packing === 0 && !ranking.resources && !ranking.frag) {
    const best = fewestFreeGpus(nodes, need, needCpu, needMemory);
    return best < 0 ? null : [(nodes[best] as FreeNode).id];
  }
  const s = scoringFor(nodes, need, needCpu, needMemory, ranking);
  if (ask.nodes === 1) {
    // The hot loops are separate functions, each seeing one kind of node (so each stays fast).
    const best = s.limited || s.shaped ? cheapest(nodes, s) : cheapestOnGpus(nodes, s);
    return best < 0 ? null : [(nodes[best] as FreeNode).id];
  }
  return cheapestGang(nodes, ask.nodes, s);
}

/** Best fit on GPUs for one node: the fewest free GPUs among the nodes that fit, then the first listed; -1 when none fits. */
function fewestFreeGpus(nodes: readonly FreeNode[], need: number, needCpu: number, needMemory: number): number {
  let best = -1;
  let bestFree = Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as FreeNode;
    const free = n.freeGpus;
    if (free < need || free >= bestFree) continue;
    if ((n.freeCpuMilli ?? Infinity) < needCpu || (n.freeMemoryMib ?? Infinity) < needMemory) continue;
    best = i;
    bestFree = free;
  }
  return best;
}

/** What scoring a node for one ask needs (see `Ranking`). */
interface Scoring {
  need: number;
  needCpu: number;
  needMemory: number;
  packing: number;
  resources: boolean;
  /** 1 / the largest node's GPUs, CPU and memory (0: not counted). */
  perGpu: number;
  perCpu: number;
  perMemory: number;
  /** Whether any node reports CPU or memory. */
  limited: boolean;
  /** The fragmentation by free GPUs (GPU sizes only), or by GPUs, CPU and memory; or neither. */
  table: Float64Array | null;
  shaped: Fragmentation | null;
}

function scoringFor(nodes: readonly FreeNode[], need: number, needCpu: number, needMemory: number, ranking: Ranking): Scoring {
  // The largest node's resources, to put GPUs, CPU and memory left on one scale.
  let largestGpus = 1;
  let largestCpu = 0;
  let largestMemory = 0;
  let limited = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as FreeNode;
    if (n.gpus > largestGpus) largestGpus = n.gpus;
    if (n.freeCpuMilli !== undefined || n.freeMemoryMib !== undefined) {
      limited = true;
      largestCpu = Math.max(largestCpu, n.cpuMilli ?? n.freeCpuMilli ?? 0);
      largestMemory = Math.max(largestMemory, n.memoryMib ?? n.freeMemoryMib ?? 0);
    }
  }
  const frag = ranking.frag ? ranking.frag(largestGpus) : null;
  const table = frag instanceof GpuFragmentation ? frag.table : null;
  return {
    need,
    needCpu,
    needMemory,
    packing: ranking.packing,
    resources: ranking.resources,
    perGpu: 1 / largestGpus,
    perCpu: ranking.resources && largestCpu > 0 ? 1 / largestCpu : 0,
    perMemory: ranking.resources && ranking.memory && largestMemory > 0 ? 1 / largestMemory : 0,
    limited,
    table,
    shaped: table ? null : frag,
  };
}

/** The tie key of the node `score` last scored (a module variable: no object in the hot loop). */
let scoredTie = 0;

/** The cost of placing on `n` (lower is better), NaN when it does not fit; sets `scoredTie`. Arguments as in `Scoring`. */
function score(
  n: FreeNode,
  need: number,
  needCpu: number,
  needMemory: number,
  packing: number,
  resources: boolean,
  perGpu: number,
  perCpu: number,
  perMemory: number,
  table: Float64Array | null,
  shaped: Fragmentation | null,
): number {
  const free = n.freeGpus;
  if (free < need) return NaN;
  const cpu = n.freeCpuMilli ?? Infinity;
  const mem = n.freeMemoryMib ?? Infinity;
  if (cpu < needCpu || mem < needMemory) return NaN;
  const after = free - need;
  let left = after * perGpu;
  if (perCpu > 0 && cpu !== Infinity) left += (cpu - needCpu) * perCpu;
  if (perMemory > 0 && mem !== Infinity) left += (mem - needMemory) * perMemory;
  let cost = packing * left;
  if (table) cost += (after < table.length ? (table[after] as number) : 0) - (free < table.length ? (table[free] as number) : 0);
  else if (shaped) cost += shaped.growth(free, cpu, mem, need, needCpu, needMemory);
  scoredTie = resources ? left : free;
  return cost;
}

/** The node that scores lowest, then the lowest tie key, then the first listed; -1 when none fits. */
function cheapest(nodes: readonly FreeNode[], s: Scoring): number {
  const { need, needCpu, needMemory, packing, resources, perGpu, perCpu, perMemory, table, shaped } = s;
  let best = -1;
  let bestCost = Infinity;
  let bestTie = Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const cost = score(nodes[i] as FreeNode, need, needCpu, needMemory, packing, resources, perGpu, perCpu, perMemory, table, shaped);
    if (!(cost === cost)) continue; // NaN: does not fit
    if (cost < bestCost - EPSILON || (cost <= bestCost + EPSILON && scoredTie < bestTie - EPSILON)) {
      best = i;
      bestCost = cost;
      bestTie = scoredTie;
    }
  }
  return best;
}

/** `cheapest` when no node reports CPU or memory and the fragmentation is by GPUs: the leftover is the GPUs left. */
function cheapestOnGpus(nodes: readonly FreeNode[], s: Scoring): number {
  const { need, packing, perGpu, table } = s;
  const size = table ? table.length : 0;
  let best = -1;
  let bestCost = Infinity;
  let bestFree = Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const free = (nodes[i] as FreeNode).freeGpus;
    if (free < need) continue;
    const after = free - need;
    let cost = packing * after * perGpu;
    if (table) cost += (after < size ? (table[after] as number) : 0) - (free < size ? (table[free] as number) : 0);
    if (cost < bestCost - EPSILON || (cost <= bestCost + EPSILON && free < bestFree)) {
      best = i;
      bestCost = cost;
      bestFree = free;
    }
  }
  return best;
}

/** Whether (cost, tie, index) 1 ranks before 2. */
function better(c1: number, t1: number, i1: number, c2: number, t2: number, i2: number): boolean {
  return c1 < c2 - EPSILON || (c1 <= c2 + EPSILON && (t1 < t2 - EPSILON || (t1 <= t2 + EPSILON && i1 < i2)));
}

/** The `want` nodes that rank first, best first; null when fewer fit. */
function cheapestGang(nodes: readonly FreeNode[], want: number, s: Scoring): string[] | null {
  const { need, needCpu, needMemory, packing, resources, perGpu, perCpu, perMemory, table, shaped } = s;
  const rank = (n: FreeNode) => score(n, need, needCpu, needMemory, packing, resources, perGpu, perCpu, perMemory, table, shaped);
  if (want > SCAN_LIMIT) {
    const fitting: number[] = [];
    const costs = new Float64Array(nodes.length);
    const ties = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const cost = rank(nodes[i] as FreeNode);
      if (!(cost === cost)) continue;
      costs[i] = cost;
      ties[i] = scoredTie;
      fitting.push(i);
    }
    if (fitting.length < want) return null;
    fitting.sort((a, b) => (better(costs[a] as number, ties[a] as number, a, costs[b] as number, ties[b] as number, b) ? -1 : 1));
    return fitting.slice(0, want).map((i) => (nodes[i] as FreeNode).id);
  }
  // The best `want` so far, best first: a node enters only if it beats the last kept.
  const keptIndex: number[] = [];
  const keptCost: number[] = [];
  const keptTie: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const c = rank(nodes[i] as FreeNode);
    if (!(c === c)) continue;
    const t = scoredTie;
    let at = keptIndex.length;
    const last = at - 1;
    if (at === want && !better(c, t, i, keptCost[last] as number, keptTie[last] as number, keptIndex[last] as number)) continue;
    while (at > 0 && better(c, t, i, keptCost[at - 1] as number, keptTie[at - 1] as number, keptIndex[at - 1] as number)) at--;
    keptIndex.splice(at, 0, i);
    keptCost.splice(at, 0, c);
    keptTie.splice(at, 0, t);
    if (keptIndex.length > want) {
      keptIndex.pop();
      keptCost.pop();
      keptTie.pop();
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
