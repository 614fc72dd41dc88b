import { describe, expect, it } from 'vitest';
import { CapacityClass } from '../modules/inventory/inventory.enums';
import { JobReason } from '../modules/jobs/jobs.enums';
import { schedule, type PlaceDecision, type WaitDecision } from './schedule';
import { perNodeAsk, resourceShortfall } from './per-node-ask';
import type { FreeNode } from './node-placement';
import type { PoolState } from './world';
import { ask, org, pool, running, world } from './world.fixture';

const VCPUS = 96_000;
const GIB = 1024;
const MEMORY = 1024 * GIB;

/** A pool of 8-GPU nodes with 96 vCPUs and 1 TiB each; `free` gives each node's free GPUs, CPU and memory (default: all). */
function sizedPool(id: string, free: Partial<FreeNode>[]): PoolState {
  return pool({
    id,
    nodeCount: free.length,
    cpuMilliPerNode: VCPUS,
    memoryMibPerNode: MEMORY,
    nodes: free.map((f, i) => ({
      id: `${id}-n${i}`,
      gpus: 8,
      freeGpus: 8,
      cpuMilli: VCPUS,
      freeCpuMilli: VCPUS,
      memoryMib: MEMORY,
      freeMemoryMib: MEMORY,
      ...f,
    })),
  });
}

describe('placement with CPU and memory', () => {
  it('gives a job that asks no CPU or memory its GPUs’ share of the pool’s node, and holds it on the node', () => {
    const p = sizedPool('p', [{}]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 2 })]) as PlaceDecision[];
    expect(d!.kind).toBe('place');
    expect(d!.nodeGpus).toEqual([{ nodeId: 'p-n0', gpus: 2, cpuMilli: 24_000, memoryMib: 256 * GIB }]);
    expect(p.nodes![0]).toMatchObject({ freeGpus: 6, freeCpuMilli: 72_000, freeMemoryMib: 768 * GIB });
  });

  it('keeps what the job asked for over the share, and gives no share in a pool that does not count CPU or memory', () => {
    const sized = { gpusPerNode: 8, cpuMilliPerNode: VCPUS, memoryMibPerNode: MEMORY };
    expect(perNodeAsk({ gpusPerNode: 1, nodeCount: 2, cpuMilliPerNode: 40_000, memoryMibPerNode: null }, sized)).toEqual({
      gpusPerNode: 1,
      nodes: 2,
      cpuMilliPerNode: 40_000,
      memoryMibPerNode: 128 * GIB,
    });
    expect(perNodeAsk({ gpusPerNode: 3, nodeCount: 1 }, { gpusPerNode: 8 })).toEqual({ gpusPerNode: 3, nodes: 1 });
  });

  it('does not choose a node whose CPU is taken, even where GPU best fit would', () => {
    // n0 has the fewest free GPUs (best fit's choice) but no CPU left beside them.
    const p = sizedPool('p', [{ freeGpus: 2, freeCpuMilli: 0 }, {}]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 1 })]) as PlaceDecision[];
    expect(d!.kind).toBe('place');
    expect(d!.nodeGpus.map((n) => n.nodeId)).toEqual(['p-n1']);
  });

  it('makes a job wait with the CPU reason when the GPUs are free but not the CPU beside them', () => {
    const p = sizedPool('p', [{ freeCpuMilli: 30_000 }, { freeGpus: 4, freeCpuMilli: 50_000 }]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 4, cpuMilliPerNode: 64_000 })]) as WaitDecision[];
    expect(d).toMatchObject({ kind: 'wait', reason: JobReason.CPU });
    expect(d!.message).toBe(
      'waiting: c/p has 2 nodes with 4 free H100-80GB GPUs but 0 of them with 64 vCPUs free beside them, 1 needed, even preempting SPOT work',
    );
    expect(d!.explanation.candidates[0]).toMatchObject({ outcome: 'REFUSED', reason: JobReason.CPU });
  });

  it('names memory when the GPUs and CPU are free but not the memory', () => {
    const p = sizedPool('p', [{ freeMemoryMib: 100 * GIB }]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 8 })]) as WaitDecision[];
    expect(d).toMatchObject({ kind: 'wait', reason: JobReason.MEMORY });
    expect(d!.message).toMatch(/but 0 of them with 1024 GiB of memory free beside them/);
  });

  it('says GPUs, not CPU, when the GPUs are what is missing', () => {
    const nodes: FreeNode[] = [{ id: 'a', gpus: 8, freeGpus: 1, freeCpuMilli: 0 }];
    expect(resourceShortfall(nodes, { gpusPerNode: 2, nodes: 1, cpuMilliPerNode: 1000 })).toBeNull();
    const p = sizedPool('p', [{ freeGpus: 1 }]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 2 })]) as WaitDecision[];
    expect(d).toMatchObject({ kind: 'wait', reason: JobReason.CAPACITY });
  });

  it('rejects a job asking more CPU on a node than any node of the pool has', () => {
    const p = sizedPool('p', [{}]);
    const [d] = schedule(world([p], [org()]), [ask({ gpusPerNode: 1, cpuMilliPerNode: 128_000 })]) as WaitDecision[];
    expect(d).toMatchObject({ kind: 'reject', reason: JobReason.NO_POOL });
    expect(d!.message).toMatch(/with 1 GPUs and 128 vCPUs each$/);
  });

  it('preempts SPOT work for the CPU it holds, not only its GPUs', () => {
    const p = sizedPool('p', [{}]);
    // SPOT holds 1 GPU and 90 vCPUs: 7 GPUs stay free, but only 6 vCPUs.
    const spot = running(p, {
      id: 'job_spot',
      capacityClass: CapacityClass.SPOT,
      gpus: 1,
      nodeIds: ['p-n0'],
      nodeGpus: [{ nodeId: 'p-n0', gpus: 1, cpuMilli: 90_000 }],
    });
    p.nodes![0]!.freeCpuMilli = 6_000;
    const decisions = schedule(world([p], [org()], [spot]), [ask({ gpusPerNode: 4 })]);
    expect(decisions.map((d) => `${d.kind}:${d.jobId}`)).toEqual(['preempt:job_spot', expect.stringMatching(/^place:/)]);
  });
});

describe('the node policy of a pool', () => {
  it('keeps room for the shapes of the pool’s recent work, and uses the default mix when it has none', () => {
    // One GPU to place: a node with 3 free or one with 2 free. Recent work all asked 2 GPUs, so
    // the learned mix keeps the 2 whole; the default mix (every size) leaves the 3.
    const nodes = (): FreeNode[] => [
      { id: 'three', gpus: 8, freeGpus: 3 },
      { id: 'two', gpus: 8, freeGpus: 2 },
    ];
    const learned = pool({ id: 'p', nodes: nodes(), recentShapes: [{ gpus: 2, weight: 50 }] });
    const [d] = schedule(world([learned], [org()]), [ask({ gpusPerNode: 1 })]) as PlaceDecision[];
    expect(d!.nodeGpus[0]!.nodeId).toBe('three');
    const fresh = pool({ id: 'p', nodes: nodes() });
    const [e] = schedule(world([fresh], [org()]), [ask({ gpusPerNode: 1 })]) as PlaceDecision[];
    expect(e!.nodeGpus[0]!.nodeId).toBe('two');
  });
});
