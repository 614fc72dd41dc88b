import { JobReason } from '../modules/jobs/jobs.enums';
import { formatGib, formatVcpus } from '../modules/inventory/compute-units';
import { nodeFits, type FreeNode, type GangAsk } from './node-placement';
import type { JobAsk, NodeShare, PoolState } from './world';

type PoolShape = Pick<PoolState, 'gpusPerNode' | 'cpuMilliPerNode' | 'memoryMibPerNode'>;
type Resources = Pick<JobAsk, 'gpusPerNode' | 'cpuMilliPerNode' | 'memoryMibPerNode'>;

/**
 * What a job needs on each node of a pool: its GPUs per node, and the CPU and memory it asked for
 * or, when it asked for none, the pool's share per GPU × its GPUs per node (clouds attach a fixed
 * slice of a node's CPU and memory to each GPU). Decided per pool, at placement: at submit the pool
 * is not known. A pool that does not say its nodes' CPU (or memory) gives no share of it.
 */
export function perNodeAsk(ask: Resources & { nodeCount: number }, pool: PoolShape): GangAsk {
  const share = (perNode: number | null | undefined) =>
    perNode == null ? undefined : Math.floor((perNode * ask.gpusPerNode) / pool.gpusPerNode);
  const cpu = ask.cpuMilliPerNode ?? share(pool.cpuMilliPerNode);
  const memory = ask.memoryMibPerNode ?? share(pool.memoryMibPerNode);
  return {
    gpusPerNode: ask.gpusPerNode,
    nodes: ask.nodeCount,
    ...(cpu !== undefined ? { cpuMilliPerNode: cpu } : {}),
    ...(memory !== undefined ? { memoryMibPerNode: memory } : {}),
  };
}

/** Whether the pool's nodes are large enough for the CPU and memory the job asked for on each (a pool that does not say is). */
export function nodesLargeEnough(ask: Resources, pool: PoolShape): boolean {
  return (
    (pool.cpuMilliPerNode == null || (ask.cpuMilliPerNode ?? 0) <= pool.cpuMilliPerNode) &&
    (pool.memoryMibPerNode == null || (ask.memoryMibPerNode ?? 0) <= pool.memoryMibPerNode)
  );
}

/** `8 GPUs`, or `8 GPUs, 96 vCPUs and 512 GiB` when the ask has CPU and memory: what one node must have free. */
export function describeNodeAsk(ask: GangAsk, gpuTypeCode: string): string {
  const parts = [`${ask.gpusPerNode} free ${gpuTypeCode} GPUs`];
  if (ask.cpuMilliPerNode) parts.push(formatVcpus(ask.cpuMilliPerNode));
  if (ask.memoryMibPerNode) parts.push(formatGib(ask.memoryMibPerNode));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * When a gang does not fit, whether CPU or memory (rather than GPUs) is what is missing: enough
 * nodes have the GPUs free, but too few of them also have the CPU (then the memory) the ask needs
 * beside them. Null when GPUs are short, or when the gang fits.
 */
export function resourceShortfall(
  nodes: readonly FreeNode[],
  ask: GangAsk,
): { reason: JobReason.CPU | JobReason.MEMORY; withGpus: number; withAlso: number } | null {
  let withGpus = 0;
  let withCpu = 0;
  let withAll = 0;
  const gpusOnly: GangAsk = { gpusPerNode: ask.gpusPerNode, nodes: ask.nodes };
  const withoutMemory: GangAsk = { ...gpusOnly, cpuMilliPerNode: ask.cpuMilliPerNode ?? 0 };
  for (const node of nodes) {
    if (!nodeFits(node, gpusOnly)) continue;
    withGpus++;
    if (!nodeFits(node, withoutMemory)) continue;
    withCpu++;
    if (nodeFits(node, ask)) withAll++;
  }
  if (withGpus < ask.nodes || withAll >= ask.nodes) return null;
  // withAlso: of the nodes with the GPUs, those that also have the resource that is short.
  return withCpu < ask.nodes
    ? { reason: JobReason.CPU, withGpus, withAlso: withCpu }
    : { reason: JobReason.MEMORY, withGpus, withAlso: withAll };
}

/** Takes (`sign` 1) or gives back (−1) what a job holds on a node: its GPUs, and its CPU and memory where the node counts them. */
export function applyShare(node: FreeNode, share: NodeShare, sign: 1 | -1): void {
  node.freeGpus -= sign * share.gpus;
  if (node.freeCpuMilli !== undefined) node.freeCpuMilli -= sign * (share.cpuMilli ?? 0);
  if (node.freeMemoryMib !== undefined) node.freeMemoryMib -= sign * (share.memoryMib ?? 0);
}

/** What a gang placed on `nodeIds` holds on each of them. */
export function sharesOf(nodeIds: readonly string[], ask: GangAsk): NodeShare[] {
  return nodeIds.map((nodeId) => ({
    nodeId,
    gpus: ask.gpusPerNode,
    ...(ask.cpuMilliPerNode !== undefined ? { cpuMilli: ask.cpuMilliPerNode } : {}),
    ...(ask.memoryMibPerNode !== undefined ? { memoryMib: ask.memoryMibPerNode } : {}),
  }));
}
