import type { EntityManager } from '@mikro-orm/postgresql';
import { poolNameFor } from './engine-pool-name';
import { newId } from '../../lib/ids';
import type { ClusterDriver, Inventory } from '../../drivers/driver';
import { DriverError } from '../../drivers/driver';
import { Cluster } from './cluster.entity';
import { ClusterNode } from './cluster-node.entity';
import { GpuType } from './gpu-type.entity';
import { NodePool } from './node-pool.entity';
import { ClusterHealth, DriverKind, LifecycleStatus, NodeState } from './inventory.enums';
import { slurmSettingsSchema } from './cluster-settings';
import { lockPool } from './capacity.service';

/** Finds our GPU type for an engine's type name: the cluster's explicit map, else a unique code prefix. */
function resolveGpuType(engineType: string, map: Record<string, string>, gpuTypes: GpuType[]): GpuType | undefined {
  const mapped = map[engineType];
  if (mapped) return gpuTypes.find((g) => g.code === mapped);
  const matches = gpuTypes.filter((g) => g.code.toLowerCase().startsWith(engineType.toLowerCase()));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Makes the cluster's pools and nodes match what its engine reports: new partitions become pools
 * (floor 0), node counts and node states follow the engine, nodes it no longer lists are DOWN.
 * Returns notes for operators (e.g. a GPU type nobody mapped).
 */
export async function syncInventory(em: EntityManager, cluster: Cluster, inventory: Inventory): Promise<string[]> {
  const notes: string[] = [];
  const map = cluster.driver === DriverKind.SLURM ? slurmSettingsSchema.parse(cluster.settings).gpuTypeMap : {};
  const gpuTypes = await em.find(GpuType, { status: LifecycleStatus.ACTIVE });
  const seenPools = new Set<string>();
  for (const engine of inventory.pools) {
    // An engine pool is a partition × GPU type: named `<partition>-<type>`, which stays the same
    // when the partition gains or loses another GPU type.
    const found = { ...engine, name: poolNameFor(engine.name, engine.gpuType) };
    const gpuType = resolveGpuType(found.gpuType, map, gpuTypes);
    if (!gpuType) {
      notes.push(`pool ${found.name}: GPU type "${found.gpuType}" matches no Headroom GPU type (map it in the cluster's gpuTypeMap)`);
      continue;
    }
    const existing = await em.findOne(NodePool, { cluster, name: found.name });
    const pool = existing
      ? await lockPool(em, existing.id)
      : em.create(NodePool, {
          id: newId('nodePool'),
          cluster,
          gpuType,
          name: found.name,
          gpusPerNode: found.gpusPerNode,
          nodeCount: found.nodes.length,
          internalFloorGpus: 0,
          driverGpuType: found.gpuType,
        });
    em.persist(pool);
    seenPools.add(pool.id);
    pool.gpusPerNode = found.gpusPerNode;
    pool.nodeCount = found.nodes.length;
    pool.driverGpuType = found.gpuType;
    if (pool.internalFloorGpus > pool.totalGpus)
      notes.push(`pool ${pool.name}: its floor of ${pool.internalFloorGpus} GPUs exceeds the ${pool.totalGpus} GPUs the engine reports`);

    const known = new Map((existing ? await em.find(ClusterNode, { pool }) : []).map((n) => [n.name, n]));
    for (const n of found.nodes) {
      const node = known.get(n.name) ?? em.create(ClusterNode, { id: newId('node'), pool, name: n.name, gpus: n.gpus });
      node.gpus = n.gpus;
      node.allocatedGpus = n.allocatedGpus;
      node.state = n.state as NodeState;
      em.persist(node);
      known.delete(n.name);
    }
    for (const gone of known.values()) gone.state = NodeState.DOWN;
  }
  // A pool the engine no longer lists keeps its history; its nodes are down.
  const vanished = await em.find(ClusterNode, { pool: { cluster, id: { $nin: [...seenPools] } }, state: { $ne: NodeState.DOWN } });
  for (const node of vanished) node.state = NodeState.DOWN;
  return notes;
}

/**
 * Asks a cluster's engine for its health (and, for an engine that owns its inventory, syncs it),
 * and records what it found. Never throws for the engine's failures: an engine that is down,
 * slow or answers garbage leaves the cluster UNREACHABLE with the reason.
 */
export async function checkCluster(em: EntityManager, cluster: Cluster, driver: ClusterDriver, now = new Date()): Promise<Cluster> {
  const report = await driver.health();
  cluster.health = report.status as ClusterHealth;
  cluster.healthMessage = report.message.slice(0, 500);
  cluster.lastCheckedAt = now;
  if (report.status !== 'UNREACHABLE') cluster.lastHeartbeatAt = now;
  if (cluster.driver === DriverKind.SLURM && report.status !== 'UNREACHABLE') {
    try {
      const notes = await syncInventory(em, cluster, await driver.describeInventory());
      cluster.lastSyncedAt = now;
      if (notes.length) {
        cluster.health = ClusterHealth.DEGRADED;
        cluster.healthMessage = notes.join('; ').slice(0, 500);
      }
    } catch (error) {
      if (!(error instanceof DriverError)) throw error;
      cluster.health = ClusterHealth.UNREACHABLE;
      cluster.healthMessage = `inventory sync failed: ${error.message}`.slice(0, 500);
    }
  }
  return cluster;
}

/** Active clusters, with their sealed credentials loaded (for building drivers). */
export function activeClusters(em: EntityManager): Promise<Cluster[]> {
  return em.find(Cluster, { status: LifecycleStatus.ACTIVE }, { populate: ['secretsCiphertext'], orderBy: { name: 'asc' } });
}

/**
 * Checks every active cluster, each in its own transaction so one slow or broken engine neither
 * blocks nor undoes the others. Returns each cluster's resulting health.
 */
export async function checkAllClusters(
  em: EntityManager,
  makeDriver: (em: EntityManager, cluster: Cluster) => ClusterDriver,
): Promise<{ cluster: string; health: ClusterHealth }[]> {
  const clusters = await activeClusters(em.fork());
  return Promise.all(
    clusters.map((c) =>
      em.fork().transactional(async (tx) => {
        const cluster = await tx.findOneOrFail(Cluster, c.id, { populate: ['secretsCiphertext'] });
        await checkCluster(tx, cluster, makeDriver(tx, cluster));
        return { cluster: cluster.name, health: cluster.health };
      }),
    ),
  );
}
