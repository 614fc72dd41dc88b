import type { EntityManager } from '@mikro-orm/postgresql';
import { createCluster, createGpuType, createNodePool, createRegion } from '../../modules/inventory/inventory.service';
import { DriverKind, GpuVendor, Interconnect, Jurisdiction } from '../../modules/inventory/inventory.enums';
import type { Region } from '../../modules/inventory/region.entity';
import type { GpuType } from '../../modules/inventory/gpu-type.entity';

/** Regions, GPU types, and simulated clusters with pools of nodes: what the demo sells from. */
const REGIONS = [
  { code: 'eu-west', name: 'Europe West (Frankfurt)', jurisdiction: Jurisdiction.EU },
  { code: 'eu-north', name: 'Europe North (Stockholm)', jurisdiction: Jurisdiction.EU },
  { code: 'us-east', name: 'US East (Virginia)', jurisdiction: Jurisdiction.US },
  { code: 'ap-southeast', name: 'Asia Pacific (Singapore)', jurisdiction: Jurisdiction.APAC },
];

const GPU_TYPES = [
  { code: 'H100-80GB', vendor: GpuVendor.NVIDIA, memoryGb: 80, interconnect: Interconnect.NVLINK },
  { code: 'H200-141GB', vendor: GpuVendor.NVIDIA, memoryGb: 141, interconnect: Interconnect.NVLINK },
  { code: 'MI300X-192GB', vendor: GpuVendor.AMD, memoryGb: 192, interconnect: Interconnect.INFINITY_FABRIC },
];

/** cluster → region, and its pools: GPU type, nodes of 8 GPUs, the owner's floor, ON_DEMAND reclaim policy. */
const CLUSTERS: { name: string; region: string; pools: { name: string; gpu: string; nodes: number; floor: number; reclaim: boolean }[] }[] =
  [
    {
      name: 'fra-1',
      region: 'eu-west',
      pools: [
        { name: 'h100-a', gpu: 'H100-80GB', nodes: 64, floor: 128, reclaim: false },
        { name: 'h200-a', gpu: 'H200-141GB', nodes: 32, floor: 64, reclaim: true },
      ],
    },
    { name: 'sto-1', region: 'eu-north', pools: [{ name: 'mi300x-a', gpu: 'MI300X-192GB', nodes: 40, floor: 64, reclaim: true }] },
    { name: 'iad-1', region: 'us-east', pools: [{ name: 'h100-a', gpu: 'H100-80GB', nodes: 96, floor: 256, reclaim: false }] },
    {
      name: 'iad-2',
      region: 'us-east',
      pools: [
        { name: 'h200-a', gpu: 'H200-141GB', nodes: 48, floor: 96, reclaim: true },
        { name: 'mi300x-a', gpu: 'MI300X-192GB', nodes: 24, floor: 32, reclaim: true },
      ],
    },
    { name: 'sin-1', region: 'ap-southeast', pools: [{ name: 'h100-a', gpu: 'H100-80GB', nodes: 32, floor: 64, reclaim: false }] },
  ];

/** Seeds the demo fleet: 4 regions in 3 jurisdictions, 5 clusters, 7 pools, 336 nodes of 8 GPUs. */
export async function seedFleet(em: EntityManager): Promise<{ regions: Region[]; gpuTypes: GpuType[] }> {
  const regions = new Map<string, Region>();
  for (const r of REGIONS) regions.set(r.code, await createRegion(em, r));
  const gpuTypes = new Map<string, GpuType>();
  for (const g of GPU_TYPES) gpuTypes.set(g.code, await createGpuType(em, g));
  await em.flush();
  for (const c of CLUSTERS) {
    const cluster = await createCluster(em, {
      region: regions.get(c.region)!,
      name: c.name,
      driver: DriverKind.SIMULATED,
      // Demo time runs 60× faster: an hour's run ends in a minute.
      settings: { timeFactor: 60 },
      secretsCiphertext: null,
    });
    for (const p of c.pools) {
      await createNodePool(em, {
        cluster,
        gpuType: gpuTypes.get(p.gpu)!,
        name: p.name,
        gpusPerNode: 8,
        nodeCount: p.nodes,
        // Sized like the 8-GPU servers they stand for: 224 vCPUs and 2 TiB of memory per node.
        cpuMilliPerNode: 224_000,
        memoryMibPerNode: 2_048 * 1_024,
        internalFloorGpus: p.floor,
        onDemandReclaimable: p.reclaim,
        reclaimNoticeSeconds: 1800,
      });
    }
    await em.flush();
  }
  return { regions: [...regions.values()], gpuTypes: [...gpuTypes.values()] };
}
