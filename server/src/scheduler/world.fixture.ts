import { CapacityClass, Jurisdiction } from '../modules/inventory/inventory.enums';
import { DEFAULT_TERMS, type ContractTerms } from '../modules/contracts/contract-terms';
import { NO_ALLOCATIONS } from '../modules/inventory/capacity.math';
import type { JobAsk, LiveJob, OrgPolicy, PoolState, World } from './world';

/** Test builders for the scheduler's plain data (no database). */

export const NOW = new Date('2026-11-26T12:00:00Z');

export function pool(over: Partial<PoolState> & { id: string }): PoolState {
  const nodeCount = over.nodeCount ?? 4;
  const gpusPerNode = over.gpusPerNode ?? 8;
  return {
    label: `c/${over.id}`,
    clusterId: 'cls_1',
    driver: 'SIMULATED',
    regionId: 'reg_eu',
    regionCode: 'eu-west',
    jurisdiction: Jurisdiction.EU,
    gpuTypeId: 'gpu_h100',
    gpuTypeCode: 'H100-80GB',
    gpusPerNode,
    nodeCount,
    availableGpus: gpusPerNode * nodeCount,
    internalFloorGpus: 0,
    internalDemandGpus: 0,
    committedGpus: 0,
    onDemandReclaimable: false,
    reclaimNoticeSeconds: 600,
    blockedBecause: null,
    allocated: { ...NO_ALLOCATIONS },
    nodes: Array.from({ length: nodeCount }, (_, i) => ({ id: `${over.id}-n${i}`, gpus: gpusPerNode, freeGpus: gpusPerNode })),
    ...over,
  };
}

export function org(over: Partial<OrgPolicy> & { terms?: Partial<ContractTerms> } = {}): OrgPolicy {
  const { terms, ...rest } = over;
  return {
    organizationId: 'org_a',
    internal: false,
    contract: terms ? { currency: 'USD', terms: { ...DEFAULT_TERMS, ...terms } } : null,
    commitments: [],
    quotas: [],
    spentThisMonthMicros: 0n,
    ...rest,
  };
}

let seq = 0;
export function ask(over: Partial<JobAsk> = {}): JobAsk {
  seq += 1;
  return {
    id: `job_${String(seq).padStart(4, '0')}`,
    organizationId: 'org_a',
    projectId: 'prj_a',
    capacityClass: CapacityClass.ON_DEMAND,
    gpuTypeIds: ['gpu_h100'],
    regionIds: [],
    gpusPerNode: 8,
    nodeCount: 1,
    maxDurationSeconds: 3_600,
    ...over,
  };
}

/** A running job holding `gpus` on the given nodes of a pool (the pool's numbers are updated). */
export function running(p: PoolState, over: Partial<LiveJob> & { id: string; nodeIds?: string[] }): LiveJob {
  const { nodeIds = [], ...rest } = over;
  const capacityClass = over.capacityClass ?? CapacityClass.SPOT;
  const perNode = over.gpus ?? 8;
  const job: LiveJob = {
    organizationId: 'org_b',
    projectId: 'prj_b',
    poolId: p.id,
    gpuTypeId: p.gpuTypeId,
    regionId: p.regionId,
    capacityClass,
    gpus: perNode * Math.max(1, nodeIds.length),
    nodeGpus: nodeIds.map((nodeId) => ({ nodeId, gpus: perNode })),
    startedAt: new Date(NOW.getTime() - 3_600_000),
    commitmentId: null,
    holdMicros: 0n,
    reclaimable: false,
    reclaimAt: null,
    slaBacked: false,
    ...rest,
  };
  p.allocated[capacityClass] += job.gpus;
  for (const n of job.nodeGpus) {
    const node = p.nodes?.find((x) => x.id === n.nodeId);
    if (node) node.freeGpus -= n.gpus;
  }
  return job;
}

/** Prices: RESERVED $2, ON_DEMAND $3, SPOT $1 per GPU-hour for every type and region. */
export function world(pools: PoolState[], orgs: OrgPolicy[], live: LiveJob[] = []): World {
  const prices = { RESERVED: 2_000_000n, ON_DEMAND: 3_000_000n, SPOT: 1_000_000n };
  return {
    now: NOW,
    nodeNames: new Map(),
    pools,
    live,
    orgs: new Map(orgs.map((o) => [o.organizationId, o])),
    price: (_t, _r, c) => ({ pricePerGpuHour: prices[c], currency: 'USD' }),
  };
}
