import { describe, expect, it } from 'vitest';
import {
  bestFit,
  defaultMix,
  fragmentationTable,
  headroomFit,
  headroomFitWith,
  randomFit,
  requestMixOf,
  seededRandom,
  type FreeNode,
  type NodePolicy,
} from './node-placement';

/** Nodes named n0, n1… with the given free GPUs out of `gpus` each. */
const pool = (free: number[], gpus = 8): FreeNode[] => free.map((f, i) => ({ id: `n${i}`, gpus, freeGpus: f }));

const policies: [string, NodePolicy][] = [
  ['headroomFit', headroomFit],
  ['bestFit', bestFit],
  ['randomFit', randomFit(42)],
];

describe.each(policies)('%s, the rules every policy keeps', (_name, policy) => {
  it('places a gang on distinct nodes, each with enough free GPUs', () => {
    const nodes = pool([8, 1, 4, 3, 8, 6, 2, 5]);
    for (let gpus = 1; gpus <= 8; gpus++) {
      const fitting = nodes.filter((n) => n.freeGpus >= gpus).length;
      for (let count = 1; count <= fitting; count++) {
        const picked = policy(nodes, { gpusPerNode: gpus, nodes: count });
        expect(picked).not.toBeNull();
        expect(picked).toHaveLength(count);
        expect(new Set(picked).size).toBe(count);
        for (const id of picked ?? []) expect(nodes.find((n) => n.id === id)?.freeGpus).toBeGreaterThanOrEqual(gpus);
      }
    }
  });

  it('returns null (all or none) when fewer nodes fit than the gang needs, even with enough GPUs in total', () => {
    const nodes = pool([4, 4, 3, 3, 3]);
    expect(policy(nodes, { gpusPerNode: 4, nodes: 2 })).toHaveLength(2);
    expect(policy(nodes, { gpusPerNode: 4, nodes: 3 })).toBeNull();
    expect(policy(nodes, { gpusPerNode: 5, nodes: 1 })).toBeNull();
    expect(policy([], { gpusPerNode: 1, nodes: 1 })).toBeNull();
  });

  it('handles gangs larger than the scan buffer the same way (distinct, fitting, all or none)', () => {
    const nodes = pool(Array.from({ length: 200 }, (_, i) => i % 9));
    const fitting = nodes.filter((n) => n.freeGpus >= 4).length;
    const picked = policy(nodes, { gpusPerNode: 4, nodes: fitting });
    expect(new Set(picked).size).toBe(fitting);
    for (const id of picked ?? []) expect(nodes.find((n) => n.id === id)?.freeGpus).toBeGreaterThanOrEqual(4);
    expect(policy(nodes, { gpusPerNode: 4, nodes: fitting + 1 })).toBeNull();
  });

  it('refuses asks that are not whole GPUs on at least one node', () => {
    const nodes = pool([8]);
    expect(() => policy(nodes, { gpusPerNode: 0, nodes: 1 })).toThrow(RangeError);
    expect(() => policy(nodes, { gpusPerNode: 1.5, nodes: 1 })).toThrow(RangeError);
    expect(() => policy(nodes, { gpusPerNode: 1, nodes: 0 })).toThrow(RangeError);
  });
});

describe('bestFit', () => {
  it('takes the nodes with the fewest free GPUs that fit, ties to the first listed', () => {
    const nodes = pool([8, 3, 5, 2, 3]);
    expect(bestFit(nodes, { gpusPerNode: 3, nodes: 1 })).toEqual(['n1']);
    expect(bestFit(nodes, { gpusPerNode: 3, nodes: 3 })).toEqual(['n1', 'n4', 'n2']);
    expect(bestFit(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n3']);
  });
});

describe('randomFit', () => {
  const nodes = pool([8, 0, 4, 1, 8, 2, 6, 0, 3, 7]);

  it('makes the same picks for the same seed, and other picks for another seed', () => {
    const draw = (seed: number) => {
      const policy = randomFit(seed);
      return Array.from({ length: 20 }, () => policy(nodes, { gpusPerNode: 2, nodes: 2 }));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('picks only nodes that fit, and reaches every one of them', () => {
    const policy = randomFit(1);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) for (const id of policy(nodes, { gpusPerNode: 3, nodes: 1 }) ?? []) seen.add(id);
    expect([...seen].sort()).toEqual(['n0', 'n2', 'n4', 'n6', 'n8', 'n9']);
  });
});

/** Jobs of 1, 2, 4 and 8 GPUs only. */
const powersOfTwo = headroomFitWith({ 1: 4, 2: 2, 4: 2, 8: 2 });

describe('headroomFit', () => {
  it('keeps a fully free node free when a 2-GPU request fits on a 2- or 3-free node', () => {
    expect(headroomFit(pool([8, 3]), { gpusPerNode: 2, nodes: 1 })).toEqual(['n1']);
    expect(headroomFit(pool([8, 2, 3]), { gpusPerNode: 2, nodes: 1 })).toEqual(['n1']);
    expect(headroomFit(pool([8, 3, 8]), { gpusPerNode: 2, nodes: 1 })).toEqual(['n1']);
  });

  it('takes a fully free node when nothing else fits', () => {
    expect(headroomFit(pool([3, 8, 5]), { gpusPerNode: 6, nodes: 1 })).toEqual(['n1']);
  });

  it('leaves a usable block rather than a lone GPU when jobs come in powers of two, where best fit does not', () => {
    // One GPU on the 2-free node would strand its last GPU; on the 3-free node it leaves 2.
    const nodes = pool([2, 3]);
    expect(bestFit(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n0']);
    expect(powersOfTwo(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n1']);
  });

  it('keeps more of the pool usable than best fit over a sequence of arrivals', () => {
    // Arrivals of 1, 2 and 2 GPUs on nodes with 2 and 3 free: best fit strands a GPU and refuses the last.
    const replay = (policy: NodePolicy) => {
      const nodes = pool([2, 3]);
      return [1, 2, 2].map((gpus) => {
        const picked = policy(nodes, { gpusPerNode: gpus, nodes: 1 });
        for (const id of picked ?? []) (nodes.find((n) => n.id === id) as FreeNode).freeGpus -= gpus;
        return picked !== null;
      });
    };
    expect(replay(bestFit)).toEqual([true, true, false]);
    expect(replay(powersOfTwo)).toEqual([true, true, true]);
  });

  it('by default keeps a block of 4 that best fit would break for one GPU', () => {
    const nodes = pool([4, 5]);
    expect(bestFit(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n0']);
    expect(headroomFit(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n1']);
  });

  it('keeps whole nodes whole in pools of larger nodes too', () => {
    // 16-GPU nodes: one GPU goes on the half-used node, not on the free one.
    expect(headroomFit(pool([16, 8], 16), { gpusPerNode: 1, nodes: 1 })).toEqual(['n1']);
    expect(headroomFit(pool([16, 12, 16], 16), { gpusPerNode: 4, nodes: 1 })).toEqual(['n1']);
  });

  it('is exactly best fit when every size up to the nodes’ GPUs is equally likely', () => {
    const uniform = headroomFitWith({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1 });
    const next = seededRandom(3);
    for (let trial = 0; trial < 200; trial++) {
      const nodes = pool(Array.from({ length: 12 }, () => Math.floor(next() * 9)));
      const ask = { gpusPerNode: 1 + Math.floor(next() * 8), nodes: 1 + Math.floor(next() * 3) };
      expect(uniform(nodes, ask)).toEqual(bestFit(nodes, ask));
    }
  });

  it('places a gang on nodes it fills exactly, then on partly used ones, and breaks into free nodes last', () => {
    const nodes = pool([8, 4, 6, 8, 4, 5]);
    expect(headroomFit(nodes, { gpusPerNode: 4, nodes: 2 })?.sort()).toEqual(['n1', 'n4']);
    expect(headroomFit(nodes, { gpusPerNode: 4, nodes: 4 })?.sort()).toEqual(['n1', 'n2', 'n4', 'n5']);
    expect(headroomFit(nodes, { gpusPerNode: 4, nodes: 5 })).toContain('n0');
    // One GPU on each of two nodes: best fit strands the last GPU of both 2-free nodes; this leaves blocks of 2.
    const small = pool([2, 2, 3, 3]);
    expect(bestFit(small, { gpusPerNode: 1, nodes: 2 })).toEqual(['n0', 'n1']);
    expect(powersOfTwo(small, { gpusPerNode: 1, nodes: 2 })).toEqual(['n2', 'n3']);
  });

  it('follows its request mix: when 4-GPU jobs are expected it keeps a block of 4, when they are not it fits best', () => {
    const nodes = pool([4, 5]);
    expect(headroomFitWith({ 1: 1, 4: 1 })(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n1']);
    expect(headroomFitWith({ 1: 1, 2: 1 })(nodes, { gpusPerNode: 1, nodes: 1 })).toEqual(['n0']);
  });
});

describe('fragmentation measure', () => {
  it('counts free GPUs that a request drawn from the mix could not use', () => {
    // Half the requests need 1 GPU, half need 4: 3 free GPUs are useless to half of them.
    const table = fragmentationTable({ 1: 1, 4: 1 });
    expect([...table]).toEqual([0, 0.5, 1, 1.5, 0]);
  });

  it('defaults to every size up to the largest node, powers of two twice as likely', () => {
    expect(defaultMix(8)).toEqual({ 1: 2, 2: 2, 3: 1, 4: 2, 5: 1, 6: 1, 7: 1, 8: 2 });
    expect(Object.keys(defaultMix(16))).toHaveLength(16);
  });

  it('builds a mix from the sizes seen, and refuses an empty one', () => {
    expect(requestMixOf([1, 1, 8, 2, 1])).toEqual({ 1: 3, 2: 1, 8: 1 });
    expect(() => fragmentationTable({})).toThrow(RangeError);
  });
});
