/**
 * "Inflation until saturation" (the FGD paper's method): pods arrive one after another and stay,
 * with no departures; each is placed by the policy or refused, and arrivals go on until the cluster
 * takes no more. What is left unallocated then is what the placement wasted.
 */
import { seededRandom, type FreeNode, type NodePolicy } from '../../../server/src/scheduler/node-placement';
import type { TraceNode, TracePod } from './openb-trace';

export interface ReplayOptions {
  /** Place a pod only on a node with the CPU and memory it asks for too (a filter before the policy, the same for every policy). */
  respectCpuMemory?: boolean;
  /** The cluster is saturated after this many refusals in a row. */
  stopAfterFailures?: number;
  /** A bound on the arrivals, as requested GPUs over the cluster's GPUs, in case refusals never come in a row. */
  maxArrivedFactor?: number;
}

export interface ReplayOutcome {
  totalGpus: number;
  /** GPUs allocated at saturation. */
  allocatedGpus: number;
  /** GPUs allocated when the first arrival was refused. */
  firstFailureGpus: number;
  /** The first refusal came when the whole cluster had fewer free GPUs than the pod asked: no placement could have avoided it. */
  firstFailureForced: boolean;
  /** GPUs allocated when the arrived requests first added up to the cluster's GPUs (the FGD paper's 100% point). */
  atCapacityGpus: number;
  placed: number;
  failed: number;
}

/** Pods drawn from the list with replacement, uniformly, from a seeded generator (Monte Carlo inflation). */
export function sampledArrivals(pods: readonly TracePod[], seed: number): () => TracePod {
  const next = seededRandom(seed);
  return () => pods[Math.floor(next() * pods.length)] as TracePod;
}

/** Pods in the trace's order, the list repeated. */
export function traceOrderArrivals(pods: readonly TracePod[]): () => TracePod {
  let i = 0;
  return () => pods[i++ % pods.length] as TracePod;
}

/** Replays arrivals on the cluster until it is saturated; checks every placement keeps the rules. */
export function replayUntilSaturated(
  cluster: readonly TraceNode[],
  arrive: () => TracePod,
  policy: NodePolicy,
  options: ReplayOptions = {},
): ReplayOutcome {
  const { respectCpuMemory = false, stopAfterFailures = 50, maxArrivedFactor = 3 } = options;
  const nodes: FreeNode[] = cluster.map((n) => ({ id: n.id, gpus: n.gpus, freeGpus: n.gpus }));
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const freeCpu = cluster.map((n) => n.cpuMilli);
  const freeMemory = cluster.map((n) => n.memoryMib);
  const totalGpus = nodes.reduce((sum, n) => sum + n.gpus, 0);
  const out: ReplayOutcome = {
    totalGpus,
    allocatedGpus: 0,
    firstFailureGpus: -1,
    firstFailureForced: false,
    atCapacityGpus: -1,
    placed: 0,
    failed: 0,
  };
  let arrived = 0;
  let failuresInARow = 0;
  while (failuresInARow < stopAfterFailures && arrived < maxArrivedFactor * totalGpus) {
    const pod = arrive();
    arrived += pod.gpus;
    const candidates = respectCpuMemory
      ? nodes.filter((_, i) => (freeCpu[i] as number) >= pod.cpuMilli && (freeMemory[i] as number) >= pod.memoryMib)
      : nodes;
    const picked = policy(candidates, { gpusPerNode: pod.gpus, nodes: 1 });
    if (picked) {
      if (picked.length !== 1) throw new Error(`the policy picked ${picked.length} nodes for a 1-node ask`);
      const i = indexOf.get(picked[0] as string) ?? -1;
      const node = nodes[i];
      const fits = (freeCpu[i] as number) >= pod.cpuMilli && (freeMemory[i] as number) >= pod.memoryMib;
      if (!node || node.freeGpus < pod.gpus || (respectCpuMemory && !fits)) {
        throw new Error(`the policy picked ${picked[0]}, which cannot take ${pod.gpus} GPUs`);
      }
      node.freeGpus -= pod.gpus;
      freeCpu[i] = (freeCpu[i] as number) - pod.cpuMilli;
      freeMemory[i] = (freeMemory[i] as number) - pod.memoryMib;
      out.allocatedGpus += pod.gpus;
      out.placed++;
      failuresInARow = 0;
    } else {
      if (out.firstFailureGpus < 0) {
        out.firstFailureGpus = out.allocatedGpus;
        out.firstFailureForced = totalGpus - out.allocatedGpus < pod.gpus;
      }
      out.failed++;
      failuresInARow++;
    }
    if (out.atCapacityGpus < 0 && arrived >= totalGpus) out.atCapacityGpus = out.allocatedGpus;
  }
  if (out.firstFailureGpus < 0) out.firstFailureGpus = out.allocatedGpus;
  if (out.atCapacityGpus < 0) out.atCapacityGpus = out.allocatedGpus;
  return out;
}
