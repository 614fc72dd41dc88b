import { describe, expect, it } from 'vitest';
import { chooseVictims, victimsForNodes } from './victims';
import { NOW, pool, running } from './world.fixture';

const startedAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('choosing preemption victims', () => {
  const p = pool({ id: 'p' });
  const old = running(p, { id: 'job_old', gpus: 8, startedAt: startedAgo(600) });
  const fresh = running(p, { id: 'job_fresh', gpus: 8, startedAt: startedAgo(1) });
  const small = running(p, { id: 'job_small', gpus: 2, startedAt: startedAgo(5) });
  const sla = running(p, { id: 'job_sla', gpus: 8, startedAt: startedAgo(0), slaBacked: true });
  const freed = (need: number) => (v: readonly { gpus: number }[]) => v.reduce((s, j) => s + j.gpus, 0) >= need;

  it('takes the work that loses the least GPU-time', () => {
    expect(chooseVictims([old, fresh, small], NOW, freed(8))!.map((j) => j.id)).toEqual(['job_fresh']);
  });

  it('hands back victims that turn out not to be needed', () => {
    // By cost: fresh (480 GPU-s lost), then small (600): 8 GPUs need fresh alone, 10 need both.
    expect(chooseVictims([small, fresh], NOW, freed(8))!.map((j) => j.id)).toEqual(['job_fresh']);
    expect(
      chooseVictims([small, fresh], NOW, freed(10))!
        .map((j) => j.id)
        .sort(),
    ).toEqual(['job_fresh', 'job_small']);
  });

  it('prefers work without SLA consequences, even when it has run longer', () => {
    expect(chooseVictims([sla, old], NOW, freed(8))!.map((j) => j.id)).toEqual(['job_old']);
  });

  it('returns null when even all of them are not enough, and nothing when nothing is needed', () => {
    expect(chooseVictims([small], NOW, freed(8))).toBeNull();
    expect(chooseVictims([old], NOW, freed(0))).toEqual([]);
  });
});

describe('choosing victims node by node', () => {
  it('frees the node that costs least, and only that node', () => {
    const p = pool({ id: 'q', nodeCount: 3 });
    const a = running(p, { id: 'job_a', gpus: 4, nodeIds: ['q-n0'], startedAt: startedAgo(60) });
    const b = running(p, { id: 'job_b', gpus: 4, nodeIds: ['q-n0'], startedAt: startedAgo(60) });
    const c = running(p, { id: 'job_c', gpus: 8, nodeIds: ['q-n1'], startedAt: startedAgo(120) });
    running(p, { id: 'job_x', capacityClass: 'ON_DEMAND' as never, gpus: 8, nodeIds: ['q-n2'] });
    // 8 GPUs: a and b lose 2 × 4 × 3,600 GPU-s together, less than c's 8 × 7,200.
    expect(
      victimsForNodes(p.nodes!, [a, b, c], { gpusPerNode: 8, nodes: 1 }, NOW)!
        .map((j) => j.id)
        .sort(),
    ).toEqual(['job_a', 'job_b']);
    // 4 GPUs: one of a or b is enough.
    expect(victimsForNodes(p.nodes!, [a, b, c], { gpusPerNode: 4, nodes: 1 }, NOW)).toHaveLength(1);
    expect(new Set(victimsForNodes(p.nodes!, [a, b, c], { gpusPerNode: 8, nodes: 2 }, NOW)!.map((j) => j.id))).toEqual(
      new Set(['job_a', 'job_b', 'job_c']),
    );
    // The third node holds work that cannot be preempted: no gang of 3.
    expect(victimsForNodes(p.nodes!, [a, b, c], { gpusPerNode: 8, nodes: 3 }, NOW)).toBeNull();
  });
});
