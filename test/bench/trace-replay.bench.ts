/**
 * Replays Alibaba's GPU cluster trace (openb, from "Beware of Fragmentation", ATC'23) with
 * whole-GPU requests until arrivals saturate the cluster, and prints the share of the cluster's
 * GPUs that Headroom's placement (`headroomFit`) allocates next to the random-fit and best-fit
 * baselines, all run here on the same arrivals. Then times `headroomFit` on a 5,000-node pool.
 *
 *   TRACE_DIR=<folder> npm run bench:trace      (default: ../shared/data/traces/alibaba-openb from the repository's root)
 *
 * Method (printed with the figures):
 * - Cluster: the trace's GPU nodes (openb_node_list_gpu_node.csv), one pool; nodes of 1, 2, 4 and 8 GPUs.
 * - Pods: those asking for ≥ 1 GPU. A pod asks for num_gpu whole GPUs on one node; a pod asking for a
 *   share of one GPU (num_gpu 1, gpu_milli < 1000) counts as one whole GPU. gpu_spec (empty in this
 *   trace) and the GPU model are ignored. CPU and memory are ignored in the main tables, as Headroom's
 *   nodes carry GPU counts only; one more table respects them as a filter before the policy.
 * - Inflation until saturation, no departures: pods arrive in 5 seeded random orders (drawn from the
 *   list with replacement) and in the trace's own order (the list repeated); each is placed or refused,
 *   and arrivals go on until 50 in a row are refused. Shares are of all the cluster's GPUs, at that point,
 *   at the first refusal, and when the arrived requests first add up to the cluster's GPUs; means over
 *   the 6 orders (random-fit draws with a different seed in each).
 */
import { bench, describe } from 'vitest';
import {
  bestFit,
  headroomFit,
  headroomFitWith,
  randomFit,
  requestMixOf,
  seededRandom,
  type FreeNode,
  type GangAsk,
  type NodePolicy,
} from '../../server/src/scheduler/node-placement';
import { loadNodes, loadPods, traceDir, type TracePod } from './support/openb-trace';
import { replayUntilSaturated, sampledArrivals, traceOrderArrivals, type ReplayOutcome } from './support/saturation-replay';

const SEEDS = [1, 2, 3, 4, 5];
const STOP_AFTER_FAILURES = 50;

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

const pct = (gpus: number) => `${((100 * gpus) / totalGpus).toFixed(2)}%`;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function replayWorkload(title: string, file: string, respectCpuMemory: boolean): void {
  const pods = loadPods(dir, file);
  const orders: [string, () => () => TracePod][] = [
    ...SEEDS.map((seed): [string, () => () => TracePod] => [`seed ${seed}`, () => sampledArrivals(pods, seed)]),
    ['trace order', () => traceOrderArrivals(pods)],
  ];
  const traceMix = requestMixOf(pods.map((p) => p.gpus));
  const policies: [string, (order: number) => NodePolicy][] = [
    ['headroomFit (default mix)', () => headroomFit],
    ['headroomFit (trace mix)', () => headroomFitWith(traceMix)],
    ['bestFit', () => bestFit],
    ['randomFit', (order) => randomFit(1000 + order)],
  ];
  const outcomes = new Map<string, ReplayOutcome[]>();
  for (const [name, make] of policies) {
    outcomes.set(
      name,
      orders.map(([, arrivals], i) =>
        replayUntilSaturated(cluster, arrivals(), make(i), { respectCpuMemory, stopAfterFailures: STOP_AFTER_FAILURES }),
      ),
    );
  }
  const fractional = pods.filter((p) => p.fractional).length;
  const lines = [
    '',
    `${title} (${file}): ${pods.length} pods asking for GPUs (GPUs per pod: ${countBy(pods, (p) => p.gpus)}; ` +
      `${fractional} asked for a share of one GPU, counted as 1 whole GPU)`,
  ];
  const rows = [...outcomes.entries()].map(([name, runs]) => [
    name,
    mean(runs.map((r) => r.allocatedGpus)).toFixed(1),
    pct(mean(runs.map((r) => r.allocatedGpus))),
    pct(mean(runs.map((r) => r.firstFailureGpus))),
    `${runs.filter((r) => r.firstFailureForced).length}/${runs.length}`,
    pct(mean(runs.map((r) => r.atCapacityGpus))),
    mean(runs.map((r) => r.placed)).toFixed(1),
    mean(runs.map((r) => r.failed)).toFixed(1),
  ]);
  lines.push(
    table(
      [
        'policy',
        'allocated GPUs',
        'share',
        'share at 1st refusal',
        '1st refusal unavoidable',
        'share at arrived=100%',
        'arrivals placed',
        'arrivals failed',
      ],
      rows,
    ),
  );
  const ours = outcomes.get('headroomFit (default mix)') ?? [];
  const best = outcomes.get('bestFit') ?? [];
  for (const [label, key] of [
    ['at saturation', 'allocatedGpus'],
    ['at 1st refusal', 'firstFailureGpus'],
    ['at arrived=100%', 'atCapacityGpus'],
  ] as const) {
    const diffs = ours.map((r, i) => r[key] - (best[i]?.[key] ?? 0));
    const pts = (100 * mean(diffs)) / totalGpus;
    lines.push(
      `headroomFit − bestFit ${label}: ${pts >= 0 ? '+' : ''}${pts.toFixed(3)} points; orders better/equal/worse: ` +
        `${diffs.filter((d) => d > 0).length}/${diffs.filter((d) => d === 0).length}/${diffs.filter((d) => d < 0).length}`,
    );
  }
  if (best.every((r) => r.firstFailureForced)) {
    lines.push(
      'bestFit placed every arrival until one asked for more GPUs than the whole cluster had free, in every order: ' +
        'no placement policy can allocate more on this workload.',
    );
  }
  console.log(lines.join('\n'));
}

/** A pool of `count` 8-GPU nodes about three quarters allocated: many full, many partly used, a few free. */
function syntheticPool(count: number, seed: number): FreeNode[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const u = next();
    const freeGpus = u < 0.55 ? 0 : u < 0.9 ? 1 + Math.floor(next() * 7) : 8;
    return { id: `node-${i}`, gpus: 8, freeGpus };
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

/**
 * Decisions in a row on a live pool: each placement is applied, and as many GPUs are released on
 * random busy nodes, so the pool stays about as full. Only the policy's call is timed.
 */
function timeDecisions(policy: NodePolicy, decisions: number): { perSecond: number; p50: number; p99: number; max: number } {
  const nodes = syntheticPool(5000, 7);
  const asks = syntheticAsks(decisions, 11);
  const next = seededRandom(13);
  const micros: number[] = [];
  let busy = 0;
  for (const ask of asks) {
    const start = performance.now();
    const picked = policy(nodes, ask);
    micros.push((performance.now() - start) * 1000);
    if (!picked) continue;
    for (const id of picked) (nodes[Number(id.slice(5))] as FreeNode).freeGpus -= ask.gpusPerNode;
    for (let release = ask.gpusPerNode * ask.nodes; release > 0;) {
      const node = nodes[Math.floor(next() * nodes.length)] as FreeNode;
      if (node.freeGpus < node.gpus) {
        node.freeGpus++;
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
    `Cluster: ${cluster.length} GPU nodes, ${totalGpus} GPUs (GPUs per node: ${countBy(cluster, (n) => n.gpus)}), one pool.`,
    'Method: inflation until saturation, no departures. Each pod asks for num_gpu whole GPUs on one node (a share of one GPU,',
    'gpu_milli < 1000, counts as 1 whole GPU); gpu_spec and GPU model ignored; CPU and memory ignored unless said.',
    `Arrivals: ${SEEDS.length} seeded random orders (sampled with replacement) + the trace order (list repeated); saturated after`,
    `${STOP_AFTER_FAILURES} refusals in a row. Shares are of all ${totalGpus} GPUs; figures are means over the ${SEEDS.length + 1} orders.`,
    'headroomFit (trace mix) is the same policy told the trace’s own request sizes; headroomFit uses its default mix.',
    '"1st refusal unavoidable": orders whose first refusal came with fewer free GPUs in the whole cluster than asked.',
  ].join('\n'),
);
replayWorkload('Default workload', 'openb_pod_list_default.csv', false);
replayWorkload('Multi-GPU workload', 'openb_pod_list_multigpu50.csv', false);
replayWorkload('Default workload, CPU and memory respected', 'openb_pod_list_default.csv', true);

for (const [name, policy] of [
  ['headroomFit', headroomFit],
  ['bestFit', bestFit],
] as const) {
  const t = timeDecisions(policy, 20_000);
  console.log(
    `${name}, 20,000 decisions on a live 5,000-node pool of 8-GPU nodes (~3/4 allocated; 1–8 GPU asks, 10% gangs of 2–4 nodes): ` +
      `${Math.round(t.perSecond).toLocaleString('en-US')} decisions/s, p50 ${t.p50.toFixed(1)} µs, p99 ${t.p99.toFixed(1)} µs, max ${t.max.toFixed(1)} µs`,
  );
}

describe('placement over a 5,000-node pool (~3/4 allocated)', () => {
  const nodes = syntheticPool(5000, 7);
  const asks = syntheticAsks(1024, 11);
  let i = 0;
  bench('headroomFit: one decision', () => {
    headroomFit(nodes, asks[i++ & 1023] as GangAsk);
  });
  bench('bestFit: one decision', () => {
    bestFit(nodes, asks[i++ & 1023] as GangAsk);
  });
});
