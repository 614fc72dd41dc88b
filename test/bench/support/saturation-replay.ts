/**
 * "Inflation until saturation" (the FGD paper's method): pods arrive one after another and stay,
 * with no departures; each is placed by the policy or refused, and arrivals go on until the cluster
 * takes no more. What is left unallocated then is what the placement wasted.
 */
import { nodeFits, seededRandom, type FreeNode, type GangAsk, type NodePolicy } from '../../../server/src/scheduler/node-placement';
import type { TraceNode, TracePod } from './openb-trace';

/** A policy, optionally told of every arrival before it is placed (to learn the pool's request mix). */
export type ReplayPolicy = NodePolicy & { observe?: (ask: GangAsk) => void };

export interface ReplayOptions {
  /** Nodes report their CPU and memory and pods ask for theirs: a pod fits only where all three are free, for every policy. */
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

/** The ask of one pod: its whole GPUs on one node, with its CPU and memory when they are respected. */
export function askOf(pod: TracePod, respectCpuMemory: boolean): GangAsk {
  return respectCpuMemory
    ? { gpusPerNode: pod.gpus, nodes: 1, cpuMilliPerNode: pod.cpuMilli, memoryMibPerNode: pod.memoryMib }
    : { gpusPerNode: pod.gpus, nodes: 1 };
}

/** The cluster's nodes all free, with their CPU and memory when they are respected. */
export function freeNodes(cluster: readonly TraceNode[], respectCpuMemory: boolean): FreeNode[] {
  return cluster.map((n) =>
    respectCpuMemory
      ? {
          id: n.id,
          gpus: n.gpus,
          freeGpus: n.gpus,
          cpuMilli: n.cpuMilli,
          freeCpuMilli: n.cpuMilli,
          memoryMib: n.memoryMib,
          freeMemoryMib: n.memoryMib,
        }
      : { id: n.id, gpus: n.gpus, freeGpus: n.gpus },
  );
}

/** Takes the ask's GPUs, CPU and memory on the node, after checking they are free (a policy that breaks the rules stops the bench). */
export function take(node: FreeNode | undefined, ask: GangAsk): FreeNode {
  if (!node || !nodeFits(node, ask))
    throw new Error(`the policy picked ${node?.id ?? 'an unknown node'}, which cannot take ${JSON.stringify(ask)}`);
  node.freeGpus -= ask.gpusPerNode;
  if (node.freeCpuMilli !== undefined) node.freeCpuMilli -= ask.cpuMilliPerNode ?? 0;
  if (node.freeMemoryMib !== undefined) node.freeMemoryMib -= ask.memoryMibPerNode ?? 0;
  return node;
}

/** Gives the ask's GPUs, CPU and memory back to the node. */
export function give(node: FreeNode, ask: GangAsk): void {
  node.freeGpus += ask.gpusPerNode;
  if (node.freeCpuMilli !== undefined) node.freeCpuMilli += ask.cpuMilliPerNode ?? 0;
  if (node.freeMemoryMib !== undefined) node.freeMemoryMib += ask.memoryMibPerNode ?? 0;
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
  policy: ReplayPolicy,
  options: ReplayOptions = {},
): ReplayOutcome {
  const { respectCpuMemory = false, stopAfterFailures = 50, maxArrivedFactor = 3 } = options;
  const nodes = freeNodes(cluster, respectCpuMemory);
  const byId = new Map(nodes.map((n) => [n.id, n]));
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
    const ask = askOf(pod, respectCpuMemory);
    arrived += pod.gpus;
    policy.observe?.(ask);
    const picked = policy(nodes, ask);
    if (picked) {
      if (picked.length !== 1) throw new Error(`the policy picked ${picked.length} nodes for a 1-node ask`);
      take(byId.get(picked[0] as string), ask);
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
