import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { buildFleet, makeCluster, makeGpuType, makePool, makeRegion, type Fleet } from '../../support/fleet';
import { OPERATORS, PLATFORM_STAFF, SIGNED_IN_READ, type Entry, type Fixtures } from './matrix';

let shared: Promise<Fleet> | undefined;
/** One fleet for the read-only and idempotent operations. */
const fleet = (fx: Fixtures) => (shared ??= (async () => buildFleet(fx.em()))());

/** A fresh object for an operation that consumes its target. */
async function fresh<T>(fx: Fixtures, make: (em: ReturnType<Fixtures['em']>) => Promise<T>): Promise<T> {
  const em = fx.em();
  const made = await make(em);
  await em.flush();
  return made;
}

/** Regions, GPU types, clusters, pools and the capacity ledger. */
export const inventoryEntries: Record<string, Entry> = {
  regions: { request: () => ({ query: '{ regions(first: 5) { nodes { id code } } }' }), scope: ApiKeyScope.READ, expect: SIGNED_IN_READ },
  region: {
    request: async (fx) => ({ query: 'query($id: ID!) { region(id: $id) { code } }', variables: { id: (await fleet(fx)).region.id } }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  gpuTypes: { request: () => ({ query: '{ gpuTypes(first: 5) { nodes { id code } } }' }), scope: ApiKeyScope.READ, expect: SIGNED_IN_READ },
  gpuType: {
    request: async (fx) => ({ query: 'query($id: ID!) { gpuType(id: $id) { code } }', variables: { id: (await fleet(fx)).gpuType.id } }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  clusters: { request: () => ({ query: '{ clusters(first: 5) { nodes { id name health } } }' }), expect: PLATFORM_STAFF },
  cluster: {
    request: async (fx) => ({
      query: 'query($id: ID!) { cluster(id: $id) { name connection { hasToken } } }',
      variables: { id: (await fleet(fx)).cluster.id },
    }),
    expect: PLATFORM_STAFF,
  },
  nodePool: {
    request: async (fx) => ({
      query: 'query($id: ID!) { nodePool(id: $id) { name capacity { headroomGpus } } }',
      variables: { id: (await fleet(fx)).pool.id },
    }),
    expect: PLATFORM_STAFF,
  },
  capacityLedger: { request: () => ({ query: '{ capacityLedger(groupBy: REGION) { totals { headroomGpus } } }' }), expect: PLATFORM_STAFF },
  capacityForecast: { request: () => ({ query: '{ capacityForecast(days: 7) { label days { headroomGpus } } }' }), expect: PLATFORM_STAFF },
  createRegion: {
    request: (fx) => ({
      query: 'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }',
      variables: { i: { code: `m-${fx.unique()}`, name: 'M', jurisdiction: 'US' } },
    }),
    expect: OPERATORS,
  },
  updateRegion: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { id } }',
      variables: { i: { id: (await fleet(fx)).region.id, name: 'Renamed' } },
    }),
    expect: OPERATORS,
  },
  retireRegion: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { retireRegion(id: $id) { status } }',
      variables: { id: (await fresh(fx, (em) => makeRegion(em))).id },
    }),
    expect: OPERATORS,
  },
  createGpuType: {
    request: (fx) => ({
      query: 'mutation($i: CreateGpuTypeInput!) { createGpuType(input: $i) { id } }',
      variables: { i: { code: `G${fx.unique().toUpperCase()}`, vendor: 'AMD', memoryGb: 64, interconnect: 'PCIE' } },
    }),
    expect: OPERATORS,
  },
  updateGpuType: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateGpuTypeInput!) { updateGpuType(input: $i) { id } }',
      variables: { i: { id: (await fleet(fx)).gpuType.id, memoryGb: 80 } },
    }),
    expect: OPERATORS,
  },
  retireGpuType: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { retireGpuType(id: $id) { status } }',
      variables: { id: (await fresh(fx, (em) => makeGpuType(em))).id },
    }),
    expect: OPERATORS,
  },
  createCluster: {
    request: async (fx) => ({
      query: 'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id health } }',
      variables: { i: { regionId: (await fleet(fx)).region.id, name: `m-${fx.unique()}`, driver: 'SIMULATED' } },
    }),
    expect: OPERATORS,
  },
  updateCluster: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateClusterInput!) { updateCluster(input: $i) { id } }',
      variables: { i: { id: (await fleet(fx)).cluster.id, connection: { simulatedHealth: 'HEALTHY' } } },
    }),
    expect: OPERATORS,
  },
  checkCluster: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { checkCluster(id: $id) { health } }',
      variables: { id: (await fleet(fx)).cluster.id },
    }),
    expect: OPERATORS,
  },
  retireCluster: {
    request: async (fx) => {
      const { region } = await fleet(fx);
      return {
        query: 'mutation($id: ID!) { retireCluster(id: $id) { status } }',
        variables: { id: (await fresh(fx, (em) => makeCluster(em, region))).id },
      };
    },
    expect: OPERATORS,
  },
  createNodePool: {
    request: async (fx) => {
      const f = await fleet(fx);
      return {
        query: 'mutation($i: CreateNodePoolInput!) { createNodePool(input: $i) { id } }',
        variables: {
          i: {
            clusterId: f.cluster.id,
            gpuTypeId: f.gpuType.id,
            name: `p-${fx.unique()}`,
            gpusPerNode: 8,
            nodeCount: 1,
            internalFloorGpus: 0,
          },
        },
      };
    },
    expect: OPERATORS,
  },
  updateNodePool: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateNodePoolInput!) { updateNodePool(input: $i) { id } }',
      variables: { i: { id: (await fleet(fx)).pool.id, internalFloorGpus: 8 } },
    }),
    expect: OPERATORS,
  },
  setInternalDemand: {
    request: async (fx) => ({
      query: 'mutation($i: SetInternalDemandInput!) { setInternalDemand(input: $i) { id internalDemandGpus } }',
      variables: { i: { poolId: (await fleet(fx)).pool.id, gpus: 0 } },
    }),
    expect: OPERATORS,
  },
  retireNodePool: {
    request: async (fx) => {
      const f = await fleet(fx);
      return {
        query: 'mutation($id: ID!) { retireNodePool(id: $id) { status } }',
        variables: { id: (await fresh(fx, (em) => makePool(em, f.cluster, f.gpuType))).id },
      };
    },
    expect: OPERATORS,
  },
};
