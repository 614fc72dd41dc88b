import { CapacityClass, PricedClass } from '../modules/inventory/inventory.enums';
import { gpuDiscountBasisPoints, priceCommittedGpuUsage, priceGpuUsage, residencyAllows } from '../modules/contracts/pricing';
import { formatMicros } from '../modules/catalog/catalog.rules';
import { JobReason } from '../modules/jobs/jobs.enums';
import { formatGib, formatVcpus } from '../modules/inventory/compute-units';
import { nodesLargeEnough } from './per-node-ask';
import type { CommitmentState, JobAsk, LiveJob, OrgPolicy, PoolState, World } from './world';

/**
 * Admission, pure (DESIGN.md rule 8): for one job and one candidate pool, whether the contract
 * lets it run there and at what price. Each check returns a refusal with a machine-readable
 * reason, a sentence a person understands, and whether waiting can ever help (`never`).
 */

export interface Refusal {
  reason: JobReason;
  message: string;
  /** True when waiting cannot help (the job is REJECTED if every candidate says so). */
  never: boolean;
}

/** What a job pays in a pool, and what it holds against the spend cap until it ends. */
export interface Offer {
  currency: string | null;
  unitPrice: bigint | null;
  listUnitPrice: bigint | null;
  commitmentId: string | null;
  holdMicros: bigint;
}

/** The checks in the order they run: a refusal at a later stage means the job got further. */
export const STAGES: readonly JobReason[] = [
  JobReason.NO_POOL,
  JobReason.RESIDENCY,
  JobReason.NO_PRICE,
  JobReason.COMMITMENT,
  JobReason.QUOTA,
  JobReason.SPEND_CAP,
  JobReason.CAPACITY,
  JobReason.CPU,
  JobReason.MEMORY,
];

/** Pools of an acceptable GPU type and region whose shape can hold the job (GPUs per node, nodes, CPU and memory per node). */
export function candidatePools(pools: readonly PoolState[], ask: JobAsk): PoolState[] {
  return pools.filter(
    (p) =>
      ask.gpuTypeIds.includes(p.gpuTypeId) &&
      (!ask.regionIds.length || ask.regionIds.includes(p.regionId)) &&
      p.gpusPerNode >= ask.gpusPerNode &&
      p.nodeCount >= ask.nodeCount &&
      nodesLargeEnough(ask, p),
  );
}

export function noPoolMessage(ask: JobAsk): string {
  const resources = [
    ...(ask.cpuMilliPerNode ? [formatVcpus(ask.cpuMilliPerNode)] : []),
    ...(ask.memoryMibPerNode ? [`${formatGib(ask.memoryMibPerNode)} of memory`] : []),
  ];
  return `no pool of an acceptable GPU type${ask.regionIds.length ? ' in the acceptable regions' : ''} has ${ask.nodeCount} node${ask.nodeCount === 1 ? '' : 's'} with ${ask.gpusPerNode} GPUs${resources.length ? ` and ${resources.join(' and ')}` : ''} each`;
}

const gpusOf = (ask: JobAsk) => ask.gpusPerNode * ask.nodeCount;

/** The commitment RESERVED work would run in: active for its whole run, in this pool, cheapest rate with room. */
function coveringCommitment(
  world: World,
  org: OrgPolicy,
  orgLive: readonly LiveJob[],
  ask: JobAsk,
  pool: PoolState,
): { commitment: CommitmentState } | Refusal {
  const end = world.now.getTime() + ask.maxDurationSeconds * 1000;
  const here = org.commitments.filter((c) => c.poolId === pool.id && c.gpuTypeId === pool.gpuTypeId);
  if (!here.length) {
    return {
      reason: JobReason.COMMITMENT,
      message: `RESERVED needs a commitment: none of ${pool.gpuTypeCode} in ${pool.label}`,
      never: true,
    };
  }
  const gpus = gpusOf(ask);
  const notes: string[] = [];
  let best: CommitmentState | undefined;
  let never = true;
  for (const c of here) {
    if (c.startsAt.getTime() > world.now.getTime() || c.endsAt.getTime() < end) {
      notes.push(`commitment ${c.id} ends ${c.endsAt.toISOString()}, before the job's ${ask.maxDurationSeconds} s would`);
      continue;
    }
    const held = orgLive.reduce((sum, j) => (j.commitmentId === c.id ? sum + j.gpus : sum), 0);
    if (c.gpus - held < gpus) {
      if (c.gpus >= gpus) never = false;
      notes.push(
        `commitment ${c.id} (${c.gpus} ${pool.gpuTypeCode} in ${pool.regionCode}) has ${Math.max(0, c.gpus - held)} GPUs free, ${gpus} asked`,
      );
      continue;
    }
    if (!best || c.ratePerGpuHour < best.ratePerGpuHour) best = c;
  }
  if (best) return { commitment: best };
  return { reason: JobReason.COMMITMENT, message: notes.join('; '), never };
}

/** Residency, then the price: the commitment's rate for RESERVED, list less discount otherwise; INTERNAL is free. */
export function offerFor(world: World, org: OrgPolicy, orgLive: readonly LiveJob[], ask: JobAsk, pool: PoolState): Offer | Refusal {
  if (ask.capacityClass === CapacityClass.INTERNAL) {
    return { currency: null, unitPrice: null, listUnitPrice: null, commitmentId: null, holdMicros: 0n };
  }
  const terms = org.contract?.terms ?? null;
  if (!residencyAllows(terms, { id: pool.regionId, jurisdiction: pool.jurisdiction })) {
    return {
      reason: JobReason.RESIDENCY,
      message: `region ${pool.regionCode} (${pool.jurisdiction}) is outside the contract's data residency`,
      never: true,
    };
  }
  const priceClass = ask.capacityClass as unknown as PricedClass;
  const list = world.price(pool.gpuTypeId, pool.regionId, priceClass);
  const currency = org.contract?.currency ?? list?.currency ?? null;
  const seconds = ask.maxDurationSeconds;
  const gpus = gpusOf(ask);
  if (ask.capacityClass === CapacityClass.RESERVED) {
    if (!org.contract)
      return { reason: JobReason.COMMITMENT, message: 'RESERVED needs a contract with a commitment; pay as you go has none', never: true };
    const covering = coveringCommitment(world, org, orgLive, ask, pool);
    if ('reason' in covering) return covering;
    const c = covering.commitment;
    const priced = priceCommittedGpuUsage({
      ratePerGpuHour: c.ratePerGpuHour,
      listPricePerGpuHour: list?.pricePerGpuHour ?? null,
      gpus,
      seconds,
    });
    return {
      currency: org.contract.currency,
      unitPrice: c.ratePerGpuHour,
      listUnitPrice: list?.pricePerGpuHour ?? null,
      commitmentId: c.id,
      holdMicros: priced.amount,
    };
  }
  if (!list || (org.contract && org.contract.currency !== list.currency)) {
    return {
      reason: JobReason.NO_PRICE,
      message: list
        ? `the ${priceClass} price of ${pool.gpuTypeCode} in ${pool.regionCode} is in ${list.currency}, the contract in ${org.contract?.currency}`
        : `no ${priceClass} price for ${pool.gpuTypeCode} in ${pool.regionCode} is in force`,
      never: true,
    };
  }
  const bp = gpuDiscountBasisPoints(terms, pool.gpuTypeId, priceClass);
  const priced = priceGpuUsage({ listPricePerGpuHour: list.pricePerGpuHour, discountBasisPoints: bp, gpus, seconds });
  const unit = priceGpuUsage({ listPricePerGpuHour: list.pricePerGpuHour, discountBasisPoints: bp, gpus: 1, seconds: 3600 });
  return { currency, unitPrice: unit.amount, listUnitPrice: list.pricePerGpuHour, commitmentId: null, holdMicros: priced.amount };
}

/** CONCURRENT_GPUS quotas of the organization and the job's project that count this pool. */
export function quotaRefusal(org: OrgPolicy, orgLive: readonly LiveJob[], ask: JobAsk, pool: PoolState): Refusal | null {
  const gpus = gpusOf(ask);
  for (const q of org.quotas) {
    if (q.projectId && q.projectId !== ask.projectId) continue;
    if ((q.gpuTypeId && q.gpuTypeId !== pool.gpuTypeId) || (q.regionId && q.regionId !== pool.regionId)) continue;
    const inUse = orgLive.reduce(
      (sum, j) =>
        (!q.projectId || j.projectId === q.projectId) &&
        (!q.gpuTypeId || j.gpuTypeId === q.gpuTypeId) &&
        (!q.regionId || j.regionId === q.regionId)
          ? sum + j.gpus
          : sum,
      0,
    );
    if (inUse + gpus <= q.limit) continue;
    const scope = `${q.projectId ? 'project' : 'organization'} quota of ${q.limit} ${q.gpuTypeId ? pool.gpuTypeCode : 'GPUs'}${q.regionId ? ` in ${pool.regionCode}` : ''}`;
    if (q.limit < gpus) return { reason: JobReason.QUOTA, message: `${scope} is below the ${gpus} GPUs asked`, never: true };
    return { reason: JobReason.QUOTA, message: `${scope} reached, ${inUse} in use`, never: false };
  }
  return null;
}

/** A HARD monthly cap: rated usage plus the holds of live work plus this job's hold must fit. ALERT caps never refuse. */
export function spendCapRefusal(org: OrgPolicy, heldMicros: bigint, offer: Offer): Refusal | null {
  const cap = org.contract?.terms.spendCap;
  if (!cap || cap.mode !== 'HARD' || offer.holdMicros === 0n) return null;
  const limit = BigInt(cap.monthlyMicros);
  const committed = org.spentThisMonthMicros + heldMicros;
  if (committed + offer.holdMicros <= limit) return null;
  const currency = org.contract?.currency ?? '';
  if (offer.holdMicros > limit) {
    return {
      reason: JobReason.SPEND_CAP,
      message: `its price for the whole max duration, ${formatMicros(offer.holdMicros, currency)}, is above the monthly spend cap of ${formatMicros(limit, currency)}`,
      never: true,
    };
  }
  return {
    reason: JobReason.SPEND_CAP,
    message: `monthly spend cap of ${formatMicros(limit, currency)} reached: ${formatMicros(committed, currency)} spent or held, this job would hold ${formatMicros(offer.holdMicros, currency)}`,
    never: false,
  };
}
