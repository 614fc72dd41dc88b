import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeCluster, makeGpuType, makeRegion } from '../support/fleet';
import { jobInput, priceFleet, readJob, submit, waitForStatus, startJobWorkers } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { CapacityAllocation } from '../../server/src/modules/inventory/capacity-allocation.entity';
import { ClusterNode } from '../../server/src/modules/inventory/cluster-node.entity';

/**
 * CPU and memory through the real scheduler: an operator sizes a simulated pool's nodes, jobs ask
 * for CPU (or get their GPUs' share), a job whose CPU does not fit beside free GPUs waits saying
 * so, and a node's CPU and memory come back when the job holding them ends.
 */

let app: TestApp;
let world: World;
let workers: RunningWorkers;
let gpuType: GpuType;
let poolId: string;

const NODE_FIELDS = 'name gpus allocatedGpus vcpus allocatedVcpus memoryGib allocatedMemoryGib';
type NodeView = {
  name: string;
  gpus: number;
  allocatedGpus: number;
  vcpus: number | null;
  allocatedVcpus: number;
  memoryGib: number | null;
  allocatedMemoryGib: number;
};

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  workers = await startJobWorkers(app);
  const em = app.orm.em.fork();
  const region = await makeRegion(em);
  gpuType = await makeGpuType(em);
  const cluster = await makeCluster(em, region);
  await em.flush();
  await priceFleet(em, { region, gpuType });
  // One node of 8 GPUs, 16 vCPUs and 64 GiB: a GPU's share is 2 vCPUs and 8 GiB.
  const res = await app.gql<{
    createNodePool: { id: string; vcpusPerNode: number; memoryGibPerNode: number; nodes: { nodes: NodeView[] } };
  }>(
    `mutation($i: CreateNodePoolInput!) { createNodePool(input: $i) { id vcpusPerNode memoryGibPerNode nodes(first: 5) { nodes { ${NODE_FIELDS} } } } }`,
    {
      i: {
        clusterId: cluster.id,
        gpuTypeId: gpuType.id,
        name: 'sized',
        gpusPerNode: 8,
        nodeCount: 1,
        internalFloorGpus: 0,
        vcpusPerNode: 16,
        memoryGibPerNode: 64,
      },
    },
    { bearer: world.tokens.operator },
  );
  expect(res.errors).toBeUndefined();
  poolId = res.data!.createNodePool.id;
  expect(res.data!.createNodePool).toMatchObject({ vcpusPerNode: 16, memoryGibPerNode: 64 });
  expect(res.data!.createNodePool.nodes.nodes).toEqual([
    expect.objectContaining({ vcpus: 16, allocatedVcpus: 0, memoryGib: 64, allocatedMemoryGib: 0 }),
  ]);
});
afterAll(async () => {
  await workers.close();
  await app.close();
});

const cancel = async (id: string) => {
  const res = await app.gql<{ cancelJob: { status: string } }>(
    `mutation($id: ID!) { cancelJob(id: $id) { status } }`,
    { id },
    { bearer: world.tokens.member },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.cancelJob.status).toBe('CANCELLED');
};

const node = async () => {
  const res = await app.gql<{ nodePool: { nodes: { nodes: NodeView[] } } }>(
    `query($id: ID!) { nodePool(id: $id) { nodes(first: 5) { nodes { ${NODE_FIELDS} } } } }`,
    { id: poolId },
    { bearer: world.tokens.operator },
  );
  return res.data!.nodePool.nodes.nodes[0]!;
};

const input = (overrides: Record<string, unknown>) => jobInput(world.projectA.id, gpuType.id, { gpusPerNode: 2, ...overrides });

describe('jobs with CPU and memory on a sized simulated pool', () => {
  it('refuses CPU or memory that no node offers, or that is not a number of vCPUs, naming the field', async () => {
    const tooMuch = await submit(app, world.tokens.member, input({ vcpusPerNode: 17 }));
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.vcpusPerNode' });
    expect(tooMuch.errors?.[0]?.message).toMatch(/more than 16 vCPUs per node \(17 vCPUs asked\)/);
    const negative = await submit(app, world.tokens.member, input({ memoryGibPerNode: -1 }));
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memoryGibPerNode' });
    const finer = await submit(app, world.tokens.member, input({ vcpusPerNode: 0.0001 }));
    expect(finer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.vcpusPerNode' });
  });

  it('counts CPU and memory in the idempotency payload', async () => {
    const key = `cpu-${world.tag}`;
    const first = await submit(app, world.tokens.member, input({ capacityClass: 'SPOT', vcpusPerNode: 2, idempotencyKey: key }));
    expect(first.errors).toBeUndefined();
    const same = await submit(app, world.tokens.member, input({ capacityClass: 'SPOT', vcpusPerNode: 2, idempotencyKey: key }));
    expect(same.data!.submitJob).toMatchObject({ created: false, job: { id: first.data!.submitJob.job.id } });
    const other = await submit(app, world.tokens.member, input({ capacityClass: 'SPOT', vcpusPerNode: 3, idempotencyKey: key }));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
    // Cancelled once running, to leave the node empty for the next test.
    await waitForStatus(app, world.tokens.member, first.data!.submitJob.job.id, ['RUNNING']);
    await cancel(first.data!.submitJob.job.id);
  });

  it('makes a job wait for CPU beside free GPUs, and gives the node its CPU and memory back when the holder ends', async () => {
    // 2 GPUs with 12 vCPUs and the GPUs' share of memory (2 × 8 GiB): 6 GPUs stay free, 4 vCPUs.
    const holder = (await submit(app, world.tokens.member, input({ vcpusPerNode: 12 }))).data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.member, holder, ['RUNNING']);
    expect(await node()).toMatchObject({ allocatedGpus: 2, allocatedVcpus: 12, allocatedMemoryGib: 16 });
    const em = app.orm.em.fork();
    expect((await em.find(CapacityAllocation, { jobId: holder })).map((a) => [a.gpus, a.cpuMilli, a.memoryMib])).toEqual([
      [2, 12_000, 16_384],
    ]);

    const waiter = (await submit(app, world.tokens.member, input({ vcpusPerNode: 8 }))).data!.submitJob.job.id;
    const end = Date.now() + 15_000;
    let waiting = await readJob(app, world.tokens.member, waiter);
    while (waiting.reason !== 'CPU' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      waiting = await readJob(app, world.tokens.member, waiter);
    }
    expect(waiting.status).toBe('PENDING');
    expect(waiting.reason, waiting.statusMessage).toBe('CPU');
    expect(waiting.statusMessage).toMatch(/has 1 node with 2 free .* GPUs but 0 of them with 8 vCPUs free beside them/);

    await cancel(holder);
    const placed = await waitForStatus(app, world.tokens.member, waiter, ['RUNNING']);
    expect(placed.nodeNames).toHaveLength(1);
    // The holder's 12 vCPUs and 16 GiB are back; the waiter holds its 8 vCPUs and its GPUs' 16 GiB.
    expect(await node()).toMatchObject({ allocatedGpus: 2, allocatedVcpus: 8, allocatedMemoryGib: 16 });
    await cancel(waiter);
    const after = app.orm.em.fork();
    expect(await after.findOneOrFail(ClusterNode, { pool: poolId })).toMatchObject({
      allocatedGpus: 0,
      allocatedCpuMilli: 0,
      allocatedMemoryMib: 0,
    });
  });

  it('lets an operator resize the nodes (null: no longer counted), refusing a size that is not more than 0', async () => {
    const update = (i: Record<string, unknown>) =>
      app.gql<{ updateNodePool: { vcpusPerNode: number | null; memoryGibPerNode: number | null; nodes: { nodes: NodeView[] } } }>(
        `mutation($i: UpdateNodePoolInput!) { updateNodePool(input: $i) { vcpusPerNode memoryGibPerNode nodes(first: 5) { nodes { ${NODE_FIELDS} } } } }`,
        { i: { id: poolId, ...i } },
        { bearer: world.tokens.operator },
      );
    const zero = await update({ vcpusPerNode: 0 });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.vcpusPerNode' });
    const bigger = await update({ vcpusPerNode: 32.5 });
    expect(bigger.data!.updateNodePool).toMatchObject({ vcpusPerNode: 32.5, memoryGibPerNode: 64 });
    expect(bigger.data!.updateNodePool.nodes.nodes[0]).toMatchObject({ vcpus: 32.5, memoryGib: 64 });
    const uncounted = await update({ memoryGibPerNode: null });
    expect(uncounted.data!.updateNodePool).toMatchObject({ vcpusPerNode: 32.5, memoryGibPerNode: null });
    expect(uncounted.data!.updateNodePool.nodes.nodes[0]).toMatchObject({ memoryGib: null });
  });
});
