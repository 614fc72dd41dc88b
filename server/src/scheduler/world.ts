import type { AllocatedByClass } from '../modules/inventory/capacity.math';
import type { CapacityClass, Jurisdiction, PricedClass } from '../modules/inventory/inventory.enums';
import type { ContractTerms } from '../modules/contracts/contract-terms';
import type { FreeNode, RequestShape } from './node-placement';

/**
 * What the scheduler sees in one pass: plain data loaded once, then changed in memory as the pass
 * admits, places and preempts. Nothing here touches the database, so every rule is a pure
 * function that unit tests and benchmarks can drive directly.
 */

export interface PoolState {
  id: string;
  /** `cluster/pool`, for people. */
  label: string;
  clusterId: string;
  driver: 'SIMULATED' | 'SLURM';
  regionId: string;
  regionCode: string;
  jurisdiction: Jurisdiction;
  gpuTypeId: string;
  gpuTypeCode: string;
  gpusPerNode: number;
  nodeCount: number;
  /** CPU of each node, millicores; null or absent: CPU does not limit work here. */
  cpuMilliPerNode?: number | null;
  /** Memory of each node, MiB; null or absent: memory does not limit work here. */
  memoryMibPerNode?: number | null;
  /**
   * SIMULATED: the shapes (GPUs, CPU and memory per node) of the work placed here lately, which
   * Headroom's placement keeps room for (`poolPolicy`); empty or absent: the default mix.
   */
  recentShapes?: RequestShape[];
  /** GPUs on nodes that can take work; 0 when the cluster cannot be reached. */
  availableGpus: number;
  internalFloorGpus: number;
  internalDemandGpus: number;
  /** GPUs contracts reserve here now. */
  committedGpus: number;
  onDemandReclaimable: boolean;
  reclaimNoticeSeconds: number;
  /** Why nothing new may start here (cluster unreachable…), or null. */
  blockedBecause: string | null;
  /** GPUs held now by class; changed as the pass places and preempts. */
  allocated: AllocatedByClass;
  /** SIMULATED: the nodes that can take work, with their free GPUs (Headroom places on them). SLURM: null (Slurm places). */
  nodes: FreeNode[] | null;
}

/** What one job holds on one node: GPUs, and the CPU (millicores) and memory (MiB) placed with them. */
export interface NodeShare {
  nodeId: string;
  gpus: number;
  cpuMilli?: number;
  memoryMib?: number;
}

/** Work that holds GPUs now (ADMITTED, PROVISIONING or RUNNING). */
export interface LiveJob {
  id: string;
  organizationId: string;
  projectId: string;
  poolId: string;
  gpuTypeId: string;
  regionId: string;
  capacityClass: CapacityClass;
  gpus: number;
  /** SIMULATED: GPUs (and CPU and memory) held per node id. */
  nodeGpus: NodeShare[];
  startedAt: Date | null;
  commitmentId: string | null;
  holdMicros: bigint;
  /** ON_DEMAND only: the pool's policy and the customer's contract both allow reclaiming it. */
  reclaimable: boolean;
  /** When a reclaim notice was given: it is preempted at this time. */
  reclaimAt: Date | null;
  /** Whether its organization has an SLA (a preemption outside the rules would owe credits). */
  slaBacked: boolean;
}

export interface CommitmentState {
  id: string;
  poolId: string;
  regionId: string;
  gpuTypeId: string;
  gpus: number;
  startsAt: Date;
  endsAt: Date;
  ratePerGpuHour: bigint;
}

export interface QuotaLimit {
  id: string;
  /** null: the whole organization. */
  projectId: string | null;
  gpuTypeId: string | null;
  regionId: string | null;
  limit: number;
}

export interface OrgPolicy {
  organizationId: string;
  /** The owner's own organization: may run INTERNAL work, pays nothing. */
  internal: boolean;
  /** The contract in force, or null for pay as you go. */
  contract: { currency: string; terms: ContractTerms } | null;
  commitments: CommitmentState[];
  quotas: QuotaLimit[];
  /** Rated usage so far this month (jobs' holds are added by the scheduler); 0 where no HARD spend cap needs it. */
  spentThisMonthMicros: bigint;
}

export interface ListPrice {
  pricePerGpuHour: bigint;
  currency: string;
}

/** The list price in force for a GPU type × region × class, or null. */
export type PriceLookup = (gpuTypeId: string, regionId: string, priceClass: PricedClass) => ListPrice | null;

/** A job that waits for the scheduler. */
export interface JobAsk {
  id: string;
  organizationId: string;
  projectId: string;
  capacityClass: CapacityClass;
  /** In the customer's order of preference. */
  gpuTypeIds: string[];
  /** Empty: anywhere the contract allows. */
  regionIds: string[];
  gpusPerNode: number;
  nodeCount: number;
  /** CPU each node must give it, millicores; null or absent: the pool's share per GPU (`perNodeAsk`). */
  cpuMilliPerNode?: number | null;
  /** Memory each node must give it, MiB; null or absent: the pool's share per GPU. */
  memoryMibPerNode?: number | null;
  maxDurationSeconds: number;
}

export interface World {
  now: Date;
  /** Node id → name, for people and engines. */
  nodeNames: ReadonlyMap<string, string>;
  pools: PoolState[];
  live: LiveJob[];
  orgs: Map<string, OrgPolicy>;
  price: PriceLookup;
}
