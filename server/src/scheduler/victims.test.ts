import { describe, expect, it } from 'vitest';
import { chooseVictims } from './victims';
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
