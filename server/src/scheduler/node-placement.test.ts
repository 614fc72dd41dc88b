import { describe, expect, it } from 'vitest';
import {
  bestFit,
  defaultMix,
  fragmentationTable,
  headroomFit,
  headroomFitWith,
  nodeFits,
  PACKING_WEIGHT,
  randomFit,
  requestMixOf,
  requestShapesOf,
  resourceBestFit,
  seededRandom,
  type FreeNode,
  type GangAsk,
  type NodePolicy,
  type RequestShape,
} from './node-placement';

/** Nodes named n0, n1… with the given free GPUs out of `gpus` each. */
const pool = (free: number[], gpus = 8): FreeNode[] => free.map((f, i) => ({ id: `n${i}`, gpus, freeGpus: f }));

const policies: [string, NodePolicy][] = [
  ['headroomFit', headroomFit],
  [
    'headroomFitWith shapes',
    headroomFitWith([
      { gpus: 1, cpuMilli: 8000, memoryMib: 32768, weight: 3 },
      { gpus: 8, cpuMilli: 64000, weight: 1 },
    ]),
  ],
  ['bestFit', bestFit],
  ['resourceBestFit', resourceBestFit({ memory: true })],
  ['randomFit', randomFit(42)],
];

/** Nodes of 8 GPUs, 64 cores and 256 GiB, with the given free GPUs, CPU (millicores) and memory (MiB). */
const resourcePool = (free: [number, number, number][]): FreeNode[] =>
  free.map(([gpus, cpu, mem], i) => ({
    id: `n${i}`,
    gpus: 8,
    freeGpus: gpus,
    cpuMilli: 64000,
    freeCpuMilli: cpu,
    memoryMib: 262144,
    freeMemoryMib: mem,
  }));

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

  it('places only where the CPU and memory asked are free too, and refuses when no node has them', () => {
    const nodes = resourcePool([
      [8, 2000, 262144],
      [4, 64000, 4096],
      [2, 16000, 65536],
      [1, 64000, 262144],
    ]);
    const ask: GangAsk = { gpusPerNode: 2, nodes: 1, cpuMilliPerNode: 8000, memoryMibPerNode: 32768 };
    expect(policy(nodes, ask)).toEqual(['n2']);
    expect(policy(nodes, { ...ask, nodes: 2 })).toBeNull();
    expect(policy(nodes, { ...ask, cpuMilliPerNode: 32000 })).toBeNull();
    // Nodes that report no CPU or memory are not limited by them.
    expect(policy(pool([2]), ask)).toEqual(['n0']);
  });

  it('refuses asks that are not whole GPUs on at least one node', () => {
    const nodes = pool([8]);
    expect(() => policy(nodes, { gpusPerNode: 0, nodes: 1 })).toThrow(RangeError);
    expect(() => policy(nodes, { gpusPerNode: 1.5, nodes: 1 })).toThrow(RangeError);
    expect(() => policy(nodes, { gpusPerNode: 1, nodes: 0 })).toThrow(RangeError);
    expect(() => policy(nodes, { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: -1 })).toThrow(RangeError);
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

describe('nodeFits', () => {
  it('needs the GPUs, CPU and memory asked, each where the node reports it', () => {
    const node: FreeNode = { id: 'n', gpus: 8, freeGpus: 2, freeCpuMilli: 4000 };
    expect(nodeFits(node, { gpusPerNode: 2, nodes: 1 })).toBe(true);
    expect(nodeFits(node, { gpusPerNode: 2, nodes: 1, cpuMilliPerNode: 4000, memoryMibPerNode: 1 << 20 })).toBe(true);
    expect(nodeFits(node, { gpusPerNode: 2, nodes: 1, cpuMilliPerNode: 4001 })).toBe(false);
    expect(nodeFits(node, { gpusPerNode: 3, nodes: 1 })).toBe(false);
  });
});

describe('resourceBestFit', () => {
  it('takes the node where the least is left over GPUs and CPU (as the FGD simulator’s best fit), memory when asked', () => {
    const nodes = resourcePool([
      [2, 64000, 8192],
      [4, 8000, 262144],
      [1, 60000, 262144],
    ]);
    const ask: GangAsk = { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 4000, memoryMibPerNode: 4096 };
    // Left over GPUs/8 + CPU/64000: n0 1/8 + 60/64, n1 3/8 + 4/64, n2 0 + 56/64.
    expect(resourceBestFit()(nodes, ask)).toEqual(['n1']);
    // With memory (/262144): n0 +4096, n1 +258048, n2 +258048.
    expect(resourceBestFit({ memory: true })(nodes, ask)).toEqual(['n0']);
    expect(bestFit(nodes, ask)).toEqual(['n2']);
  });
});

describe('headroomFit with CPU and memory', () => {
  /** Jobs of 1 GPU with 8 cores. */
  const eightCores: RequestShape[] = [{ gpus: 1, cpuMilli: 8000, weight: 1 }];

  it('leaves CPU where the jobs it expects can use it, where best fit over GPUs and CPU strands a GPU', () => {
    // 3 cores on n0 would leave it 1 GPU with 6 cores (no 8-core job fits); on n1, 1 GPU with 9 cores.
    const nodes = resourcePool([
      [2, 9000, 262144],
      [2, 12000, 262144],
    ]);
    const ask: GangAsk = { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 3000 };
    expect(resourceBestFit()(nodes, ask)).toEqual(['n0']);
    expect(headroomFitWith(eightCores)(nodes, ask)).toEqual(['n1']);
    const replay = (policy: NodePolicy) => {
      const live = resourcePool([
        [2, 9000, 262144],
        [2, 12000, 262144],
      ]);
      const asks: GangAsk[] = [
        ask,
        { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 8000 },
        { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 8000 },
      ];
      return asks.map((a) => {
        const picked = policy(live, a);
        for (const id of picked ?? []) {
          const n = live.find((x) => x.id === id) as FreeNode;
          n.freeGpus -= a.gpusPerNode;
          n.freeCpuMilli = (n.freeCpuMilli as number) - (a.cpuMilliPerNode ?? 0);
        }
        return picked !== null;
      });
    };
    expect(replay(resourceBestFit())).toEqual([true, true, false]);
    expect(replay(bestFit)).toEqual([true, true, false]);
    expect(replay(headroomFitWith(eightCores))).toEqual([true, true, true]);
  });

  it('with shapes of GPUs only, is the same as the mix of their sizes', () => {
    const next = seededRandom(5);
    const shapes: RequestShape[] = [
      { gpus: 1, weight: 4 },
      { gpus: 2, weight: 2 },
      { gpus: 4, weight: 2 },
      { gpus: 8, weight: 2 },
    ];
    for (let trial = 0; trial < 100; trial++) {
      const nodes = pool(Array.from({ length: 10 }, () => Math.floor(next() * 9)));
      const ask = { gpusPerNode: 1 + Math.floor(next() * 8), nodes: 1 + Math.floor(next() * 2) };
      expect(headroomFitWith(shapes)(nodes, ask)).toEqual(headroomFitWith({ 1: 4, 2: 2, 4: 2, 8: 2 })(nodes, ask));
    }
  });

  /** The policy as documented, computed directly: fragmentation growth + PACKING_WEIGHT × leftover, ties to the least left, then the first listed. */
  function reference(shapes: readonly RequestShape[]): NodePolicy {
    const total = shapes.reduce((s, x) => s + x.weight, 0);
    const frag = (g: number, c: number, m: number) =>
      g <= 0
        ? 0
        : (g * shapes.filter((x) => x.gpus > g || (x.cpuMilli ?? 0) > c || (x.memoryMib ?? 0) > m).reduce((s, x) => s + x.weight, 0)) /
          total;
    return (nodes, ask) => {
      const L = Math.max(...nodes.map((n) => n.gpus));
      const C = Math.max(...nodes.map((n) => n.cpuMilli ?? 0));
      const M = Math.max(...nodes.map((n) => n.memoryMib ?? 0));
      const need = ask.gpusPerNode;
      const cpu = ask.cpuMilliPerNode ?? 0;
      const mem = ask.memoryMibPerNode ?? 0;
      const ranked = nodes
        .map((n, i) => {
          const c = n.freeCpuMilli as number;
          const m = n.freeMemoryMib as number;
          const left = (n.freeGpus - need) / L + (c - cpu) / C + (m - mem) / M;
          const cost = frag(n.freeGpus - need, c - cpu, m - mem) - frag(n.freeGpus, c, m) + PACKING_WEIGHT * left;
          return { id: n.id, i, cost, left, fits: nodeFits(n, ask) };
        })
        .filter((x) => x.fits)
        .sort((a, b) =>
          Math.abs(a.cost - b.cost) > 1e-9 ? a.cost - b.cost : Math.abs(a.left - b.left) > 1e-9 ? a.left - b.left : a.i - b.i,
        );
      return ranked.length < ask.nodes ? null : ranked.slice(0, ask.nodes).map((x) => x.id);
    };
  }

  it.each([
    ['a few shapes (kept as a table)', 12, 1000],
    ['more distinct asks than a table holds (scanned)', 1100, 1],
  ])('ranks nodes exactly as documented, with %s', (_label, count, grain) => {
    const next = seededRandom(count);
    const shapes: RequestShape[] = Array.from({ length: count }, () => ({
      gpus: [1, 1, 1, 2, 4, 8][Math.floor(next() * 6)] as number,
      cpuMilli: grain * Math.floor((next() * 64000) / grain),
      memoryMib: grain * Math.floor((next() * 262144) / grain),
      weight: 1 + Math.floor(next() * 5),
    }));
    const ours = headroomFitWith(shapes);
    const theirs = reference(shapes);
    for (let trial = 0; trial < 200; trial++) {
      const nodes = resourcePool(
        Array.from({ length: 12 }, () => [Math.floor(next() * 9), 1000 * Math.floor(next() * 65), 1024 * Math.floor(next() * 257)]),
      );
      const ask: GangAsk = {
        gpusPerNode: 1 + Math.floor(next() * 4),
        nodes: 1 + Math.floor(next() * 3),
        cpuMilliPerNode: 1000 * Math.floor(next() * 16),
        memoryMibPerNode: 1024 * Math.floor(next() * 64),
      };
      expect(ours(nodes, ask)).toEqual(theirs(nodes, ask));
    }
  });

  it('learns shapes from asks, a gang counting once per node', () => {
    expect(
      requestShapesOf([
        { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 4000 },
        { gpusPerNode: 8, nodes: 4, cpuMilliPerNode: 64000, memoryMibPerNode: 262144 },
        { gpusPerNode: 1, nodes: 1, cpuMilliPerNode: 4000 },
        { gpusPerNode: 1, nodes: 1 },
      ]),
    ).toEqual([
      { gpus: 1, cpuMilli: 4000, memoryMib: 0, weight: 2 },
      { gpus: 8, cpuMilli: 64000, memoryMib: 262144, weight: 4 },
      { gpus: 1, cpuMilli: 0, memoryMib: 0, weight: 1 },
    ]);
  });
});
