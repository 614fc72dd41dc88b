import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createCluster, createGpuType, createNodePool, createRegion } from '../../server/src/modules/inventory/inventory.service';
import { DriverKind, GpuVendor, Interconnect, Jurisdiction } from '../../server/src/modules/inventory/inventory.enums';
import type { Region } from '../../server/src/modules/inventory/region.entity';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import type { Cluster } from '../../server/src/modules/inventory/cluster.entity';
import type { NodePool } from '../../server/src/modules/inventory/node-pool.entity';

const tag = () => randomBytes(3).toString('hex');

export const makeRegion = (em: EntityManager, jurisdiction = Jurisdiction.EU) =>
  createRegion(em, { code: `r-${tag()}`, name: 'Test region', jurisdiction });

export const makeGpuType = (em: EntityManager) =>
  createGpuType(em, { code: `T${tag().toUpperCase()}-80GB`, vendor: GpuVendor.NVIDIA, memoryGb: 80, interconnect: Interconnect.NVLINK });

export const makeCluster = (em: EntityManager, region: Region) =>
  createCluster(em, { region, name: `c-${tag()}`, driver: DriverKind.SIMULATED, settings: {}, secretsCiphertext: null });

export const makePool = (em: EntityManager, cluster: Cluster, gpuType: GpuType, options: { nodes?: number; floor?: number } = {}) =>
  createNodePool(em, {
    cluster,
    gpuType,
    name: `p-${tag()}`,
    gpusPerNode: 8,
    nodeCount: options.nodes ?? 4,
    internalFloorGpus: options.floor ?? 8,
    onDemandReclaimable: false,
    reclaimNoticeSeconds: 600,
  });

export interface Fleet {
  region: Region;
  gpuType: GpuType;
  cluster: Cluster;
  pool: NodePool;
}

/** A region (EU unless told), a GPU type, a simulated cluster and a pool of 4 × 8 GPUs with a floor of 8, flushed. */
export async function buildFleet(em: EntityManager, options: { jurisdiction?: Jurisdiction } = {}): Promise<Fleet> {
  const region = await makeRegion(em, options.jurisdiction);
  const gpuType = await makeGpuType(em);
  const cluster = await makeCluster(em, region);
  const pool = await makePool(em, cluster, gpuType);
  await em.flush();
  return { region, gpuType, cluster, pool };
}
