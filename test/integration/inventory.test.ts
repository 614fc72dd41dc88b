import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, makeGpuType, makePool, type Fleet } from '../support/fleet';
import { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { createCluster } from '../../server/src/modules/inventory/inventory.service';
import { syncInventory } from '../../server/src/modules/inventory/cluster-sync.service';
import { Region } from '../../server/src/modules/inventory/region.entity';
import { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { ClusterNode } from '../../server/src/modules/inventory/cluster-node.entity';
import { DriverKind } from '../../server/src/modules/inventory/inventory.enums';
import type { DriverNodeState } from '../../server/src/drivers/driver';
import { SecretBox } from '../../server/src/lib/secret-box';
import { seedDemo } from '../../server/src/db/seeders/demo';
import { createTestDatabase } from '../support/app';
import { initOrm } from '../../server/src/db/orm';

let app: TestApp;
let world: World;
let fleet: Fleet;
const op = () => ({ bearer: world.tokens.operator });

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork());
});
afterAll(() => app.close());

const CREATE_POOL =
  'mutation($i: CreateNodePoolInput!) { createNodePool(input: $i) { id name totalGpus internalFloorGpus nodes(first: 100) { nodes { name gpus state } } } }';
const UPDATE_POOL = 'mutation($i: UpdateNodePoolInput!) { updateNodePool(input: $i) { id nodeCount internalFloorGpus totalGpus } }';

describe('inventory', () => {
  it('creates a simulated pool with its nodes, whole GPUs each', async () => {
    const res = await app.gql<{ createNodePool: { totalGpus: number; nodes: { nodes: { gpus: number; state: string }[] } } }>(
      CREATE_POOL,
      {
        i: { clusterId: fleet.cluster.id, gpuTypeId: fleet.gpuType.id, name: 'fresh', gpusPerNode: 8, nodeCount: 3, internalFloorGpus: 8 },
      },
      op(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createNodePool.totalGpus).toBe(24);
    expect(res.data!.createNodePool.nodes.nodes).toHaveLength(3);
    expect(res.data!.createNodePool.nodes.nodes.every((n) => n.gpus === 8 && n.state === 'IDLE')).toBe(true);
  });

  it('refuses bad numbers, naming the field and nothing half-written', async () => {
    const base = { clusterId: fleet.cluster.id, gpuTypeId: fleet.gpuType.id, gpusPerNode: 8, nodeCount: 2, internalFloorGpus: 0 };
    const negative = await app.gql(CREATE_POOL, { i: { ...base, name: 'neg', nodeCount: -1 } }, op());
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nodeCount' });
    const fractional = await app.gql(CREATE_POOL, { i: { ...base, name: 'frac', gpusPerNode: 2.5 } }, op());
    expect(fractional.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.gpusPerNode' });
    const floor = await app.gql(CREATE_POOL, { i: { ...base, name: 'floor', internalFloorGpus: 17 } }, op());
    expect(floor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.internalFloorGpus', totalGpus: 16 });
    const unknownType = await app.gql(CREATE_POOL, { i: { ...base, name: 'unknown', gpuTypeId: 'gpu_00000000000000000000000000' } }, op());
    expect(unknownType.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const wrongKind = await app.gql(CREATE_POOL, { i: { ...base, name: 'kind', gpuTypeId: fleet.region.id } }, op());
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gpuTypeId' });
    const count = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>("select count(*) as n from node_pools where name in ('neg','frac','floor','unknown','kind')");
    expect(Number(count[0]!.n)).toBe(0);
  });

  it('refuses duplicate codes and names', async () => {
    const region = await app.gql(
      'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }',
      { i: { code: fleet.region.code, name: 'Dup', jurisdiction: 'EU' } },
      op(),
    );
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    const gpu = await app.gql(
      'mutation($i: CreateGpuTypeInput!) { createGpuType(input: $i) { id } }',
      { i: { code: fleet.gpuType.code, vendor: 'NVIDIA', memoryGb: 80, interconnect: 'NVLINK' } },
      op(),
    );
    expect(gpu.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    const cluster = await app.gql(
      'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }',
      { i: { regionId: fleet.region.id, name: fleet.cluster.name, driver: 'SIMULATED' } },
      op(),
    );
    expect(cluster.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  it('refuses to retire what is in use, saying what uses it', async () => {
    const region = await app.gql('mutation($id: ID!) { retireRegion(id: $id) { id } }', { id: fleet.region.id }, op());
    expect(region.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(region.errors?.[0]?.extensions['usedBy']).toEqual([`cluster ${fleet.cluster.name}`]);
    const gpu = await app.gql('mutation($id: ID!) { retireGpuType(id: $id) { id } }', { id: fleet.gpuType.id }, op());
    expect(gpu.errors?.[0]?.message).toContain(`pool ${fleet.cluster.name}/${fleet.pool.name}`);
    const cluster = await app.gql('mutation($id: ID!) { retireCluster(id: $id) { id } }', { id: fleet.cluster.id }, op());
    expect(cluster.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('lowers a floor and grows a simulated pool, and refuses a floor above the pool', async () => {
    const grown = await app.gql<{ updateNodePool: { nodeCount: number; totalGpus: number } }>(
      UPDATE_POOL,
      { i: { id: fleet.pool.id, nodeCount: 6, internalFloorGpus: 16 } },
      op(),
    );
    expect(grown.data?.updateNodePool).toMatchObject({ nodeCount: 6, totalGpus: 48 });
    const tooHigh = await app.gql(UPDATE_POOL, { i: { id: fleet.pool.id, internalFloorGpus: 49 } }, op());
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.internalFloorGpus', totalGpus: 48 });
    const nodes = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from cluster_nodes where pool_id = ?', [fleet.pool.id]);
    expect(Number(nodes[0]!.n)).toBe(6);
  });

  it('refuses shrinking a simulated pool onto busy nodes, and resizing an engine’s pool by hand', async () => {
    const em = app.orm.em.fork();
    const busy = await em.findOneOrFail(ClusterNode, { pool: fleet.pool.id }, { orderBy: { name: 'desc' } });
    busy.allocatedGpus = 4;
    await em.flush();
    const shrink = await app.gql(UPDATE_POOL, { i: { id: fleet.pool.id, nodeCount: 1 } }, op());
    expect(shrink.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.nodeCount' });
    expect(shrink.errors?.[0]?.message).toContain(busy.name);
    busy.allocatedGpus = 0;
    await em.flush();

    const slurm = await createCluster(em, {
      region: await em.findOneOrFail(Region, fleet.region.id),
      name: `engine-${world.tag}`,
      driver: DriverKind.SLURM,
      settings: {},
      secretsCiphertext: null,
    });
    const pool = await makePool(em, slurm, await em.findOneOrFail(GpuType, fleet.gpuType.id), { nodes: 1, floor: 0 });
    await em.flush();
    const manual = await app.gql(UPDATE_POOL, { i: { id: pool.id, nodeCount: 5 } }, op());
    expect(manual.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nodeCount' });
  });

  it('keeps cluster secrets out of every answer and encrypted at rest', async () => {
    const res = await app.gql<{
      createCluster: { id: string; health: string; healthMessage: string; connection: { hasToken: boolean; endpoint: string } };
    }>(
      'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id health healthMessage connection { hasToken endpoint } } }',
      {
        i: {
          regionId: fleet.region.id,
          name: 'slurm-nowhere',
          driver: 'SLURM',
          connection: { endpoint: 'http://127.0.0.1:1', user: 'root', token: 'super-secret-jwt' },
        },
      },
      op(),
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toContain('super-secret-jwt');
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ secrets_ciphertext: string; settings: unknown }[]>('select secrets_ciphertext, settings from clusters where id = ?', [
        res.data!.createCluster.id,
      ]);
    expect(row!.secrets_ciphertext).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('super-secret-jwt');
    // And the endpoint that refuses connections leaves the cluster UNREACHABLE, not an error.
    expect(res.data!.createCluster.health).toBe('UNREACHABLE');
  });

  it('refuses a Slurm cluster without a token or with a bad endpoint, naming the field', async () => {
    const noToken = await app.gql(
      'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }',
      {
        i: { regionId: fleet.region.id, name: 'slurm-a', driver: 'SLURM', connection: { endpoint: 'http://127.0.0.1:6820', user: 'root' } },
      },
      op(),
    );
    expect(noToken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.connection.token' });
    const badUrl = await app.gql(
      'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }',
      { i: { regionId: fleet.region.id, name: 'slurm-b', driver: 'SLURM', connection: { endpoint: 'ftp:/x', user: 'root', token: 't' } } },
      op(),
    );
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.connection.endpoint' });
    const simulatedWithToken = await app.gql(
      'mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }',
      { i: { regionId: fleet.region.id, name: 'sim-b', driver: 'SIMULATED', connection: { token: 't' } } },
      op(),
    );
    expect(simulatedWithToken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.connection' });
  });
});

describe('inventory sync', () => {
  it('makes one pool per partition and GPU type, follows node states, and marks vanished nodes DOWN', async () => {
    const em = app.orm.em.fork();
    const other = await makeGpuType(em);
    const cluster = await createCluster(em, {
      region: await em.findOneOrFail(Region, fleet.region.id),
      name: `sync-${world.tag}`,
      driver: DriverKind.SLURM,
      settings: { endpoint: 'http://127.0.0.1:1', user: 'root', gpuTypeMap: { h100: fleet.gpuType.code, a100: other.code } },
      secretsCiphertext: null,
    });
    await em.flush();
    const node = (name: string, gpuType: string, state: DriverNodeState = 'IDLE') => ({ name, gpuType, gpus: 8, allocatedGpus: 0, state });
    const observedAt = new Date();
    const notes = await em.transactional((tx) =>
      syncInventory(tx, cluster, {
        observedAt,
        pools: [
          { name: 'gpu', gpuType: 'h100', gpusPerNode: 8, nodes: [node('n1', 'h100'), node('n2', 'h100', 'DRAINED')] },
          { name: 'gpu', gpuType: 'a100', gpusPerNode: 8, nodes: [node('n3', 'a100')] },
          { name: 'odd', gpuType: 'x9', gpusPerNode: 8, nodes: [node('n4', 'x9')] },
        ],
      }),
    );
    expect(notes).toEqual(['pool odd-x9: GPU type "x9" matches no Headroom GPU type (map it in the cluster\'s gpuTypeMap)']);
    const pools = await app.orm.em.fork().find(NodePool, { cluster: cluster.id }, { orderBy: { name: 'asc' } });
    expect(pools.map((p) => [p.name, p.nodeCount])).toEqual([
      ['gpu-a100', 1],
      ['gpu-h100', 2],
    ]);

    await em.transactional((tx) =>
      syncInventory(tx, cluster, {
        observedAt,
        pools: [{ name: 'gpu', gpuType: 'h100', gpusPerNode: 8, nodes: [node('n1', 'h100', 'MIXED')] }],
      }),
    );
    const states = await app.orm.em.fork().find(ClusterNode, { pool: { cluster: cluster.id } }, { orderBy: { name: 'asc' } });
    expect(states.map((n) => [n.name, n.state])).toEqual([
      ['n1', 'MIXED'],
      ['n2', 'DOWN'],
      ['n3', 'DOWN'],
    ]);
  });
});

describe('demo seed', () => {
  it('seeds a fleet (3+ regions in 2+ jurisdictions, 5 clusters, H100/H200/MI300X pools, hundreds of nodes, floors), list prices and models', async () => {
    const db = await createTestDatabase();
    const orm = await initOrm({ clientUrl: db.url, poolMax: 2 });
    try {
      const secrets = new SecretBox(randomBytes(32));
      expect(await seedDemo(orm.em.fork(), secrets)).toBe(true);
      const sql = (q: string) => orm.em.fork().getConnection().execute<Record<string, string>[]>(q);
      const [regions] = await sql('select count(*) as n, count(distinct jurisdiction) as j from regions');
      expect(Number(regions!.n)).toBeGreaterThanOrEqual(3);
      expect(Number(regions!.j)).toBeGreaterThanOrEqual(2);
      expect(Number((await sql('select count(*) as n from clusters'))[0]!.n)).toBe(5);
      const types = (await sql('select distinct g.code from node_pools p join gpu_types g on g.id = p.gpu_type_id order by 1')).map(
        (r) => r.code,
      );
      expect(types).toEqual(['H100-80GB', 'H200-141GB', 'MI300X-192GB']);
      expect(Number((await sql('select count(*) as n from cluster_nodes'))[0]!.n)).toBeGreaterThanOrEqual(300);
      expect(Number((await sql('select min(internal_floor_gpus) as n from node_pools'))[0]!.n)).toBeGreaterThan(0);
      // Prices for every GPU type × region × class, and a dozen models with token prices.
      expect(Number((await sql('select count(distinct (gpu_type_id, region_id, price_class)) as n from gpu_prices'))[0]!.n)).toBe(
        3 * 4 * 3,
      );
      expect(Number((await sql('select count(*) as n from models'))[0]!.n)).toBeGreaterThanOrEqual(12);
      expect(Number((await sql('select count(distinct model_id) as n from model_prices'))[0]!.n)).toBeGreaterThanOrEqual(12);
      // Demo jobs wait for the workers, one per class a customer or the owner would use.
      const jobs = await sql('select capacity_class, status from jobs order by capacity_class');
      expect(jobs.map((j) => j.capacity_class)).toEqual(['INTERNAL', 'RESERVED', 'ON_DEMAND', 'SPOT']);
      expect(new Set(jobs.map((j) => j.status))).toEqual(new Set(['PENDING']));
      expect(await seedDemo(orm.em.fork(), secrets)).toBe(false);
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});
