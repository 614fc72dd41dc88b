/**
 * Replays Alibaba's GPU cluster trace (openb, from "Beware of Fragmentation", ATC'23) with
 * whole-GPU requests until arrivals saturate the cluster, and prints the share of the cluster's
 * GPUs that Headroom's placement allocates next to the random-fit and best-fit baselines, all run
 * here on the same arrivals. It also times the policies on a 5,000-node pool (first, before the replays
 * fill the heap).
 *
 *   TRACE_DIR=<folder> npm run bench:trace      (default: ../shared/data/traces/alibaba-openb from the repository's root)
 *
 * Method (printed with the figures):
 * - Cluster: the trace's GPU nodes (openb_node_list_gpu_node.csv), one pool; nodes of 1, 2, 4 and 8
 *   GPUs with their CPU and memory. GPU model ignored (gpu_spec is empty in this trace).
 * - Pods: those asking for ≥ 1 GPU. A pod asks for num_gpu whole GPUs on one node; a pod asking for a
 *   share of one GPU (num_gpu 1, gpu_milli < 1000) counts as one whole GPU.
 * - Headroom's policy: the one the product's scheduler runs on every simulated pool,
 *   `learnedPolicy` (server/src/scheduler/learned-mix.ts): `headroomFitWith` the request shapes of the pool's
 *   last 5,000 placements (`RECENT_WORK`), which the scheduler loads with its world each pass. Replayed here
 *   with `learnedHeadroomFit` from the same module: the same policy over the last 5,000 arrivals, starting
 *   from the 5,000 arrivals of the same stream before the replay and rebuilt every 100 arrivals (it never sees
 *   an arrival before it comes). `headroomFit` (its default mix of GPU sizes, the fallback for a pool with no
 *   work yet) is shown too.
 * - Baselines: randomFit; bestFit (fewest free GPUs); and, where CPU and memory count, best fit over GPUs and
 *   CPU as the FGD paper's simulator defines it (least Σ free − asked over the largest node's) and the same
 *   with memory (`resourceBestFit`). Every policy places only where GPUs, CPU and memory asked are all free.
 * 1. Inflation until saturation, no departures (the FGD paper's method), GPUs only: pods arrive in 5 seeded
 *    random orders (drawn from the list with replacement) and in the trace's own order (the list repeated);
 *    each is placed or refused, until 50 in a row are refused. Shares of all the cluster's GPUs, at that
 *    point, at the first refusal, and when the arrived requests first add up to the cluster's GPUs.
 * 2. The same with CPU and memory respected (a GPU on a node whose CPU or memory is taken cannot be sold),
 *    over 8 seeded orders + the trace order.
 * 3. With departures (the default pod list, which has creation and deletion times), CPU and memory respected:
 *    Monte Carlo draws arriving as a Poisson process, one every 0.3 s on average, 60,000 arrivals; each placed
 *    pod runs for its own trace duration. Pods that cannot start wait, first come first served (FIFO, 4 streams),
 *    or are all retried oldest first whenever work leaves (Headroom's scheduler pass: later ones may pass
 *    earlier ones; 2 streams). Share of the GPUs allocated averaged over the saturated window (from when the
 *    GPUs asked by the pods that arrived and would still run first reach the cluster's, to the last arrival; the
 *    same for every policy).
 * Figures are means over the orders or streams; "− best baseline" compares, run by run, with the best of the
 * best-fit baselines on that run (mean ± standard deviation over the runs; runs better/equal/worse).
 *
 * What it shows (see the printed figures): when only GPUs count, best fit already places every arrival until
 * the cluster is full on this trace (99% of its pods ask for 1 GPU), so no policy can beat it and Headroom's
 * ties it. When CPU and memory count, GPUs get stranded on nodes whose CPU or memory is taken, and Headroom's
 * policy told the recent request shapes strands fewer than any best fit. With departures, a FIFO queue is held
 * up by 8-GPU pods waiting for a whole node, and there Headroom's policy is level with best fit over GPUs and
 * CPU (well ahead of best fit over GPUs); with every waiting pod retried, 1-GPU pods fill every hole whatever
 * the policy.
 */
import { bench, describe } from 'vitest';
import {
  bestFit,
  headroomFit,
  headroomFitWith,
  randomFit,
  requestShapesOf,
  resourceBestFit,
  seededRandom,
  type FreeNode,
  type GangAsk,
  type NodePolicy,
} from '../../server/src/scheduler/node-placement';
import { learnedHeadroomFit, RECENT_WORK } from '../../server/src/scheduler/learned-mix';
import { loadNodes, loadPods, traceDir, type TracePod } from './support/openb-trace';
import {
  askOf,
  replayUntilSaturated,
  sampledArrivals,
  traceOrderArrivals,
  type ReplayOutcome,
  type ReplayPolicy,
} from './support/saturation-replay';
import { poissonArrivals, replayWithDepartures, saturatedWindow, type Discipline } from './support/departure-replay';

const GPU_ONLY_SEEDS = [1, 2, 3, 4, 5];
const CPU_MEMORY_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Streams with departures: FIFO varies much more from stream to stream than the retried queue. */
const FIFO_SEEDS = [1, 2, 3, 4];
const RETRY_SEEDS = [1, 2];
const STOP_AFTER_FAILURES = 50;
/** Arrivals the learned mix has seen before the replay, and the window it keeps. */
const HISTORY = RECENT_WORK;
const DEPARTURE_ARRIVALS = 60_000;
const MEAN_GAP_SECONDS = 0.3;

const dir = traceDir();
const cluster = loadNodes(dir);
const totalGpus = cluster.reduce((sum, n) => sum + n.gpus, 0);

function countBy<T>(items: readonly T[], key: (item: T) => number): string {
  const counts = new Map<number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([k, n]) => `${n}×${k}`)
    .join(', ');
}

const pct = (share: number) => `${(100 * share).toFixed(2)}%`;
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: readonly number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));
/** Shares closer than this are equal (less than a thousandth of a GPU-share point). */
const SAME = 1e-7;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** "ours − the best baseline", run by run (order or stream): mean ± sd in share points, and runs better/equal/worse. */
function versus(ours: readonly number[], baselines: readonly (readonly number[])[], runs = 'orders'): string {
  const diffs = ours.map((x, i) => x - Math.max(...baselines.map((b) => b[i] as number)));
  const pts = diffs.map((d) => 100 * d);
  const sign = mean(pts) >= 0 ? '+' : '';
  return (
    `${sign}${mean(pts).toFixed(3)} ± ${sd(pts).toFixed(3)} points; ${runs} better/equal/worse ` +
    `${diffs.filter((d) => d > SAME).length}/${diffs.filter((d) => Math.abs(d) <= SAME).length}/${diffs.filter((d) => d < -SAME).length}`
  );
}

function describePods(file: string, pods: readonly TracePod[]): string {
  const fractional = pods.filter((p) => p.fractional).length;
  return (
    `${file}: ${pods.length} pods asking for GPUs (GPUs per pod: ${countBy(pods, (p) => p.gpus)}; ` +
    `${fractional} asked for a share of one GPU, counted as 1 whole GPU)`
  );
}

interface Order {
  name: string;
  /** The arrivals before the replay (what the learned mix starts from), then the replay's arrivals. */
  make: () => { history: TracePod[]; arrive: () => TracePod };
}

function ordersOf(pods: readonly TracePod[], seeds: readonly number[]): Order[] {
  return [
    ...seeds.map((seed): Order => ({
      name: `seed ${seed}`,
      make: () => {
        const arrive = sampledArrivals(pods, seed);
        return { history: Array.from({ length: HISTORY }, arrive), arrive };
      },
    })),
    {
      name: 'trace order',
      make: () => {
        // The list repeated: the arrivals before its first pod are its last ones.
        const history = Array.from(
          { length: HISTORY },
          (_, i) => pods[(((i - HISTORY) % pods.length) + pods.length) % pods.length] as TracePod,
        );
        return { history, arrive: traceOrderArrivals(pods) };
      },
    },
  ];
}

type PolicyMaker = (history: readonly GangAsk[], order: number) => ReplayPolicy;

const LEARNED = 'headroomFit, learned mix';
const BEST_GPU = 'bestFit (GPUs)';
const BEST_CPU = 'bestFit (GPU+CPU, FGD sim)';
const BEST_ALL = 'bestFit (GPU+CPU+memory)';

function inflation(title: string, file: string, respectCpuMemory: boolean, seeds: readonly number[]): void {
  const pods = loadPods(dir, file);
  const orders = ordersOf(pods, seeds);
  const policies: [string, PolicyMaker][] = [
    [LEARNED, (history) => learnedHeadroomFit(history, { window: HISTORY })],
    ['headroomFit, default mix', () => headroomFit],
    [BEST_GPU, () => bestFit],
    ...(respectCpuMemory
      ? ([
          [BEST_CPU, () => resourceBestFit()],
          [BEST_ALL, () => resourceBestFit({ memory: true })],
        ] as [string, PolicyMaker][])
      : []),
    ['randomFit', (_, order) => randomFit(1000 + order)],
  ];
  const outcomes = new Map<string, ReplayOutcome[]>();
  orders.forEach((order, i) => {
    for (const [name, make] of policies) {
      const { history, arrive } = order.make();
      const policy = make(
        history.map((p) => askOf(p, respectCpuMemory)),
        i,
      );
      const run = replayUntilSaturated(cluster, arrive, policy, { respectCpuMemory, stopAfterFailures: STOP_AFTER_FAILURES });
      outcomes.set(name, [...(outcomes.get(name) ?? []), run]);
    }
  });
  const share = (runs: readonly ReplayOutcome[], key: 'allocatedGpus' | 'firstFailureGpus' | 'atCapacityGpus') =>
    runs.map((r) => r[key] / totalGpus);
  const lines = ['', `${title} — ${describePods(file, pods)}; ${orders.length} orders (${seeds.length} seeded + trace order)`];
  lines.push(
    table(
      ['policy', 'share at saturation', '(min–max)', 'at 1st refusal', '1st refusal unavoidable', 'at arrived=100%', 'placed', 'refused'],
      [...outcomes.entries()].map(([name, runs]) => {
        const sat = share(runs, 'allocatedGpus');
        return [
          name,
          pct(mean(sat)),
          `${pct(Math.min(...sat))}–${pct(Math.max(...sat))}`,
          pct(mean(share(runs, 'firstFailureGpus'))),
          `${runs.filter((r) => r.firstFailureForced).length}/${runs.length}`,
          pct(mean(share(runs, 'atCapacityGpus'))),
          mean(runs.map((r) => r.placed)).toFixed(1),
          mean(runs.map((r) => r.failed)).toFixed(1),
        ];
      }),
    ),
  );
  const ours = outcomes.get(LEARNED) ?? [];
  const baselines = [...outcomes.entries()].filter(([name]) => name.startsWith('bestFit')).map(([, runs]) => runs);
  for (const [label, key] of [
    ['at saturation', 'allocatedGpus'],
    ['at 1st refusal', 'firstFailureGpus'],
    ['at arrived=100%', 'atCapacityGpus'],
  ] as const) {
    lines.push(
      `${LEARNED} − best baseline ${label}: ${versus(
        share(ours, key),
        baselines.map((b) => share(b, key)),
      )}`,
    );
  }
  const best = outcomes.get(BEST_GPU) ?? [];
  if (!respectCpuMemory && best.every((r) => r.firstFailureForced)) {
    lines.push(
      'bestFit placed every arrival until one asked for more GPUs than the whole cluster had free, in every order: ' +
        'no placement policy can allocate more on this workload when only GPUs count.',
    );
  }
  console.log(lines.join('\n'));
}

function departures(file: string, discipline: Discipline, seeds: readonly number[]): void {
  const pods = loadPods(dir, file);
  const policies: [string, PolicyMaker][] = [
    [LEARNED, (history) => learnedHeadroomFit(history, { window: HISTORY })],
    [BEST_GPU, () => bestFit],
    [BEST_CPU, () => resourceBestFit()],
    [BEST_ALL, () => resourceBestFit({ memory: true })],
    ['randomFit', (_, order) => randomFit(1000 + order)],
  ];
  const streams = seeds.map((seed) => {
    const next = seededRandom(seed);
    const history = Array.from({ length: HISTORY }, () => askOf(pods[Math.floor(next() * pods.length)] as TracePod, true));
    const arrivals = poissonArrivals(pods, next, DEPARTURE_ARRIVALS, MEAN_GAP_SECONDS, true);
    const window = saturatedWindow(arrivals, totalGpus);
    if (!window) throw new Error(`seed ${seed}: the arrivals never saturate the cluster`);
    return { history, arrivals, window };
  });
  const windows = streams.map((s) => s.window[1] - s.window[0]);
  const shares = new Map<string, number[]>();
  const first = new Map<string, number[]>();
  const waiting = new Map<string, number[]>();
  streams.forEach(({ history, arrivals, window }, i) => {
    for (const [name, make] of policies) {
      const run = replayWithDepartures(cluster, arrivals, make(history, i), { discipline, respectCpuMemory: true, window });
      shares.set(name, [...(shares.get(name) ?? []), run.windowShare]);
      first.set(name, [...(first.get(name) ?? []), run.firstRefusalGpus / totalGpus]);
      waiting.set(name, [...(waiting.get(name) ?? []), run.waiting]);
    }
  });
  const lines = [
    '',
    `With departures, CPU and memory respected, waiting pods ${discipline === 'fifo' ? 'first come first served (FIFO)' : 'all retried oldest first (Headroom’s pass)'} — ` +
      `${file}; ${seeds.length} seeded streams of ${DEPARTURE_ARRIVALS.toLocaleString('en-US')} arrivals; ` +
      `saturated windows of ${Math.round(Math.min(...windows))}–${Math.round(Math.max(...windows))} s`,
    table(
      ['policy', 'time-averaged share', '(min–max)', 'at 1st refusal', 'waiting at end'],
      [...shares.entries()].map(([name, s]) => [
        name,
        pct(mean(s)),
        `${pct(Math.min(...s))}–${pct(Math.max(...s))}`,
        pct(mean(first.get(name) ?? [])),
        mean(waiting.get(name) ?? []).toFixed(0),
      ]),
    ),
  ];
  const baselines = [...shares.entries()].filter(([name]) => name.startsWith('bestFit')).map(([, s]) => s);
  lines.push(`${LEARNED} − best baseline, time-averaged share: ${versus(shares.get(LEARNED) ?? [], baselines, 'streams')}`);
  lines.push(
    `${LEARNED} − ${BEST_GPU}, time-averaged share: ${versus(shares.get(LEARNED) ?? [], [shares.get(BEST_GPU) ?? []], 'streams')}`,
  );
  console.log(lines.join('\n'));
}

/** A pool of `count` 8-GPU nodes about three quarters allocated: many full, many partly used, a few free; with CPU and memory in step when `resources`. */
function syntheticPool(count: number, seed: number, resources = false): FreeNode[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const u = next();
    const freeGpus = u < 0.55 ? 0 : u < 0.9 ? 1 + Math.floor(next() * 7) : 8;
    if (!resources) return { id: `node-${i}`, gpus: 8, freeGpus };
    // Like the trace's 8-GPU nodes: 96 cores and 384 GiB; what is free drifts from the GPUs' share.
    const share = Math.min(1, Math.max(0, freeGpus / 8 + (next() - 0.5) * 0.25));
    return {
      id: `node-${i}`,
      gpus: 8,
      freeGpus,
      cpuMilli: 96_000,
      freeCpuMilli: Math.round(96_000 * share),
      memoryMib: 393_216,
      freeMemoryMib: Math.round(393_216 * share),
    };
  });
}

/** Asks as a GPU market sees them: mostly 1–8 GPUs on one node, some gangs of whole nodes. */
function syntheticAsks(count: number, seed: number): GangAsk[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const u = next();
    if (u < 0.4) return { gpusPerNode: 1, nodes: 1 };
    if (u < 0.6) return { gpusPerNode: 2, nodes: 1 };
    if (u < 0.75) return { gpusPerNode: 4, nodes: 1 };
    if (u < 0.9) return { gpusPerNode: 8, nodes: 1 };
    return { gpusPerNode: 8, nodes: u < 0.95 ? 2 : 4 };
  });
}

/** The same asks with the CPU and memory of a trace pod of the same size per node (drawn at random). */
function withResources(asks: readonly GangAsk[], pods: readonly TracePod[], seed: number): GangAsk[] {
  const next = seededRandom(seed);
  const bySize = new Map<number, TracePod[]>();
  for (const p of pods) bySize.set(p.gpus, [...(bySize.get(p.gpus) ?? []), p]);
  return asks.map((ask) => {
    const same = bySize.get(ask.gpusPerNode) ?? pods;
    const pod = same[Math.floor(next() * same.length)] as TracePod;
    return {
      gpusPerNode: ask.gpusPerNode,
      nodes: ask.nodes,
      cpuMilliPerNode: Math.min(pod.cpuMilli, 96_000),
      memoryMibPerNode: Math.min(pod.memoryMib, 393_216),
    };
  });
}

/**
 * Decisions in a row on a live pool: each placement is applied, and as many GPUs (with their share
 * of CPU and memory) are released on random busy nodes, so the pool stays about as full. Only the
 * policy's call is timed, after 2,000 untimed decisions on a copy of the pool (so that the figures
 * are of compiled code).
 */
function timeDecisions(
  policy: NodePolicy,
  pool: () => FreeNode[],
  asks: readonly GangAsk[],
): { perSecond: number; p50: number; p99: number; max: number } {
  // (A second pool rather than copies: copied objects get other hidden classes, and the policies' property reads slow down.)
  const warm = pool();
  for (const ask of asks.slice(0, 2000)) policy(warm, ask);
  const nodes = pool();
  const next = seededRandom(13);
  const micros: number[] = [];
  let busy = 0;
  for (const ask of asks) {
    const start = performance.now();
    const picked = policy(nodes, ask);
    micros.push((performance.now() - start) * 1000);
    if (!picked) continue;
    for (const id of picked) {
      const node = nodes[Number(id.slice(5))] as FreeNode;
      node.freeGpus -= ask.gpusPerNode;
      if (node.freeCpuMilli !== undefined) node.freeCpuMilli -= ask.cpuMilliPerNode ?? 0;
      if (node.freeMemoryMib !== undefined) node.freeMemoryMib -= ask.memoryMibPerNode ?? 0;
    }
    for (let release = ask.gpusPerNode * ask.nodes; release > 0;) {
      const node = nodes[Math.floor(next() * nodes.length)] as FreeNode;
      if (node.freeGpus < node.gpus) {
        node.freeGpus++;
        if (node.freeCpuMilli !== undefined) node.freeCpuMilli = Math.min(96_000, node.freeCpuMilli + 12_000);
        if (node.freeMemoryMib !== undefined) node.freeMemoryMib = Math.min(393_216, node.freeMemoryMib + 49_152);
        release--;
      }
    }
    busy++;
  }
  if (busy === 0) throw new Error('no ask was placed');
  const sorted = [...micros].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { perSecond: 1e6 / mean(micros), p50: at(0.5), p99: at(0.99), max: at(1) };
}

console.log(
  [
    `Trace replay: Alibaba openb from ${dir}`,
    `Cluster: ${cluster.length} GPU nodes, ${totalGpus} GPUs (GPUs per node: ${countBy(cluster, (n) => n.gpus)}), one pool; GPU model ignored.`,
    'Each pod asks for num_gpu whole GPUs on one node (a share of one GPU, gpu_milli < 1000, counts as 1 whole GPU).',
    `${LEARNED}: the scheduler's own policy (learnedPolicy, server/src/scheduler/learned-mix.ts): headroomFitWith the request`,
    `shapes (GPUs, and CPU and memory where they count) of the last ${HISTORY.toLocaleString('en-US')} arrivals, starting from the ${HISTORY.toLocaleString('en-US')} of the same stream`,
    'before the replay, rebuilt every 100 arrivals.',
    'Baselines: randomFit; bestFit (fewest free GPUs); where CPU and memory count, best fit over GPUs and CPU as in the FGD',
    'paper’s simulator (least Σ free − asked over the largest node’s), and the same with memory. Every policy places only',
    'where the GPUs, CPU and memory asked are all free. "− best baseline": against the best best-fit baseline of each order.',
    `Inflation: arrivals without departures until ${STOP_AFTER_FAILURES} in a row are refused ("saturation"); seeded orders draw`,
    'pods from the list with replacement, the trace order repeats the list. "1st refusal unavoidable": fewer GPUs free in',
    'the whole cluster than asked. Shares are of all the cluster’s GPUs; means over the orders.',
  ].join('\n'),
);
const tracePods = loadPods(dir, 'openb_pod_list_default.csv');
const gpuAsks = syntheticAsks(20_000, 11);
const resourceAsks = withResources(gpuAsks, tracePods, 17);
const traceShapes = headroomFitWith(requestShapesOf(tracePods.map((p) => askOf(p, true))));
// Timed first, in a fresh process, before the replays fill the heap.
for (const [name, policy, resources] of [
  ['headroomFit', headroomFit, false],
  ['bestFit', bestFit, false],
  ['headroomFitWith(trace shapes), CPU and memory', traceShapes, true],
  ['resourceBestFit, CPU and memory', resourceBestFit({ memory: true }), true],
] as const) {
  const t = timeDecisions(policy, () => syntheticPool(5000, 7, resources), resources ? resourceAsks : gpuAsks);
  console.log(
    `${name}, 20,000 decisions on a live 5,000-node pool of 8-GPU nodes (~3/4 allocated; 1–8 GPU asks, 10% gangs of 2–4 nodes` +
      `${resources ? '; CPU and memory of trace pods of the same size' : ''}): ` +
      `${Math.round(t.perSecond).toLocaleString('en-US')} decisions/s, p50 ${t.p50.toFixed(1)} µs, p99 ${t.p99.toFixed(1)} µs, max ${t.max.toFixed(1)} µs`,
  );
}

inflation('1. Inflation, GPUs only', 'openb_pod_list_default.csv', false, GPU_ONLY_SEEDS);
inflation('1. Inflation, GPUs only', 'openb_pod_list_multigpu50.csv', false, GPU_ONLY_SEEDS);
inflation('2. Inflation, CPU and memory respected', 'openb_pod_list_default.csv', true, CPU_MEMORY_SEEDS);
inflation('2. Inflation, CPU and memory respected', 'openb_pod_list_multigpu50.csv', true, CPU_MEMORY_SEEDS);
console.log(
  [
    '',
    `3. With departures: ${DEPARTURE_ARRIVALS.toLocaleString('en-US')} pods drawn from the list with replacement arrive as a Poisson process,`,
    `one every ${MEAN_GAP_SECONDS} s on average; a placed pod runs for its trace duration (deletion − creation time) and leaves.`,
    'Share of GPUs allocated, averaged over the saturated window: from when the GPUs of the pods that arrived and would',
    'still run (had each started on arrival) first reach the cluster’s, to the last arrival — the same for every policy.',
  ].join('\n'),
);
departures('openb_pod_list_default.csv', 'fifo', FIFO_SEEDS);
departures('openb_pod_list_default.csv', 'retry', RETRY_SEEDS);

describe('placement over a 5,000-node pool (~3/4 allocated)', () => {
  const nodes = syntheticPool(5000, 7);
  const resourceNodes = syntheticPool(5000, 7, true);
  const asks = syntheticAsks(1024, 11);
  const withCpu = withResources(asks, tracePods, 17);
  let i = 0;
  bench('headroomFit: one decision', () => {
    headroomFit(nodes, asks[i++ & 1023] as GangAsk);
  });
  bench('bestFit: one decision', () => {
    bestFit(nodes, asks[i++ & 1023] as GangAsk);
  });
  bench('headroomFitWith(trace shapes), CPU and memory: one decision', () => {
    traceShapes(resourceNodes, withCpu[i++ & 1023] as GangAsk);
  });
});
