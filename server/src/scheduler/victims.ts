import type { LiveJob } from './world';

/** What preempting a job costs: the GPU-time it loses (work since it started) and whether an SLA backs it. */
export interface PreemptionCost {
  lostGpuSeconds: number;
  slaBacked: boolean;
}

export function preemptionCost(job: LiveJob, now: Date): PreemptionCost {
  const ran = job.startedAt ? Math.max(0, Math.floor((now.getTime() - job.startedAt.getTime()) / 1000)) : 0;
  return { lostGpuSeconds: ran * job.gpus, slaBacked: job.slaBacked };
}

function compareCost(a: PreemptionCost, b: PreemptionCost): number {
  if (a.slaBacked !== b.slaBacked) return a.slaBacked ? 1 : -1;
  return a.lostGpuSeconds - b.lostGpuSeconds;
}

/**
 * The cheapest set of victims that makes `fits` true, or null when even all of them do not:
 * victims are added cheapest first (fewest SLA consequences, then least GPU-time lost, then the
 * newest), then any that turn out not to be needed are handed back, dearest first.
 */
export function chooseVictims(candidates: readonly LiveJob[], now: Date, fits: (victims: readonly LiveJob[]) => boolean): LiveJob[] | null {
  if (fits([])) return [];
  const costed = candidates.map((job) => ({ job, cost: preemptionCost(job, now) }));
  costed.sort((a, b) => compareCost(a.cost, b.cost) || b.job.id.localeCompare(a.job.id));
  const chosen: typeof costed = [];
  for (const c of costed) {
    chosen.push(c);
    if (fits(chosen.map((x) => x.job))) break;
  }
  if (!chosen.length || !fits(chosen.map((x) => x.job))) return null;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const without = chosen.filter((_, j) => j !== i);
    if (fits(without.map((x) => x.job))) chosen.splice(i, 1);
  }
  return chosen.map((x) => x.job);
}
