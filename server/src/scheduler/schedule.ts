import { CapacityClass } from '../modules/inventory/inventory.enums';
import { JobReason } from '../modules/jobs/jobs.enums';
import { candidatePools, noPoolMessage, offerFor, quotaRefusal, spendCapRefusal, STAGES, type Offer, type Refusal } from './admission';
import { classRoom, overcommittedGpus } from './capacity-room';
import { chooseVictims, preemptionCost, victimsForNodes, type PreemptionCost } from './victims';
import type { FreeNode, GangAsk, NodePolicy } from './node-placement';
import { formatGib, formatVcpus } from '../modules/inventory/compute-units';
import { learnedPolicy } from './learned-mix';
import { applyShare, describeNodeAsk, perNodeAsk, resourceShortfall, sharesOf } from './per-node-ask';
import type { CandidateNote, PlacementExplanation } from './explanation';
import type { JobAsk, LiveJob, NodeShare, PoolState, World } from './world';

/**
 * One scheduling pass, pure: internal demand first (it may preempt), then every waiting job in
 * priority order (INTERNAL, RESERVED, ON_DEMAND, SPOT; oldest first within a class). The world is
 * changed in memory as decisions are made, so later jobs see earlier ones; the caller writes the
 * decisions back in one transaction.
 */

export interface PlaceDecision {
  kind: 'place';
  jobId: string;
  pool: PoolState;
  /** SIMULATED: GPUs (and CPU and memory) taken per node; SLURM: empty (Slurm chooses). */
  nodeGpus: NodeShare[];
  offer: Offer;
  explanation: PlacementExplanation;
}

export interface WaitDecision {
  kind: 'wait' | 'reject';
  jobId: string;
  reason: JobReason;
  message: string;
  explanation: PlacementExplanation;
}

export interface PreemptDecision {
  kind: 'preempt';
  jobId: string;
  reason: JobReason.PREEMPTED_FOR_JOB | JobReason.PREEMPTED_FOR_INTERNAL_DEMAND;
  /** The job or `pool:<id>` (internal demand) that needed the GPUs. */
  causedBy: string;
  message: string;
  cost: PreemptionCost & { noticeSeconds: number };
}

export interface NoticeDecision {
  kind: 'notice';
  jobId: string;
  reclaimAt: Date;
  message: string;
}

export type Decision = PlaceDecision | WaitDecision | PreemptDecision | NoticeDecision;

const CLASS_ORDER: readonly CapacityClass[] = [CapacityClass.INTERNAL, CapacityClass.RESERVED, CapacityClass.ON_DEMAND, CapacityClass.SPOT];

/** Indexes kept current as the pass changes the world. */
class Ledger {
  readonly byOrg = new Map<string, LiveJob[]>();
  readonly byPool = new Map<string, LiveJob[]>();
  readonly heldByOrg = new Map<string, bigint>();
  readonly nodeIndex = new Map<string, Map<string, FreeNode>>();

  constructor(readonly world: World) {
    for (const pool of world.pools) {
      if (pool.nodes) this.nodeIndex.set(pool.id, new Map(pool.nodes.map((n) => [n.id, n])));
    }
    for (const job of world.live) this.index(job);
  }

  private index(job: LiveJob) {
    push(this.byOrg, job.organizationId, job);
    push(this.byPool, job.poolId, job);
    this.heldByOrg.set(job.organizationId, (this.heldByOrg.get(job.organizationId) ?? 0n) + job.holdMicros);
  }

  add(job: LiveJob, pool: PoolState) {
    this.world.live.push(job);
    this.index(job);
    pool.allocated[job.capacityClass] += job.gpus;
    const nodes = this.nodeIndex.get(pool.id);
    for (const n of job.nodeGpus) {
      const node = nodes?.get(n.nodeId);
      if (node) applyShare(node, n, 1);
    }
  }

  remove(job: LiveJob) {
    const pool = this.world.pools.find((p) => p.id === job.poolId);
    drop(this.byOrg, job.organizationId, job);
    drop(this.byPool, job.poolId, job);
    this.heldByOrg.set(job.organizationId, (this.heldByOrg.get(job.organizationId) ?? 0n) - job.holdMicros);
    const i = this.world.live.indexOf(job);
    if (i >= 0) this.world.live.splice(i, 1);
    if (!pool) return;
    pool.allocated[job.capacityClass] -= job.gpus;
    const nodes = this.nodeIndex.get(pool.id);
    for (const n of job.nodeGpus) {
      const node = nodes?.get(n.nodeId);
      if (node) applyShare(node, n, -1);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function drop<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  const i = list?.indexOf(value) ?? -1;
  if (list && i >= 0) list.splice(i, 1);
}

/** Nodes as they would be once `victims` released their GPUs, CPU and memory. */
function nodesWithout(nodes: readonly FreeNode[], victims: readonly LiveJob[]): FreeNode[] {
  if (!victims.length) return nodes as FreeNode[];
  const freed = new Map<string, NodeShare[]>();
  for (const v of victims) for (const n of v.nodeGpus) freed.set(n.nodeId, [...(freed.get(n.nodeId) ?? []), n]);
  return nodes.map((n) => {
    const shares = freed.get(n.id);
    if (!shares) return n;
    const copy = { ...n };
    for (const share of shares) applyShare(copy, share, -1);
    return copy;
  });
}

interface Fit {
  nodeGpus: NodeShare[];
  victims: LiveJob[];
}

/** Why the gang does not fit on the pool's nodes now: CPU or memory when the GPUs are free on enough nodes, else GPUs. */
function nodeRefusal(pool: PoolState, nodes: readonly FreeNode[], shape: GangAsk, spot: string): Refusal {
  const plural = (n: number) => `${n} node${n === 1 ? '' : 's'}`;
  const short = resourceShortfall(nodes, shape);
  if (!short) {
    return {
      reason: JobReason.CAPACITY,
      message: `${pool.label} has no ${plural(shape.nodes)} with ${describeNodeAsk(shape, pool.gpuTypeCode)}${spot}`,
      never: false,
    };
  }
  const beside =
    short.reason === JobReason.CPU ? formatVcpus(shape.cpuMilliPerNode ?? 0) : `${formatGib(shape.memoryMibPerNode ?? 0)} of memory`;
  return {
    reason: short.reason,
    message:
      `${pool.label} has ${plural(short.withGpus)} with ${shape.gpusPerNode} free ${pool.gpuTypeCode} GPUs but ${short.withAlso} of them ` +
      `with ${beside} free beside them, ${shape.nodes} needed${spot}`,
    never: false,
  };
}

/** Room for the job in one pool, preempting SPOT work when its class may; or why not. */
function fitInPool(ledger: Ledger, pool: PoolState, ask: JobAsk, policy: NodePolicy): Fit | Refusal {
  const gpus = ask.gpusPerNode * ask.nodeCount;
  if (pool.blockedBecause) return { reason: JobReason.CLUSTER_UNREACHABLE, message: pool.blockedBecause, never: false };
  const room = classRoom(pool, ask.capacityClass);
  if (room.entitled < gpus) {
    return {
      reason: JobReason.CAPACITY,
      message: `${pool.label} has ${room.entitled} ${pool.gpuTypeCode} GPUs for ${ask.capacityClass} work, ${gpus} asked`,
      never: false,
    };
  }
  const shape = perNodeAsk(ask, pool);
  const place = (nodeIds: string[]): Fit => ({ nodeGpus: sharesOf(nodeIds, shape), victims: [] });
  if (room.idle >= gpus) {
    if (!pool.nodes) return place([]);
    const nodeIds = policy(pool.nodes, shape);
    if (nodeIds) return place(nodeIds);
  }
  const refusal: Refusal = pool.nodes
    ? nodeRefusal(pool, pool.nodes, shape, room.preemptsSpot ? ', even preempting SPOT work' : '')
    : { reason: JobReason.CAPACITY, message: `${pool.label} has ${room.idle} idle ${pool.gpuTypeCode} GPUs, ${gpus} asked`, never: false };
  if (!room.preemptsSpot) return refusal;
  const spot = (ledger.byPool.get(pool.id) ?? []).filter((j) => j.capacityClass === CapacityClass.SPOT);
  if (!spot.length) return refusal;
  const now = ledger.world.now;
  const enough = (victims: readonly LiveJob[]) => room.idle + victims.reduce((sum, v) => sum + v.gpus, 0) >= gpus;
  const victims = pool.nodes ? victimsForNodes(pool.nodes, spot, shape, now) : chooseVictims(spot, now, enough);
  if (!victims || !enough(victims)) return refusal;
  if (!pool.nodes) return { nodeGpus: [], victims };
  const nodeIds = policy(nodesWithout(pool.nodes, victims), shape);
  return nodeIds ? { ...place(nodeIds), victims } : refusal;
}

const note = (pool: PoolState, outcome: CandidateNote['outcome'], reason: JobReason, message: string, offer?: Offer): CandidateNote => ({
  poolId: pool.id,
  pool: pool.label,
  region: pool.regionCode,
  gpuType: pool.gpuTypeCode,
  outcome,
  reason,
  message,
  ...(offer?.unitPrice != null ? { unitPrice: offer.unitPrice.toString() } : {}),
});

/** Decides one job: place (maybe preempting), wait or reject. Changes the world when it places. */
function decide(ledger: Ledger, ask: JobAsk, policyFor: (pool: PoolState) => NodePolicy, decisions: Decision[]): void {
  const { world } = ledger;
  const evaluatedAt = world.now.toISOString();
  const org = world.orgs.get(ask.organizationId);
  const pools = candidatePools(world.pools, ask);
  const finish = (kind: 'wait' | 'reject', reason: JobReason, message: string, candidates: CandidateNote[]) => {
    decisions.push({
      kind,
      jobId: ask.id,
      reason,
      message,
      explanation: { evaluatedAt, verdict: kind === 'wait' ? 'WAITING' : 'REJECTED', reason, message, candidates, preempted: [] },
    });
  };
  if (!org) return finish('reject', JobReason.NO_POOL, 'rejected: the organization has no policy loaded', []);
  if (!pools.length) return finish('reject', JobReason.NO_POOL, `rejected: ${noPoolMessage(ask)}`, []);

  const orgLive = ledger.byOrg.get(ask.organizationId) ?? [];
  const held = ledger.heldByOrg.get(ask.organizationId) ?? 0n;
  const priced: { pool: PoolState; offer: Offer }[] = [];
  const notes = new Map<PoolState, CandidateNote>();
  const refusals: { pool: PoolState; refusal: Refusal }[] = [];
  const refuse = (pool: PoolState, refusal: Refusal, offer?: Offer) => {
    refusals.push({ pool, refusal });
    notes.set(pool, note(pool, 'REFUSED', refusal.reason, refusal.message, offer));
  };
  for (const pool of pools) {
    const offer = offerFor(world, org, orgLive, ask, pool);
    if ('reason' in offer) refuse(pool, offer);
    else {
      const refusal = quotaRefusal(org, orgLive, ask, pool) ?? spendCapRefusal(org, held, offer);
      if (refusal) refuse(pool, refusal, offer);
      else priced.push({ pool, offer });
    }
  }
  // Cheapest first; then the customer's GPU type preference; then the pool with the least idle room (packing).
  priced.sort(
    (a, b) =>
      cmpBig(a.offer.holdMicros, b.offer.holdMicros) ||
      ask.gpuTypeIds.indexOf(a.pool.gpuTypeId) - ask.gpuTypeIds.indexOf(b.pool.gpuTypeId) ||
      classRoom(a.pool, ask.capacityClass).idle - classRoom(b.pool, ask.capacityClass).idle ||
      a.pool.label.localeCompare(b.pool.label),
  );
  for (const { pool, offer } of priced) {
    const fit = fitInPool(ledger, pool, ask, policyFor(pool));
    if ('reason' in fit) {
      refuse(pool, fit, offer);
      continue;
    }
    for (const victim of fit.victims) {
      decisions.push({
        kind: 'preempt',
        jobId: victim.id,
        reason: JobReason.PREEMPTED_FOR_JOB,
        causedBy: ask.id,
        message: `preempted: ${ask.capacityClass} job ${ask.id} needed its ${victim.gpus} GPUs in ${pool.label}`,
        cost: { ...preemptionCost(victim, world.now), noticeSeconds: 0 },
      });
      ledger.remove(victim);
    }
    const job: LiveJob = {
      id: ask.id,
      organizationId: ask.organizationId,
      projectId: ask.projectId,
      poolId: pool.id,
      gpuTypeId: pool.gpuTypeId,
      regionId: pool.regionId,
      capacityClass: ask.capacityClass,
      gpus: ask.gpusPerNode * ask.nodeCount,
      nodeGpus: fit.nodeGpus,
      startedAt: null,
      commitmentId: offer.commitmentId,
      holdMicros: offer.holdMicros,
      reclaimable: false,
      reclaimAt: null,
      slaBacked: false,
    };
    ledger.add(job, pool);
    notes.set(
      pool,
      note(
        pool,
        'CHOSEN',
        JobReason.PLACED,
        `placed: ${job.gpus} GPUs${fit.nodeGpus.length ? ` on ${fit.nodeGpus.length} node(s)` : ''}`,
        offer,
      ),
    );
    for (const other of priced)
      if (!notes.has(other.pool))
        notes.set(other.pool, note(other.pool, 'NOT_TRIED', JobReason.PLACED, 'a cheaper or preferred pool was chosen', other.offer));
    const message = `placed in ${pool.label} (${pool.regionCode})${fit.victims.length ? `, preempting ${fit.victims.map((v) => v.id).join(', ')}` : ''}`;
    decisions.push({
      kind: 'place',
      jobId: ask.id,
      pool,
      nodeGpus: fit.nodeGpus,
      offer,
      explanation: {
        evaluatedAt,
        verdict: 'PLACED',
        reason: JobReason.PLACED,
        message,
        candidates: pools.map((p) => notes.get(p)!),
        preempted: fit.victims.map((v) => v.id),
      },
    });
    return;
  }
  const candidates = pools.map((p) => notes.get(p)!);
  if (refusals.every((r) => r.refusal.never)) {
    const first = refusals[0]!.refusal;
    return finish('reject', first.reason, `rejected: ${first.message}`, candidates);
  }
  // The job waits for what stopped the candidate that got furthest (the cheapest among equals).
  const waiting = refusals.filter((r) => !r.refusal.never);
  waiting.sort((a, b) => STAGES.indexOf(b.refusal.reason) - STAGES.indexOf(a.refusal.reason));
  const best = waiting[0]!.refusal;
  return finish('wait', best.reason, `waiting: ${best.message}`, candidates);
}

const cmpBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Internal demand above what is idle reclaims sellable capacity: SPOT at once (cheapest victims
 * first), then ON_DEMAND where the pool and the customer allow it, after a notice period.
 */
function reclaimForInternalDemand(ledger: Ledger, pool: PoolState, decisions: Decision[]): void {
  let over = overcommittedGpus(pool);
  if (over <= 0) return;
  const now = ledger.world.now;
  const live = ledger.byPool.get(pool.id) ?? [];
  const spot = live.filter((j) => j.capacityClass === CapacityClass.SPOT);
  const spotVictims = chooseVictims(spot, now, (v) => v.reduce((s, j) => s + j.gpus, 0) >= over) ?? spot;
  for (const victim of spotVictims) {
    decisions.push({
      kind: 'preempt',
      jobId: victim.id,
      reason: JobReason.PREEMPTED_FOR_INTERNAL_DEMAND,
      causedBy: `pool:${pool.id}`,
      message: `preempted: internal demand of ${pool.internalDemandGpus} GPUs in ${pool.label} reclaimed its ${victim.gpus} GPUs`,
      cost: { ...preemptionCost(victim, now), noticeSeconds: 0 },
    });
    ledger.remove(victim);
    over -= victim.gpus;
  }
  if (over <= 0 || !pool.onDemandReclaimable) return;
  const onDemand = live.filter((j) => j.capacityClass === CapacityClass.ON_DEMAND && j.reclaimable);
  // Work already under notice counts first; when its time has come, it goes.
  const noticed = onDemand.filter((j) => j.reclaimAt);
  for (const victim of noticed) {
    if (over <= 0) break;
    over -= victim.gpus;
    if (victim.reclaimAt!.getTime() > now.getTime()) continue;
    decisions.push({
      kind: 'preempt',
      jobId: victim.id,
      reason: JobReason.PREEMPTED_FOR_INTERNAL_DEMAND,
      causedBy: `pool:${pool.id}`,
      message: `preempted after ${pool.reclaimNoticeSeconds} s notice: internal demand of ${pool.internalDemandGpus} GPUs in ${pool.label} reclaimed its ${victim.gpus} GPUs`,
      cost: { ...preemptionCost(victim, now), noticeSeconds: pool.reclaimNoticeSeconds },
    });
    ledger.remove(victim);
  }
  if (over <= 0) return;
  const fresh = onDemand.filter((j) => !j.reclaimAt);
  const toNotice = chooseVictims(fresh, now, (v) => v.reduce((s, j) => s + j.gpus, 0) >= over) ?? fresh;
  const reclaimAt = new Date(now.getTime() + pool.reclaimNoticeSeconds * 1000);
  for (const victim of toNotice) {
    victim.reclaimAt = reclaimAt;
    decisions.push({
      kind: 'notice',
      jobId: victim.id,
      reclaimAt,
      message: `reclaim notice: internal demand in ${pool.label} needs its GPUs; it will be preempted at ${reclaimAt.toISOString()}`,
    });
  }
}

/** A pass in progress: decides jobs one at a time against a world it keeps current. */
export interface Pass {
  /** Internal demand first: what it preempts or gives notice to. */
  reclaim(): Decision[];
  /** Decides one job (place, wait or reject, with any preemptions it causes). */
  decide(ask: JobAsk): Decision[];
  /** Forgets live work that ended (its GPUs are free again). */
  end(jobId: string): void;
}

/**
 * The node policy for each pool: `policy` everywhere when given (tests, benchmarks), else the
 * product's — `learnedPolicy` of the pool's recent request shapes — built once per pass.
 */
function policiesFor(policy: NodePolicy | undefined): (pool: PoolState) => NodePolicy {
  if (policy) return () => policy;
  const built = new Map<string, NodePolicy>();
  return (pool) => {
    let p = built.get(pool.id);
    if (!p) built.set(pool.id, (p = learnedPolicy(pool.recentShapes ?? [])));
    return p;
  };
}

export function startPass(world: World, policy?: NodePolicy): Pass {
  const ledger = new Ledger(world);
  const policyFor = policiesFor(policy);
  return {
    reclaim() {
      const decisions: Decision[] = [];
      for (const pool of world.pools) reclaimForInternalDemand(ledger, pool, decisions);
      return decisions;
    },
    decide(ask) {
      const decisions: Decision[] = [];
      decide(ledger, ask, policyFor, decisions);
      return decisions;
    },
    end(jobId) {
      const job = world.live.find((j) => j.id === jobId);
      if (job) ledger.remove(job);
    },
  };
}

/**
 * Runs one pass. `pending` may be in any order. Nodes on SIMULATED pools are chosen by each pool's
 * learned policy (`learnedPolicy` of its `recentShapes`), or by `policy` everywhere when given.
 */
export function schedule(world: World, pending: readonly JobAsk[], policy?: NodePolicy): Decision[] {
  const pass = startPass(world, policy);
  const decisions = pass.reclaim();
  const ordered = [...pending].sort(
    (a, b) => CLASS_ORDER.indexOf(a.capacityClass) - CLASS_ORDER.indexOf(b.capacityClass) || a.id.localeCompare(b.id),
  );
  for (const ask of ordered) decisions.push(...pass.decide(ask));
  return decisions;
}
