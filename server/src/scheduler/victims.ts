import type { LiveJob, NodeShare } from './world';
import { nodeFits, type FreeNode, type GangAsk } from './node-placement';
import { applyShare } from './per-node-ask';

/** What preempting a job costs: the GPU-time it loses (work since it started) and whether an SLA backs it. */
export interface PreemptionCost {
  lostGpuSeconds: number;
  slaBacked: boolean;
}

export function preemptionCost(job: LiveJob, now: Date): PreemptionCost {
  const ran = job.startedAt ? Math.max(0, Math.floor((now.getTime() - job.startedAt.getTime()) / 1000)) : 0;
  return { lostGpuSeconds: ran * job.gpus, slaBacked: job.slaBacked };
}

function compareCost(a: PreemptionCost, b: PreemptionCost): number {
  if (a.slaBacked !== b.slaBacked) return a.slaBacked ? 1 : -1;
  return a.lostGpuSeconds - b.lostGpuSeconds;
}

/**
 * The cheapest set of victims that makes `fits` true, or null when even all of them do not:
 * victims are added cheapest first (fewest SLA consequences, then least GPU-time lost, then the
 * newest), then any that turn out not to be needed are handed back, dearest first.
 */
export function chooseVictims(candidates: readonly LiveJob[], now: Date, fits: (victims: readonly LiveJob[]) => boolean): LiveJob[] | null {
  if (fits([])) return [];
  const costed = candidates.map((job) => ({ job, cost: preemptionCost(job, now) }));
  costed.sort((a, b) => compareCost(a.cost, b.cost) || b.job.id.localeCompare(a.job.id));
  const chosen: typeof costed = [];
  for (const c of costed) {
    chosen.push(c);
    if (fits(chosen.map((x) => x.job))) break;
  }
  if (!chosen.length || !fits(chosen.map((x) => x.job))) return null;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const without = chosen.filter((_, j) => j !== i);
    if (fits(without.map((x) => x.job))) chosen.splice(i, 1);
  }
  return chosen.map((x) => x.job);
}

/**
 * The cheapest victims that leave `ask.nodes` distinct nodes each with the GPUs, CPU and memory the
 * ask needs free, or null. Node by node: a node that already fits costs nothing; otherwise its
 * cheapest victims are added until it fits. The cheapest nodes are then taken. Linear in nodes and
 * victims, so preemption stays as fast as placement on large pools.
 */
export function victimsForNodes(nodes: readonly FreeNode[], candidates: readonly LiveJob[], ask: GangAsk, now: Date): LiveJob[] | null {
  const onNode = new Map<string, { job: LiveJob; share: NodeShare; cost: PreemptionCost }[]>();
  for (const job of candidates) {
    const cost = preemptionCost(job, now);
    for (const share of job.nodeGpus) {
      const list = onNode.get(share.nodeId);
      const entry = { job, share, cost };
      if (list) list.push(entry);
      else onNode.set(share.nodeId, [entry]);
    }
  }
  const options: { victims: LiveJob[]; cost: PreemptionCost }[] = [];
  for (const node of nodes) {
    if (nodeFits(node, ask)) {
      options.push({ victims: [], cost: { lostGpuSeconds: 0, slaBacked: false } });
      continue;
    }
    const here = onNode.get(node.id);
    if (!here) continue;
    here.sort((a, b) => compareCost(a.cost, b.cost));
    const victims: LiveJob[] = [];
    const freed = { ...node };
    const cost = { lostGpuSeconds: 0, slaBacked: false };
    for (const e of here) {
      victims.push(e.job);
      applyShare(freed, e.share, -1);
      cost.lostGpuSeconds += e.cost.lostGpuSeconds;
      cost.slaBacked ||= e.cost.slaBacked;
      if (nodeFits(freed, ask)) break;
    }
    if (nodeFits(freed, ask)) options.push({ victims, cost });
  }
  if (options.length < ask.nodes) return null;
  options.sort((a, b) => compareCost(a.cost, b.cost));
  return [...new Set(options.slice(0, ask.nodes).flatMap((o) => o.victims))];
}
