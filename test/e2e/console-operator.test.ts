import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildFleet, type Fleet } from '../support/fleet';
import { newId } from '../../server/src/lib/ids';
import { reserveCapacity } from '../../server/src/modules/inventory/capacity.service';
import { createCluster, createGpuType, createNodePool, createRegion } from '../../server/src/modules/inventory/inventory.service';
import { CapacityAllocation } from '../../server/src/modules/inventory/capacity-allocation.entity';
import { ClusterNode } from '../../server/src/modules/inventory/cluster-node.entity';
import { Cluster } from '../../server/src/modules/inventory/cluster.entity';
import {
  CapacityClass,
  ClusterHealth,
  DriverKind,
  GpuVendor,
  Interconnect,
  Jurisdiction,
  NodeState,
} from '../../server/src/modules/inventory/inventory.enums';
import type { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { h1, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * The operator's pages in the browser: the fleet, a cluster ("Check now"), a pool (its floor,
 * refused with the numbers when commitments would not fit) and the capacity picture.
 */

const DAY = 86_400_000;
let fleet: Fleet;
const pools: NodePool[] = [];
let unreachable: Cluster;

function allocate(em: EntityManager, pool: NodePool, capacityClass: CapacityClass, gpus: number) {
  em.persist(
    em.create(CapacityAllocation, {
      id: newId('allocation'),
      pool: pool.id,
      capacityClass,
      gpus,
      source: `job:e2e-${newId('allocation')}`,
    }),
  );
}

/**
 * buildFleet's pool (32 GPUs, floor 8) with 8 committed for a month and 8 more from day 5, some
 * on-demand and spot work; a second region with an H100 pool (a drained node) and an MI300X pool
 * in a cluster that cannot be reached.
 */
async function seedFleet(em: EntityManager): Promise<void> {
  fleet = await buildFleet(em);
  pools.push(fleet.pool);
  const now = Date.now();
  await em.transactional(async (tx) => {
    await reserveCapacity(tx, {
      poolId: fleet.pool.id,
      gpus: 8,
      startsAt: new Date(now - DAY),
      endsAt: new Date(now + 30 * DAY),
      organizationId: null,
      source: 'commitment:e2e-1',
    });
    await reserveCapacity(tx, {
      poolId: fleet.pool.id,
      gpus: 8,
      startsAt: new Date(now + 5 * DAY),
      endsAt: new Date(now + 9 * DAY),
      organizationId: null,
      source: 'commitment:e2e-2',
    });
  });
  allocate(em, fleet.pool, CapacityClass.ON_DEMAND, 4);
  allocate(em, fleet.pool, CapacityClass.SPOT, 6);

  const usEast = await createRegion(em, { code: 'us-east', name: 'US East (Virginia)', jurisdiction: Jurisdiction.US });
  const h100 = await createGpuType(em, { code: 'H100-80GB', vendor: GpuVendor.NVIDIA, memoryGb: 80, interconnect: Interconnect.NVLINK });
  const mi300 = await createGpuType(em, {
    code: 'MI300X-192GB',
    vendor: GpuVendor.AMD,
    memoryGb: 192,
    interconnect: Interconnect.INFINITY_FABRIC,
  });
  await em.flush();
  const iad = await createCluster(em, {
    region: usEast,
    name: 'iad-1',
    driver: DriverKind.SIMULATED,
    settings: {},
    secretsCiphertext: null,
  });
  unreachable = await createCluster(em, {
    region: usEast,
    name: 'iad-2',
    driver: DriverKind.SIMULATED,
    settings: {},
    secretsCiphertext: null,
  });
  const pool = (cluster: Cluster, name: string, gpuType: typeof h100, nodeCount: number, floor: number) =>
    createNodePool(em, {
      cluster,
      gpuType,
      name,
      gpusPerNode: 8,
      nodeCount,
      internalFloorGpus: floor,
      onDemandReclaimable: true,
      reclaimNoticeSeconds: 1800,
    });
  const h100a = await pool(iad, 'h100-a', h100, 12, 32);
  const h100b = await pool(iad, 'h100-b', fleet.gpuType, 4, 0);
  const mi = await pool(unreachable, 'mi300x-a', mi300, 6, 16);
  await em.flush();
  pools.push(h100a, h100b, mi);
  allocate(em, h100a, CapacityClass.INTERNAL, 24);
  allocate(em, h100a, CapacityClass.ON_DEMAND, 16);
  allocate(em, h100a, CapacityClass.SPOT, 20);
  allocate(em, h100b, CapacityClass.SPOT, 8);
  const node = await em.findOneOrFail(ClusterNode, { pool: h100a.id }, { orderBy: { name: 'asc' } });
  node.state = NodeState.DRAINED;
  unreachable.health = ClusterHealth.UNREACHABLE;
  unreachable.healthMessage = 'connection refused (127.0.0.1:1)';
  await em.flush();
}

const suite = useConsoleSuite({ seed: (app) => seedFleet(app.orm.em.fork()) });

describe('operator pages', () => {
  it('shows the operator the capacity of every pool as a bar, a heat map and a forecast', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.operator.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Capacity' }).click();
    await page.waitForURL('**/capacity');
    await h1(page, 'Capacity').waitFor();

    // One bar per active pool, labelled with its figures.
    const bars = page.getByRole('img', { name: /GPUs\. Internal floor/ });
    await bars.first().waitFor();
    expect(await bars.count()).toBe(pools.length);
    const first = page.getByRole('img', { name: new RegExp(`^${fleet.cluster.name}/${fleet.pool.name}: 32 GPUs`) });
    expect(await first.getAttribute('aria-label')).toBe(
      `${fleet.cluster.name}/${fleet.pool.name}: 32 GPUs. Internal floor 8, Committed 8, On-demand 4, Spot 6, Headroom 6, Unavailable 0.`,
    );
    // Numbers on keyboard focus.
    await first.focus();
    const tip = page.getByRole('tooltip').filter({ hasText: `${fleet.cluster.name}/${fleet.pool.name}` });
    await tip.waitFor();
    expect(await tip.innerText()).toContain('Headroom');
    // The unreachable cluster's pool is all unavailable, and says why.
    await page.getByText('cluster iad-2 is unreachable (connection refused (127.0.0.1:1)): its capacity is not sold').waitFor();
    await page.getByText('8 GPUs are on drained or down nodes').waitFor();

    // The heat map: regions × GPU types, headroom summed.
    const heat = page.getByRole('table', { name: /Sellable GPUs by region/ });
    await heat.getByRole('rowheader', { name: 'us-east' }).waitFor();
    await heat.getByRole('rowheader', { name: fleet.region.code }).waitFor();
    await heat.getByRole('columnheader', { name: 'H100-80GB' }).waitFor();
    await heat.getByRole('columnheader', { name: 'MI300X-192GB' }).waitFor();
    expect(await heat.locator('td.heat__cell').count()).toBe(2 * 3);

    // The table of figures and the 14-day forecast.
    await page.getByRole('table', { name: 'Capacity by pool, in GPUs' }).getByRole('rowheader', { name: 'All pools' }).waitFor();
    const forecast = page.getByRole('table', { name: /Sellable GPUs per pool and day/ });
    expect(await forecast.locator('thead th').count()).toBe(15);
    // The picture without a tooltip in the way.
    await first.blur();
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    await shot(page, 'capacity');
    await shotNarrow(page, 'capacity-narrow', () => h1(page, 'Capacity').waitFor());
  });

  it('walks the fleet to a cluster (check now) and a pool, whose floor is refused with the numbers when it would not fit', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.operator.email);
    await page.goto('/fleet');
    await h1(page, 'Fleet').waitFor();
    const clusters = page.getByRole('table').first();
    await clusters.getByRole('row', { name: /iad-2/ }).getByText('Unreachable').waitFor();
    await clusters
      .getByRole('row', { name: /iad-1/ })
      .getByText('Unknown')
      .or(clusters.getByRole('row', { name: /iad-1/ }).getByText('Healthy'))
      .first()
      .waitFor();
    await shot(page, 'fleet');

    // The cluster: check it now.
    await clusters.getByRole('link', { name: fleet.cluster.name }).click();
    await page.waitForURL(`**/clusters/${fleet.cluster.id}`);
    await h1(page, fleet.cluster.name).waitFor();
    await page.getByRole('button', { name: 'Check now' }).click();
    await page
      .getByRole('status')
      .getByText(/^Checked at .*: healthy/)
      .waitFor();
    await shot(page, 'cluster');

    // The pool: its figures and its floor.
    await page.getByRole('link', { name: fleet.pool.name, exact: true }).click();
    await page.waitForURL(`**/pools/${fleet.pool.id}`);
    await h1(page, `${fleet.cluster.name}/${fleet.pool.name}`).waitFor();
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    const floor = page.getByLabel('Internal floor (GPUs)');
    expect(await floor.inputValue()).toBe('8');

    // Checked before sending.
    await floor.fill('33');
    await page.getByRole('button', { name: 'Save floor' }).click();
    await page.getByText('The pool has 32 GPUs: the floor cannot be larger.').waitFor();

    // 32 GPUs with 16 committed at the peak: a floor of 20 does not fit. The server says so, with the numbers.
    await floor.fill('20');
    await page.getByRole('button', { name: 'Save floor' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The floor does not fit beside the commitments' });
    await refusal.getByText(/floor 20 \+ committed 16 > total 32 GPUs \(short by 4\)/).waitFor();
    await refusal.getByText(/^req_/).waitFor();
    expect(await floor.inputValue()).toBe('20');
    await shot(page, 'pool-floor-refused');

    await floor.fill('12');
    await page.getByRole('button', { name: 'Save floor' }).click();
    await page.getByText('Floor set to 12 GPUs.').waitFor();
    await page.getByRole('img', { name: /: 32 GPUs\. Internal floor 12,/ }).waitFor();

    // The nodes' size: checked before sending, then shown for the pool and with each node.
    await page.getByLabel('vCPUs per node').fill('96');
    await page.getByLabel('Memory per node (GiB)').fill('lots');
    await page.getByRole('button', { name: 'Save node size' }).click();
    await page.getByText(/^Enter a number of GiB/).waitFor();
    await page.getByLabel('Memory per node (GiB)').fill('1024');
    await page.getByRole('button', { name: 'Save node size' }).click();
    await page.getByText('Node size saved.').waitFor();
    await page.getByText('8 GPUs · 96 vCPUs · 1024 GiB').waitFor();
    await page.getByRole('cell', { name: '0 of 96' }).first().waitFor();
    await shot(page, 'pool');
    await shotNarrow(page, 'pool-narrow', () => h1(page, `${fleet.cluster.name}/${fleet.pool.name}`).waitFor());
  });

  it('gives account managers the fleet to read, without its controls', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.accountManager.email);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Fleet' }).click();
    await h1(page, 'Fleet').waitFor();
    await page.goto(`/clusters/${fleet.cluster.id}`);
    await h1(page, fleet.cluster.name).waitFor();
    expect(await page.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    await page.goto(`/pools/${fleet.pool.id}`);
    await page.getByRole('heading', { name: 'Capacity now' }).waitFor();
    expect(await page.getByLabel('Internal floor (GPUs)').count()).toBe(0);
  });

  it('says so when a page cannot be loaded, and recovers on the next page', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.operator.email);
    // As after a release replaced the files: the fleet page's code is gone.
    await page.route('**/assets/fleet-*.js', (route) => route.abort());
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Fleet' }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'This page could not be shown' }).waitFor();
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    await nav.getByRole('link', { name: 'Capacity' }).click();
    await h1(page, 'Capacity').waitFor();
    // The console logs what failed; that is not an uncaught error.
    suite.pageErrors.length = 0;
  });

  it('keeps customers out of the fleet', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.owner.email);
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Capacity' }).count()).toBe(0);
    await page.goto('/capacity');
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Access denied' }).waitFor();
    await alert.getByText('Missing permission platform:inventory:read.').waitFor();
    await shot(page, 'capacity-forbidden');
  });
});
