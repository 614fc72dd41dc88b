import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { scheduleJobsJob } from '../../jobs/catalog';
import { newId } from '../../lib/ids';
import { badInput, conflict } from '../../graphql/errors';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';
import { Cluster } from './cluster.entity';
import { NodePool } from './node-pool.entity';
import { ClusterNode } from './cluster-node.entity';
import { CapacityReservation } from './capacity-reservation.entity';
import { CapacityAllocation } from './capacity-allocation.entity';
import { DriverKind, GpuVendor, Interconnect, Jurisdiction, LifecycleStatus, NodeState } from './inventory.enums';
import { assertCapacityRule, lockPool } from './capacity.service';

/** Refuses to retire something still in use, naming what uses it. */
function refuseInUse(what: string, users: string[]): void {
  if (users.length) {
    const shown = users.slice(0, 10).join(', ') + (users.length > 10 ? ` and ${users.length - 10} more` : '');
    throw conflict(`${what} is in use by ${shown}; retire or move those first.`, { usedBy: users });
  }
}

export async function createRegion(em: EntityManager, props: { code: string; name: string; jurisdiction: Jurisdiction }): Promise<Region> {
  if (await em.count(Region, { code: props.code })) throw conflict(`A region with code ${props.code} exists.`, { field: 'input.code' });
  const region = em.create(Region, { id: newId('region'), ...props });
  em.persist(region);
  return region;
}

/** Retires a region with no active cluster. */
export async function retireRegion(em: EntityManager, region: Region): Promise<Region> {
  const clusters = await em.find(Cluster, { region, status: LifecycleStatus.ACTIVE });
  refuseInUse(
    `Region ${region.code}`,
    clusters.map((c) => `cluster ${c.name}`),
  );
  region.status = LifecycleStatus.RETIRED;
  return region;
}

export async function createGpuType(
  em: EntityManager,
  props: { code: string; vendor: GpuVendor; memoryGb: number; interconnect: Interconnect },
): Promise<GpuType> {
  if (await em.count(GpuType, { code: props.code })) throw conflict(`A GPU type with code ${props.code} exists.`, { field: 'input.code' });
  const gpuType = em.create(GpuType, { id: newId('gpuType'), ...props });
  em.persist(gpuType);
  return gpuType;
}

/** Retires a GPU type no active pool uses. */
export async function retireGpuType(em: EntityManager, gpuType: GpuType): Promise<GpuType> {
  const pools = await em.find(NodePool, { gpuType, status: LifecycleStatus.ACTIVE }, { populate: ['cluster'] });
  refuseInUse(
    `GPU type ${gpuType.code}`,
    pools.map((p) => `pool ${p.cluster.getEntity().name}/${p.name}`),
  );
  gpuType.status = LifecycleStatus.RETIRED;
  return gpuType;
}

export interface ClusterProps {
  region: Region;
  name: string;
  driver: DriverKind;
  settings: Record<string, unknown>;
  secretsCiphertext: string | null;
}

/** Creates a cluster in an active region; its name is unique. */
export async function createCluster(em: EntityManager, props: ClusterProps): Promise<Cluster> {
  if (props.region.status !== LifecycleStatus.ACTIVE) throw badInput('input.regionId', `Region ${props.region.code} is retired.`);
  if (await em.count(Cluster, { name: props.name })) throw conflict(`A cluster named ${props.name} exists.`, { field: 'input.name' });
  const cluster = em.create(Cluster, { id: newId('cluster'), ...props });
  em.persist(cluster);
  return cluster;
}

/** Retires a cluster with no active pool. */
export async function retireCluster(em: EntityManager, cluster: Cluster): Promise<Cluster> {
  const pools = await em.find(NodePool, { cluster, status: LifecycleStatus.ACTIVE });
  refuseInUse(
    `Cluster ${cluster.name}`,
    pools.map((p) => `pool ${p.name}`),
  );
  cluster.status = LifecycleStatus.RETIRED;
  return cluster;
}

export interface PoolProps {
  cluster: Cluster;
  gpuType: GpuType;
  name: string;
  gpusPerNode: number;
  nodeCount: number;
  internalFloorGpus: number;
  onDemandReclaimable: boolean;
  reclaimNoticeSeconds: number;
  driverGpuType?: string | null;
  /** Each node's CPU, millicores, and memory, MiB; null or left out: not counted. */
  cpuMilliPerNode?: number | null;
  memoryMibPerNode?: number | null;
}

/** Node names of a simulated pool: `<cluster>-<pool>-0001`… */
const nodeName = (cluster: Cluster, pool: string, i: number) => `${cluster.name}-${pool}-${String(i + 1).padStart(4, '0')}`;

function addSimulatedNodes(em: EntityManager, cluster: Cluster, pool: NodePool, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    em.persist(
      em.create(ClusterNode, {
        id: newId('node'),
        pool,
        name: nodeName(cluster, pool.name, i),
        gpus: pool.gpusPerNode,
        cpuMilli: pool.cpuMilliPerNode ?? null,
        memoryMib: pool.memoryMibPerNode ?? null,
        state: NodeState.IDLE,
      }),
    );
  }
}

/**
 * Creates a pool. On a SIMULATED cluster its nodes are created too (node-level state); a Slurm
 * cluster's pools come from its partitions when it is synchronised.
 */
export async function createNodePool(em: EntityManager, props: PoolProps): Promise<NodePool> {
  if (props.cluster.status !== LifecycleStatus.ACTIVE) throw badInput('input.clusterId', `Cluster ${props.cluster.name} is retired.`);
  if (props.gpuType.status !== LifecycleStatus.ACTIVE) throw badInput('input.gpuTypeId', `GPU type ${props.gpuType.code} is retired.`);
  if (await em.count(NodePool, { cluster: props.cluster, name: props.name })) {
    throw conflict(`Cluster ${props.cluster.name} has a pool named ${props.name}.`, { field: 'input.name' });
  }
  const total = props.gpusPerNode * props.nodeCount;
  if (props.internalFloorGpus > total) {
    throw badInput('input.internalFloorGpus', `The floor of ${props.internalFloorGpus} GPUs is larger than the pool's ${total} GPUs.`, {
      totalGpus: total,
    });
  }
  const pool = em.create(NodePool, { id: newId('nodePool'), ...props });
  em.persist(pool);
  if (props.cluster.driver === DriverKind.SIMULATED) addSimulatedNodes(em, props.cluster, pool, 0, props.nodeCount);
  return pool;
}

export interface PoolChanges {
  nodeCount?: number;
  internalFloorGpus?: number;
  internalDemandGpus?: number;
  onDemandReclaimable?: boolean;
  reclaimNoticeSeconds?: number;
  /** Left out: unchanged; null: no longer counted. */
  cpuMilliPerNode?: number | null;
  memoryMibPerNode?: number | null;
}

/**
 * Changes a pool under its row lock, then checks `floor + commitments ≤ total`: a change that
 * breaks it is refused with the numbers. Shrinking a simulated pool removes idle nodes only.
 */
export async function updateNodePool(em: EntityManager, poolId: string, changes: PoolChanges): Promise<NodePool> {
  const pool = await lockPool(em, poolId);
  const cluster = await em.findOneOrFail(Cluster, pool.cluster.id);
  if (changes.nodeCount !== undefined && changes.nodeCount !== pool.nodeCount) {
    if (cluster.driver !== DriverKind.SIMULATED) {
      throw badInput(
        'input.nodeCount',
        `Cluster ${cluster.name} is ${cluster.driver}: its node count comes from the engine (sync the cluster).`,
      );
    }
    await resizeSimulatedPool(em, cluster, pool, changes.nodeCount);
  }
  if (changes.cpuMilliPerNode !== undefined || changes.memoryMibPerNode !== undefined) await resizeNodes(em, cluster, pool, changes);
  if (changes.internalFloorGpus !== undefined) pool.internalFloorGpus = changes.internalFloorGpus;
  if (changes.internalDemandGpus !== undefined) pool.internalDemandGpus = changes.internalDemandGpus;
  if (changes.onDemandReclaimable !== undefined) pool.onDemandReclaimable = changes.onDemandReclaimable;
  if (changes.reclaimNoticeSeconds !== undefined) pool.reclaimNoticeSeconds = changes.reclaimNoticeSeconds;
  if (pool.internalFloorGpus > pool.totalGpus) {
    throw badInput(
      'input.internalFloorGpus',
      `The floor of ${pool.internalFloorGpus} GPUs is larger than the pool's ${pool.totalGpus} GPUs.`,
      {
        totalGpus: pool.totalGpus,
      },
    );
  }
  await assertCapacityRule(em, pool, changes.nodeCount !== undefined ? 'input.nodeCount' : 'input.internalFloorGpus');
  return pool;
}

async function resizeSimulatedPool(em: EntityManager, cluster: Cluster, pool: NodePool, nodeCount: number): Promise<void> {
  const nodes = await em.find(ClusterNode, { pool }, { orderBy: { name: 'asc' } });
  if (nodeCount > nodes.length) {
    addSimulatedNodes(em, cluster, pool, nodes.length, nodeCount);
  } else {
    const removed = nodes.slice(nodeCount);
    const busy = removed.filter((n) => n.allocatedGpus > 0);
    if (busy.length) {
      throw conflict(
        `Shrinking pool ${pool.name} to ${nodeCount} nodes would remove ${busy.length} busy nodes (${busy.map((n) => n.name).join(', ')}).`,
        {
          field: 'input.nodeCount',
        },
      );
    }
    for (const node of removed) em.remove(node);
  }
  pool.nodeCount = nodeCount;
}

/**
 * Sets the CPU and memory of a pool's nodes (and, on a simulated cluster, of each node). Refused
 * when a node already has more of either allocated than it would have.
 */
async function resizeNodes(em: EntityManager, cluster: Cluster, pool: NodePool, changes: PoolChanges): Promise<void> {
  if (changes.cpuMilliPerNode !== undefined) pool.cpuMilliPerNode = changes.cpuMilliPerNode;
  if (changes.memoryMibPerNode !== undefined) pool.memoryMibPerNode = changes.memoryMibPerNode;
  if (cluster.driver !== DriverKind.SIMULATED) return;
  const nodes = await em.find(ClusterNode, { pool });
  const cpu = pool.cpuMilliPerNode ?? null;
  const memory = pool.memoryMibPerNode ?? null;
  const over = nodes.filter((n) => (cpu !== null && n.allocatedCpuMilli > cpu) || (memory !== null && n.allocatedMemoryMib > memory));
  if (over.length) {
    throw conflict(
      `Pool ${pool.name}'s nodes would have less CPU or memory than the work on ${over.length} of them holds (${over
        .slice(0, 5)
        .map((n) => n.name)
        .join(', ')}).`,
      { field: changes.cpuMilliPerNode !== undefined ? 'input.vcpusPerNode' : 'input.memoryGibPerNode' },
    );
  }
  for (const node of nodes) {
    node.cpuMilli = cpu;
    node.memoryMib = memory;
  }
}

/** Retires a pool that holds no running work and no reservation that has not ended. */
export async function retireNodePool(em: EntityManager, poolId: string): Promise<NodePool> {
  const pool = await lockPool(em, poolId);
  const allocations = await em.find(CapacityAllocation, { pool, releasedAt: null });
  const reservations = await em.find(CapacityReservation, { pool, releasedAt: null, endsAt: { $gt: new Date() } });
  refuseInUse(`Pool ${pool.name}`, [...allocations.map((a) => a.source), ...reservations.map((r) => r.source)]);
  pool.status = LifecycleStatus.RETIRED;
  return pool;
}

/**
 * Sets how many GPUs of a pool the owner's own work wants now, and wakes the scheduler: above
 * what is idle, internal demand reclaims SPOT at once and reclaimable ON_DEMAND after notice
 * (DESIGN.md rule 2). It never reaches into committed capacity.
 */
export async function setInternalDemand(em: EntityManager, poolId: string, gpus: number): Promise<NodePool> {
  const pool = await lockPool(em, poolId);
  if (!Number.isSafeInteger(gpus) || gpus < 0 || gpus > pool.totalGpus) {
    throw badInput('input.gpus', `Internal demand is a whole number of GPUs from 0 to the pool's ${pool.totalGpus}.`, {
      totalGpus: pool.totalGpus,
    });
  }
  pool.internalDemandGpus = gpus;
  enqueueAfterCommit(em, scheduleJobsJob, { reason: 'internal demand changed' });
  return pool;
}
