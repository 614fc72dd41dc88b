import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, makeCluster, makePool, type Fleet } from '../support/fleet';
import { reserveCapacity } from '../../server/src/modules/inventory/capacity.service';
import { updateNodePool } from '../../server/src/modules/inventory/inventory.service';
import { CapacityAllocation } from '../../server/src/modules/inventory/capacity-allocation.entity';
import { CapacityClass, NodeState } from '../../server/src/modules/inventory/inventory.enums';
import { ClusterNode } from '../../server/src/modules/inventory/cluster-node.entity';
import { capacityRuleViolation } from '../../server/src/modules/inventory/capacity.math';
import { newId } from '../../server/src/lib/ids';

let app: TestApp;
let world: World;
let fleet: Fleet;
const op = () => ({ bearer: world.tokens.operator });
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

interface Figures {
  totalGpus: number;
  availableGpus: number;
  internalFloorGpus: number;
  committedGpus: number;
  allocated: { internal: number; reserved: number; onDemand: number; spot: number };
  headroomGpus: number;
  notes: string[];
}
const LEDGER = `query($g: CapacityGrouping!, $cluster: ID) {
  capacityLedger(groupBy: $g, clusterId: $cluster) {
    rows { key label pool { id } figures { totalGpus availableGpus internalFloorGpus committedGpus allocated { internal reserved onDemand spot } headroomGpus notes } }
    totals { totalGpus headroomGpus }
  }
}`;

async function ledger(groupBy: string, cluster = fleet.cluster.id) {
  const res = await app.gql<{
    capacityLedger: { rows: { key: string; label: string; pool: { id: string } | null; figures: Figures }[]; totals: Figures };
  }>(LEDGER, { g: groupBy, cluster }, op());
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.capacityLedger;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork()); // a pool of 4 nodes × 8 GPUs, floor 8
});
afterAll(() => app.close());

describe('capacity ledger', () => {
  it('shows total, floor, committed, allocated by class and headroom from the database', async () => {
    const em = app.orm.em.fork();
    await em.transactional((tx) =>
      reserveCapacity(tx, {
        poolId: fleet.pool.id,
        gpus: 8,
        startsAt: days(-1),
        endsAt: days(30),
        organizationId: world.orgA.id,
        source: 'commitment:test-1',
      }),
    );
    const node = await em.findOneOrFail(ClusterNode, { pool: fleet.pool.id }, { orderBy: { name: 'asc' } });
    node.state = NodeState.DRAINED;
    em.persist(
      em.create(CapacityAllocation, {
        id: newId('allocation'),
        pool: fleet.pool.id,
        capacityClass: CapacityClass.SPOT,
        gpus: 4,
        source: 'job:test-spot',
      }),
    );
    em.persist(
      em.create(CapacityAllocation, {
        id: newId('allocation'),
        pool: fleet.pool.id,
        capacityClass: CapacityClass.ON_DEMAND,
        gpus: 2,
        source: 'job:test-od',
      }),
    );
    await em.flush();

    const { rows } = await ledger('POOL');
    const figures = rows.find((r) => r.pool?.id === fleet.pool.id)!.figures;
    // 32 GPUs, 8 on a drained node: 24 up − 8 floor − 8 committed − 2 on-demand − 4 spot = 2
    expect(figures).toMatchObject({
      totalGpus: 32,
      availableGpus: 24,
      internalFloorGpus: 8,
      committedGpus: 8,
      allocated: { internal: 0, reserved: 0, onDemand: 2, spot: 4 },
      headroomGpus: 2,
      notes: ['8 GPUs are on drained or down nodes'],
    });
  });

  it('rolls up per cluster, region and GPU type', async () => {
    const em = app.orm.em.fork();
    await makePool(em, fleet.cluster, fleet.gpuType, { nodes: 2, floor: 0 });
    await em.flush();
    const pools = await ledger('POOL');
    for (const grouping of ['CLUSTER', 'REGION', 'GPU_TYPE']) {
      const { rows } = await ledger(grouping);
      expect(rows, grouping).toHaveLength(1);
      expect(rows[0]!.figures.totalGpus).toBe(pools.totals.totalGpus);
      expect(rows[0]!.figures.headroomGpus).toBe(pools.totals.headroomGpus);
    }
    expect(pools.totals.totalGpus).toBe(48);
  });

  it('sells nothing from an unreachable cluster, and says why', async () => {
    const checked = await app.gql<{ updateCluster: { health: string } }>(
      'mutation($i: UpdateClusterInput!) { updateCluster(input: $i) { health } }',
      { i: { id: fleet.cluster.id, connection: { simulatedHealth: 'UNREACHABLE' } } },
      op(),
    );
    expect(checked.data?.updateCluster.health).toBe('UNREACHABLE');
    try {
      const { rows, totals } = await ledger('POOL');
      expect(totals.headroomGpus).toBe(0);
      expect(rows.every((r) => r.figures.availableGpus === 0 && r.figures.notes[0]!.includes('unreachable'))).toBe(true);
    } finally {
      await app.gql(
        'mutation($i: UpdateClusterInput!) { updateCluster(input: $i) { health } }',
        { i: { id: fleet.cluster.id, connection: {} } },
        op(),
      );
    }
    expect((await ledger('CLUSTER')).totals.headroomGpus).toBeGreaterThan(0);
  });

  it('refuses a floor that no longer fits beside the commitments, with the numbers', async () => {
    // 32 GPUs, 8 committed: a floor of 25 leaves 7 < 8.
    const res = await app.gql(
      'mutation($i: UpdateNodePoolInput!) { updateNodePool(input: $i) { id } }',
      { i: { id: fleet.pool.id, internalFloorGpus: 25 } },
      op(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.internalFloorGpus',
      totalGpus: 32,
      internalFloorGpus: 25,
      peakCommittedGpus: 8,
      shortfallGpus: 1,
    });
    expect(res.errors?.[0]?.message).toMatch(/floor 25 \+ committed 8 > total 32/);
  });

  it('forecasts day by day from the commitments’ dates', async () => {
    const em = app.orm.em.fork();
    await em.transactional((tx) =>
      reserveCapacity(tx, {
        poolId: fleet.pool.id,
        gpus: 4,
        startsAt: days(2),
        endsAt: days(4),
        organizationId: null,
        source: 'commitment:test-2',
      }),
    );
    const res = await app.gql<{ capacityForecast: { pool: { id: string }; days: { committedGpus: number; headroomGpus: number }[] }[] }>(
      'query($c: ID) { capacityForecast(days: 7, clusterId: $c) { pool { id } days { committedGpus headroomGpus } } }',
      { c: fleet.cluster.id },
      op(),
    );
    const row = res.data!.capacityForecast.find((r) => r.pool.id === fleet.pool.id)!;
    expect(row.days).toHaveLength(7);
    expect(row.days[0]!.committedGpus).toBe(8);
    expect(row.days[3]!.committedGpus).toBe(12);
    expect(row.days[3]!.headroomGpus).toBe(32 - 8 - 12);
    const tooFar = await app.gql('{ capacityForecast(days: 91) { label } }', {}, op());
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});

describe('pool capacity in lists', () => {
  it('computes every listed pool’s figures in one batch: as many statements for 8 pools as for 2', async () => {
    const em = app.orm.em.fork();
    const small = await makeCluster(em, fleet.region);
    const large = await makeCluster(em, fleet.region);
    for (let i = 0; i < 2; i++) await makePool(em, small, fleet.gpuType, { nodes: 1, floor: 0 });
    for (let i = 0; i < 8; i++) await makePool(em, large, fleet.gpuType, { nodes: 1, floor: 0 });
    await em.flush();
    const query = 'query($id: ID!) { cluster(id: $id) { nodePools(first: 20) { nodes { id capacity { totalGpus headroomGpus } } } } }';
    const count = async (id: string) => {
      app.queries.length = 0;
      const res = await app.gql<{ cluster: { nodePools: { nodes: { capacity: { totalGpus: number; headroomGpus: number } }[] } } }>(
        query,
        { id },
        op(),
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data!.cluster.nodePools.nodes.every((p) => p.capacity.totalGpus === 8 && p.capacity.headroomGpus === 8)).toBe(true);
      return { statements: app.queries.length, pools: res.data!.cluster.nodePools.nodes.length };
    };
    const a = await count(small.id);
    const b = await count(large.id);
    expect([a.pools, b.pools]).toEqual([2, 8]);
    expect(b.statements).toBe(a.statements);
  });
});

describe('capacity under concurrency', () => {
  it('never lets racing reservations and floor raises break floor + commitments ≤ total', async () => {
    const em = app.orm.em.fork();
    const pool = await makePool(em, fleet.cluster, fleet.gpuType, { nodes: 8, floor: 16 }); // 64 GPUs
    await em.flush();
    const attempts = [
      ...Array.from(
        { length: 16 },
        (_, i) => () =>
          app.orm.em.fork().transactional((tx) =>
            reserveCapacity(tx, {
              poolId: pool.id,
              gpus: 6,
              startsAt: days(0),
              endsAt: days(10 + i),
              organizationId: null,
              source: `commitment:race-${i}`,
            }),
          ),
      ),
      ...[20, 24, 28, 32].map(
        (floor) => () => app.orm.em.fork().transactional((tx) => updateNodePool(tx, pool.id, { internalFloorGpus: floor })),
      ),
    ];
    const results = await Promise.allSettled(attempts.map((attempt) => attempt()));
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(String((r as PromiseRejectedResult).reason?.extensions?.code)).toMatch(/CAPACITY_UNAVAILABLE|CONFLICT/);

    const check = app.orm.em.fork();
    const after = await check
      .getConnection()
      .execute<{ floor: number; total: number }[]>(
        'select internal_floor_gpus as floor, gpus_per_node * node_count as total from node_pools where id = ?',
        [pool.id],
      );
    const reservations = await check
      .getConnection()
      .execute<{ gpus: number; starts_at: Date; ends_at: Date }[]>(
        'select gpus, starts_at, ends_at from capacity_reservations where pool_id = ?',
        [pool.id],
      );
    const violation = capacityRuleViolation(
      {
        totalGpus: after[0]!.total,
        internalFloorGpus: after[0]!.floor,
        reservations: reservations.map((r) => ({ gpus: r.gpus, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) })),
      },
      new Date(Date.now() - 60_000),
    );
    expect(violation).toBeUndefined();
    // And the pool is filled as far as the rule allows: no room for one more 6-GPU reservation.
    const committed = reservations.reduce((sum, r) => sum + r.gpus, 0);
    expect(after[0]!.floor + committed).toBeGreaterThan(64 - 6);
  });
});
