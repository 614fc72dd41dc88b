import { describe, expect, it } from 'vitest';
import { CapacityClass } from '../modules/inventory/inventory.enums';
import { JobReason } from '../modules/jobs/jobs.enums';
import { schedule, type Decision, type PlaceDecision, type WaitDecision } from './schedule';
import { ask, org, pool, running, world } from './world.fixture';

const kinds = (ds: Decision[]) => ds.map((d) => `${d.kind}:${d.jobId}`);

describe('a scheduling pass', () => {
  it('places whole GPUs on nodes and lets later jobs see earlier placements', () => {
    const p = pool({ id: 'p', nodeCount: 2 });
    const jobs = [ask(), ask(), ask()];
    const decisions = schedule(world([p], [org()]), jobs);
    expect(decisions.map((d) => d.kind)).toEqual(['place', 'place', 'wait']);
    const [a, b] = decisions as PlaceDecision[];
    expect(a!.nodeGpus[0]!.nodeId).not.toBe(b!.nodeGpus[0]!.nodeId);
    expect((decisions[2] as WaitDecision).reason).toBe(JobReason.CAPACITY);
    expect(p.allocated.ON_DEMAND).toBe(16);
  });

  it('places a gang on distinct nodes or not at all', () => {
    const p = pool({ id: 'p', nodeCount: 3 });
    const live = [running(p, { id: 'job_busy', capacityClass: CapacityClass.ON_DEMAND, gpus: 4, nodeIds: ['p-n0'] })];
    const [gang] = schedule(world([p], [org()], live), [ask({ gpusPerNode: 8, nodeCount: 3 })]);
    expect(gang!.kind).toBe('wait');
    const [two] = schedule(world([p], [org()], live), [ask({ gpusPerNode: 8, nodeCount: 2 })]) as PlaceDecision[];
    expect(two!.nodeGpus.map((n) => n.nodeId).sort()).toEqual(['p-n1', 'p-n2']);
  });

  it('serves higher classes first whatever the submission order', () => {
    const p = pool({ id: 'p', nodeCount: 1 });
    const spot = ask({ capacityClass: CapacityClass.SPOT });
    const onDemand = ask();
    const decisions = schedule(world([p], [org()]), [spot, onDemand]);
    expect(kinds(decisions)).toEqual([`place:${onDemand.id}`, `wait:${spot.id}`]);
  });

  it('chooses the cheapest eligible pool and explains every candidate', () => {
    const cheap = pool({ id: 'cheap', regionId: 'reg_cheap', regionCode: 'cheap' });
    const dear = pool({ id: 'dear' });
    const w = world([dear, cheap], [org()]);
    w.price = (_t, r) => ({ pricePerGpuHour: r === 'reg_cheap' ? 1_000_000n : 3_000_000n, currency: 'USD' });
    const [d] = schedule(w, [ask()]) as PlaceDecision[];
    expect(d!.pool.id).toBe('cheap');
    expect(d!.explanation.candidates.map((c) => [c.poolId, c.outcome])).toEqual([
      ['dear', 'NOT_TRIED'],
      ['cheap', 'CHOSEN'],
    ]);
  });

  it('waits for the reason of the candidate that got furthest, and rejects only when no candidate ever could', () => {
    const p = pool({ id: 'p', nodeCount: 1 });
    const full = [running(p, { id: 'job_full', capacityClass: CapacityClass.ON_DEMAND, nodeIds: ['p-n0'] })];
    const [wait] = schedule(world([p], [org()], full), [ask()]) as WaitDecision[];
    expect(wait).toMatchObject({ kind: 'wait', reason: JobReason.CAPACITY });
    expect(wait!.message).toMatch(/^waiting: /);
    const [reject] = schedule(world([p], [org()]), [ask({ gpuTypeIds: ['gpu_unknown'] })]) as WaitDecision[];
    expect(reject).toMatchObject({ kind: 'reject', reason: JobReason.NO_POOL });
  });

  it('preempts the cheapest SPOT work for RESERVED work inside its commitment, and says why', () => {
    const p = pool({ id: 'p', nodeCount: 2, committedGpus: 8 });
    const live = [
      running(p, { id: 'job_old_spot', nodeIds: ['p-n0'], startedAt: new Date(Date.parse('2026-11-26T00:00:00Z')) }),
      running(p, { id: 'job_new_spot', nodeIds: ['p-n1'], startedAt: new Date(Date.parse('2026-11-26T11:59:00Z')) }),
    ];
    const commitment = {
      id: 'cmt',
      poolId: 'p',
      regionId: 'reg_eu',
      gpuTypeId: 'gpu_h100',
      gpus: 8,
      startsAt: new Date(0),
      endsAt: new Date(Date.parse('2027-01-01')),
      ratePerGpuHour: 1n,
    };
    const reserved = ask({ capacityClass: CapacityClass.RESERVED });
    const decisions = schedule(world([p], [org({ terms: {}, commitments: [commitment] })], live), [reserved]);
    expect(kinds(decisions)).toEqual(['preempt:job_new_spot', `place:${reserved.id}`]);
    expect(decisions[0]).toMatchObject({
      reason: JobReason.PREEMPTED_FOR_JOB,
      causedBy: reserved.id,
      cost: { lostGpuSeconds: 480, noticeSeconds: 0 },
    });
  });

  it('reclaims for internal demand: SPOT at once, reclaimable ON_DEMAND only after notice, RESERVED never', () => {
    const p = pool({ id: 'p', committedGpus: 8, internalDemandGpus: 24, onDemandReclaimable: true, reclaimNoticeSeconds: 60 });
    const live = [
      running(p, { id: 'job_reserved', capacityClass: CapacityClass.RESERVED, nodeIds: ['p-n0'] }),
      running(p, { id: 'job_spot', nodeIds: ['p-n1'] }),
      running(p, { id: 'job_od', capacityClass: CapacityClass.ON_DEMAND, reclaimable: true, nodeIds: ['p-n2'] }),
      running(p, { id: 'job_od_kept', capacityClass: CapacityClass.ON_DEMAND, reclaimable: false, nodeIds: ['p-n3'] }),
    ];
    const w = world([p], [org()], live);
    const decisions = schedule(w, []);
    expect(kinds(decisions)).toEqual(['preempt:job_spot', 'notice:job_od']);
    // Once the notice is over, the next pass preempts it.
    const later = world([p], [org()], w.live);
    later.now = new Date(w.now.getTime() + 61_000);
    expect(kinds(schedule(later, []))).toEqual(['preempt:job_od']);
  });
});
