import { describe, expect, it } from 'vitest';
import { headroomFit } from './node-placement';
import { learnedHeadroomFit, learnedPolicy, RecentShapes } from './learned-mix';

describe('the learned request mix', () => {
  it('keeps the shapes of the last `window` asks only, weighted by nodes', () => {
    const recent = new RecentShapes(3);
    recent.add({ gpusPerNode: 8, nodes: 2 });
    recent.add({ gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 4000 });
    recent.add({ gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 4000 });
    expect(recent.shapes()).toEqual([
      { gpus: 8, cpuMilli: 0, memoryMib: 0, weight: 2 },
      { gpus: 1, cpuMilli: 4000, memoryMib: 0, weight: 2 },
    ]);
    recent.add({ gpusPerNode: 2, nodes: 1 });
    expect(recent.shapes()).toEqual([
      { gpus: 1, cpuMilli: 4000, memoryMib: 0, weight: 2 },
      { gpus: 2, cpuMilli: 0, memoryMib: 0, weight: 1 },
    ]);
  });

  it('falls back to the default mix without any recent work', () => {
    expect(learnedPolicy([])).toBe(headroomFit);
    expect(learnedPolicy([{ gpus: 2, weight: 1 }])).not.toBe(headroomFit);
  });

  it('learns from the asks it is told of, rebuilt every `every` asks', () => {
    const nodes = [
      { id: 'three', gpus: 8, freeGpus: 3 },
      { id: 'two', gpus: 8, freeGpus: 2 },
    ];
    const policy = learnedHeadroomFit([], { every: 10 });
    // No history: the default mix (every size) takes the GPU from the node with 2 free.
    expect(policy(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['two']);
    for (let i = 0; i < 10; i++) policy.observe({ gpusPerNode: 2, nodes: 1 });
    expect(policy(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['three']);
  });
});
