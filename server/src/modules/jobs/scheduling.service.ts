import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { groupBy } from '../../lib/group-by';
import { poolLedger } from '../inventory/capacity.service';
import { CapacityClass, ClusterHealth, DriverKind, type Jurisdiction, type PricedClass } from '../inventory/inventory.enums';
import { gpuPricesInForce } from '../catalog/price-book.service';
import { termsInForce } from '../contracts/terms-in-force';
import { Commitment } from '../contracts/commitment.entity';
import { CommitmentStatus, QuotaKind, SpendCapMode } from '../contracts/contracts.enums';
import { Quota } from '../contracts/quota.entity';
import { Organization } from '../tenancy/organization.entity';
import { OrganizationKind } from '../tenancy/tenancy.enums';
import { askToProvision } from './provisioning.service';
import { schedule, type Decision } from '../../scheduler/schedule';
import type { JobAsk, LiveJob, NodeShare, OrgPolicy, PoolState, World, ListPrice } from '../../scheduler/world';
import { requestShapesOf, type FreeNode, type NodePolicy, type RequestShape } from '../../scheduler/node-placement';
import { RECENT_WORK } from '../../scheduler/learned-mix';
import { perNodeAsk } from '../../scheduler/per-node-ask';
import { monthToDateSpend, spentBeyondHolds } from '../metering/month-to-date-spend';
import { Job } from './job.entity';
import { HOLDING_STATUSES, JobReason, JobStatus } from './jobs.enums';
import { note, SYSTEM, transition } from './job-transition';
import { endJob } from './job-end';
import { holdCapacity } from './job-capacity';
import { orderEngineStop } from './engine-stop.service';
import { Cluster } from '../inventory/cluster.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { Region } from '../inventory/region.entity';
import { GpuType } from '../inventory/gpu-type.entity';

/** Jobs looked at per pass; a pass that fills it runs again at once. */
export const PASS_LIMIT = 1_000;

/** Postgres advisory lock key: one scheduling pass at a time, across every worker process. */
const SCHEDULER_LOCK = 0x4865_6164; // "Head"

/** Loads what a pass needs, in a handful of queries, as plain data. */
export async function loadWorld(em: EntityManager, pendingOrgIds: readonly string[], now: Date): Promise<World> {
  const ledger = await poolLedger(em, {}, now);
  const simulatedPoolIds = ledger.filter((p) => p.cluster.driver === DriverKind.SIMULATED).map((p) => p.pool.id);
  const nodeRows = simulatedPoolIds.length
    ? await em.execute<NodeRow[]>(
        `select id, name, pool_id, gpus, allocated_gpus, cpu_milli, allocated_cpu_milli, memory_mib, allocated_memory_mib from cluster_nodes
          where pool_id in (${simulatedPoolIds.map(() => '?').join(', ')}) and state not in ('DRAINED', 'DOWN') order by name`,
        simulatedPoolIds,
      )
    : [];
  const nodesByPool = new Map<string, FreeNode[]>();
  for (const n of nodeRows) {
    const list = nodesByPool.get(n.pool_id) ?? [];
    list.push(freeNodeOf(n));
    nodesByPool.set(n.pool_id, list);
  }
  const recentShapes = await recentShapesByPool(
    em,
    ledger.filter((p) => p.cluster.driver === DriverKind.SIMULATED).map((p) => p.pool),
  );
  const pools: PoolState[] = ledger.map(({ pool, cluster, region, gpuType, figures }) => ({
    id: pool.id,
    label: `${cluster.name}/${pool.name}`,
    clusterId: cluster.id,
    driver: cluster.driver,
    regionId: region.id,
    regionCode: region.code,
    jurisdiction: region.jurisdiction as Jurisdiction,
    gpuTypeId: gpuType.id,
    gpuTypeCode: gpuType.code,
    gpusPerNode: pool.gpusPerNode,
    nodeCount: pool.nodeCount,
    cpuMilliPerNode: pool.cpuMilliPerNode ?? null,
    memoryMibPerNode: pool.memoryMibPerNode ?? null,
    recentShapes: recentShapes.get(pool.id) ?? [],
    availableGpus: figures.availableGpus,
    internalFloorGpus: pool.internalFloorGpus,
    internalDemandGpus: pool.internalDemandGpus,
    committedGpus: figures.committedGpus,
    onDemandReclaimable: pool.onDemandReclaimable,
    reclaimNoticeSeconds: pool.reclaimNoticeSeconds,
    blockedBecause: cluster.health === ClusterHealth.UNREACHABLE ? (figures.notes[0] ?? `cluster ${cluster.name} is unreachable`) : null,
    allocated: { ...figures.allocated },
    nodes: cluster.driver === DriverKind.SIMULATED ? (nodesByPool.get(pool.id) ?? []) : null,
  }));

  const liveRows = await em.execute<
    {
      id: string;
      organization_id: string;
      project_id: string;
      pool_id: string;
      gpu_type_id: string;
      region_id: string;
      capacity_class: CapacityClass;
      gpus_per_node: number;
      node_count: number;
      started_at: Date | null;
      commitment_id: string | null;
      spend_hold_micros: string;
      reclaim_at: Date | null;
    }[]
  >(
    `select j.id, j.organization_id, j.project_id, j.pool_id, j.gpu_type_id, j.region_id, j.capacity_class, j.gpus_per_node,
            j.node_count, j.started_at, j.commitment_id, j.spend_hold_micros, j.reclaim_at
       from jobs j where j.status in (${HOLDING_STATUSES.map(() => '?').join(', ')}) and j.pool_id is not null`,
    [...HOLDING_STATUSES],
  );
  // Which nodes live work holds (simulated pools): one scan of the open allocations.
  const held = simulatedPoolIds.length
    ? await em.execute<{ job_id: string; node_id: string; gpus: number; cpu_milli: number; memory_mib: number }[]>(
        `select job_id, node_id, gpus, cpu_milli, memory_mib from capacity_allocations
          where released_at is null and node_id is not null and job_id is not null
            and pool_id in (${simulatedPoolIds.map(() => '?').join(', ')})`,
        simulatedPoolIds,
      )
    : [];
  const nodesByJob = new Map<string, NodeShare[]>();
  for (const h of held) {
    const list = nodesByJob.get(h.job_id) ?? [];
    list.push({ nodeId: h.node_id, gpus: h.gpus, cpuMilli: h.cpu_milli, memoryMib: h.memory_mib });
    nodesByJob.set(h.job_id, list);
  }
  const orgIds = [...new Set([...pendingOrgIds, ...liveRows.map((r) => r.organization_id)])];
  const orgs = await loadPolicies(em, orgIds, now);
  const poolById = new Map(pools.map((p) => [p.id, p]));
  const live: LiveJob[] = liveRows.map((r) => {
    const policy = orgs.get(r.organization_id);
    return {
      id: r.id,
      organizationId: r.organization_id,
      projectId: r.project_id,
      poolId: r.pool_id,
      gpuTypeId: r.gpu_type_id,
      regionId: r.region_id,
      capacityClass: r.capacity_class,
      gpus: r.gpus_per_node * r.node_count,
      nodeGpus: nodesByJob.get(r.id) ?? [],
      startedAt: r.started_at ? new Date(r.started_at) : null,
      commitmentId: r.commitment_id,
      holdMicros: BigInt(r.spend_hold_micros),
      reclaimable:
        r.capacity_class === CapacityClass.ON_DEMAND &&
        (poolById.get(r.pool_id)?.onDemandReclaimable ?? false) &&
        (policy?.contract?.terms.onDemandReclaimable ?? true),
      reclaimAt: r.reclaim_at ? new Date(r.reclaim_at) : null,
      slaBacked: !!policy?.contract?.terms.slaPolicyId,
    };
  });

  const prices = new Map<string, ListPrice>();
  for (const p of await gpuPricesInForce(em, now)) {
    prices.set(`${p.gpuType.id}:${p.region.id}:${p.priceClass}`, { pricePerGpuHour: p.pricePerGpuHour, currency: p.currency });
  }
  return {
    now,
    nodeNames: new Map(nodeRows.map((n) => [n.id, n.name])),
    pools,
    live,
    orgs,
    price: (gpuTypeId: string, regionId: string, priceClass: PricedClass) => prices.get(`${gpuTypeId}:${regionId}:${priceClass}`) ?? null,
  };
}

interface NodeRow {
  id: string;
  name: string;
  pool_id: string;
  gpus: number;
  allocated_gpus: number;
  cpu_milli: number | null;
  allocated_cpu_milli: number;
  memory_mib: number | null;
  allocated_memory_mib: number;
}

/** A node as placement sees it: free GPUs, and free CPU and memory where the node counts them. */
function freeNodeOf(n: NodeRow): FreeNode {
  return {
    id: n.id,
    gpus: n.gpus,
    freeGpus: Math.max(0, n.gpus - n.allocated_gpus),
    ...(n.cpu_milli != null ? { cpuMilli: n.cpu_milli, freeCpuMilli: Math.max(0, n.cpu_milli - n.allocated_cpu_milli) } : {}),
    ...(n.memory_mib != null ? { memoryMib: n.memory_mib, freeMemoryMib: Math.max(0, n.memory_mib - n.allocated_memory_mib) } : {}),
  };
}

/**
 * The request shapes of each pool's last `RECENT_WORK` placements, which its node policy keeps room
 * for (`learnedPolicy`): in one query, counted by (GPUs, CPU, memory) per node as each job asked,
 * then given the pool's share per GPU where the job asked for none (`perNodeAsk`, as at placement).
 */
async function recentShapesByPool(em: EntityManager, pools: readonly NodePool[]): Promise<Map<string, RequestShape[]>> {
  const shapes = new Map<string, RequestShape[]>();
  if (!pools.length) return shapes;
  const rows = await em.execute<
    { pool_id: string; gpus_per_node: number; cpu_milli_per_node: number | null; memory_mib_per_node: number | null; nodes: number }[]
  >(
    `select p.id as pool_id, r.gpus_per_node, r.cpu_milli_per_node, r.memory_mib_per_node, sum(r.node_count)::int as nodes
       from (values ${pools.map(() => '(?)').join(', ')}) p(id)
       cross join lateral (
         select j.gpus_per_node, j.node_count, j.cpu_milli_per_node, j.memory_mib_per_node from jobs j
          where j.pool_id = p.id and j.admitted_at is not null order by j.admitted_at desc limit ?) r
      group by 1, 2, 3, 4`,
    [...pools.map((p) => p.id), RECENT_WORK],
  );
  const byId = new Map(pools.map((p) => [p.id, p]));
  for (const [poolId, group] of groupBy(rows, (r) => r.pool_id)) {
    const pool = byId.get(poolId)!;
    const asks = group.map((r) =>
      perNodeAsk(
        {
          gpusPerNode: r.gpus_per_node,
          nodeCount: r.nodes,
          cpuMilliPerNode: r.cpu_milli_per_node,
          memoryMibPerNode: r.memory_mib_per_node,
        },
        pool,
      ),
    );
    shapes.set(poolId, requestShapesOf(asks));
  }
  return shapes;
}

/** Each organization's contract terms, commitments, GPU quotas and rated spend this month. */
async function loadPolicies(em: EntityManager, orgIds: readonly string[], now: Date): Promise<Map<string, OrgPolicy>> {
  const policies = new Map<string, OrgPolicy>();
  if (!orgIds.length) return policies;
  const orgs = await em.find(Organization, { id: { $in: [...orgIds] } });
  const quotas = await em.find(Quota, { organization: { $in: [...orgIds] }, kind: QuotaKind.CONCURRENT_GPUS });
  const terms = new Map<string, Awaited<ReturnType<typeof termsInForce>>>();
  for (const org of orgs) terms.set(org.id, await termsInForce(em, org.id, now));
  // Month-to-date spend only matters against a HARD cap (`spendCapRefusal`), and reading it walks
  // every live job's usage: only the organizations with one pay for it. Live jobs' holds are added
  // by the scheduler from the live work it sees (and changes).
  const capped = orgs.filter((org) => terms.get(org.id)?.terms.spendCap?.mode === SpendCapMode.HARD).map((org) => org.id);
  const spent = await monthToDateSpend(em, capped, now);
  for (const org of orgs) {
    const tif = terms.get(org.id) ?? null;
    const commitments = tif
      ? await em.find(Commitment, { contract: tif.contract, status: CommitmentStatus.ACTIVE, pool: { $ne: null } })
      : [];
    policies.set(org.id, {
      organizationId: org.id,
      internal: org.kind === OrganizationKind.INTERNAL,
      contract: tif ? { currency: tif.contract.currency, terms: tif.terms } : null,
      commitments: commitments.map((c) => ({
        id: c.id,
        poolId: c.pool!.id,
        regionId: c.region.id,
        gpuTypeId: c.gpuType.id,
        gpus: c.gpus,
        startsAt: c.startsAt,
        endsAt: c.endsAt,
        ratePerGpuHour: c.ratePerGpuHour,
      })),
      quotas: quotas
        .filter((q) => q.organization.id === org.id)
        .map((q) => ({
          id: q.id,
          projectId: q.project?.id ?? null,
          gpuTypeId: q.gpuType?.id ?? null,
          regionId: q.region?.id ?? null,
          limit: q.limit,
        })),
      spentThisMonthMicros: spent.has(org.id) ? spentBeyondHolds(spent.get(org.id)!) : 0n,
    });
  }
  return policies;
}

export function askOf(job: Job): JobAsk {
  return {
    id: job.id,
    organizationId: job.organization.id,
    projectId: job.project.id,
    capacityClass: job.capacityClass,
    gpuTypeIds: job.gpuTypeIds,
    regionIds: job.regionIds,
    gpusPerNode: job.gpusPerNode,
    nodeCount: job.nodeCount,
    cpuMilliPerNode: job.cpuMilliPerNode ?? null,
    memoryMibPerNode: job.memoryMibPerNode ?? null,
    maxDurationSeconds: job.maxDurationSeconds,
  };
}

export interface PassResult {
  /** False when another pass held the lock. */
  ran: boolean;
  looked: number;
  placed: number;
  rejected: number;
  preempted: number;
}

/**
 * One scheduling pass in one transaction, under an advisory lock so passes never overlap: loads
 * the waiting jobs and the world, decides (pure), and writes every decision back — transitions
 * with their events, capacity held and released, and outbox rows for the workers to provision
 * and stop — so all of it commits or none of it does. Nodes are chosen by each pool's learned
 * policy (`learnedPolicy` of its recent work's shapes) unless `options.policy` says otherwise.
 */
export async function runSchedulingPass(em: EntityManager, options: { now?: Date; policy?: NodePolicy } = {}): Promise<PassResult> {
  return em.transactional(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [SCHEDULER_LOCK]);
    if (!lock?.locked) return { ran: false, looked: 0, placed: 0, rejected: 0, preempted: 0 };
    const now = options.now ?? new Date();
    // Locked for the pass, skipping any someone holds (a cancel in flight): a decision is never
    // written over a change the pass did not see. A skipped job is looked at by the next pass.
    const pending = await tx.find(
      Job,
      { status: JobStatus.PENDING },
      { orderBy: { id: 'asc' }, limit: PASS_LIMIT, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    // Nothing waits and no pool's owner wants GPUs back: nothing to decide, the world is not loaded.
    if (!pending.length && !(await tx.count(NodePool, { internalDemandGpus: { $gt: 0 } }))) {
      return { ran: true, looked: 0, placed: 0, rejected: 0, preempted: 0 };
    }
    const world = await loadWorld(tx, [...new Set(pending.map((j) => j.organization.id))], now);
    const decisions = schedule(world, pending.map(askOf), options.policy);
    return applyDecisions(tx, decisions, pending, world.nodeNames, now);
  });
}

async function applyDecisions(
  tx: EntityManager,
  decisions: readonly Decision[],
  pending: readonly Job[],
  nodeNames: ReadonlyMap<string, string>,
  now: Date,
): Promise<PassResult> {
  const byId = new Map(pending.map((j) => [j.id, j]));
  const victimIds = decisions.filter((d) => d.kind === 'preempt' || d.kind === 'notice').map((d) => d.jobId);
  const victims = victimIds.length ? await tx.find(Job, { id: { $in: victimIds } }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : [];
  for (const v of victims) byId.set(v.id, v);
  const result: PassResult = { ran: true, looked: pending.length, placed: 0, rejected: 0, preempted: 0 };
  const holds = [];
  const placed: Job[] = [];
  for (const d of decisions) {
    const job = byId.get(d.jobId);
    if (!job) continue;
    switch (d.kind) {
      case 'place': {
        job.cluster = tx.getReference(Cluster, d.pool.clusterId, { wrapped: true });
        job.pool = tx.getReference(NodePool, d.pool.id, { wrapped: true });
        job.region = tx.getReference(Region, d.pool.regionId, { wrapped: true });
        job.gpuType = tx.getReference(GpuType, d.pool.gpuTypeId, { wrapped: true });
        job.nodeNames = d.nodeGpus.map((n) => nodeNames.get(n.nodeId) ?? n.nodeId);
        job.admittedAt = now;
        job.currency = d.offer.currency;
        job.unitPrice = d.offer.unitPrice;
        job.listUnitPrice = d.offer.listUnitPrice;
        job.commitment = d.offer.commitmentId ? tx.getReference(Commitment, d.offer.commitmentId, { wrapped: true }) : null;
        job.spendHoldMicros = d.offer.holdMicros;
        job.placement = d.explanation;
        const price = d.offer.unitPrice != null ? ` at ${d.offer.unitPrice} micro-${d.offer.currency} per GPU-hour` : '';
        transition(tx, job, {
          to: JobStatus.ADMITTED,
          reason: JobReason.ADMITTED,
          message: `admitted as ${job.capacityClass}${price}`,
          actor: SYSTEM.scheduler,
          at: now,
        });
        transition(tx, job, {
          to: JobStatus.PROVISIONING,
          reason: JobReason.PLACED,
          message: d.explanation.message,
          actor: SYSTEM.scheduler,
          at: now,
          details: { poolId: d.pool.id, nodes: d.nodeGpus.length, preempted: d.explanation.preempted },
        });
        holds.push({
          jobId: job.id,
          organizationId: job.organization.id,
          projectId: job.project.id,
          poolId: d.pool.id,
          capacityClass: job.capacityClass,
          nodeGpus: d.nodeGpus,
          gpus: job.gpus,
        });
        placed.push(job);
        result.placed++;
        break;
      }
      case 'wait':
        if (job.reason !== d.reason || job.statusMessage !== d.message) {
          job.placement = d.explanation;
          if (job.reason !== d.reason) note(tx, job, { reason: d.reason, message: d.message, actor: SYSTEM.scheduler, at: now });
          else job.statusMessage = d.message;
        }
        break;
      case 'reject':
        job.placement = d.explanation;
        await endJob(tx, job, { to: JobStatus.REJECTED, reason: d.reason, message: d.message, actor: SYSTEM.scheduler, at: now });
        result.rejected++;
        break;
      case 'preempt':
        await preempt(tx, job, d, now);
        result.preempted++;
        break;
      case 'notice':
        job.reclaimAt = d.reclaimAt;
        note(tx, job, {
          reason: JobReason.RECLAIM_NOTICE,
          message: d.message,
          actor: SYSTEM.scheduler,
          at: now,
          details: { reclaimAt: d.reclaimAt.toISOString() },
        });
        break;
    }
  }
  askToProvision(tx, placed);
  await tx.flush();
  await holdCapacity(tx, holds);
  return result;
}

/** Stops a job for higher-priority work: PREEMPTED with why and at what cost, then requeued if it asked. */
async function preempt(tx: EntityManager, job: Job, d: Extract<Decision, { kind: 'preempt' }>, now: Date): Promise<void> {
  if (!HOLDING_STATUSES.includes(job.status)) return;
  await endJob(tx, job, {
    to: JobStatus.PREEMPTED,
    reason: d.reason,
    message: d.message,
    actor: SYSTEM.scheduler,
    at: now,
    details: { causedBy: d.causedBy, lostGpuSeconds: d.cost.lostGpuSeconds, noticeSeconds: d.cost.noticeSeconds, slaCreditOwed: false },
  });
  job.preemptedBy = d.causedBy;
  job.reclaimAt = null;
  orderEngineStop(tx, job, 'PREEMPT');
  if (job.requeueOnPreemption) requeue(tx, job, now);
}

/** Back to PENDING as a new attempt (a new engine marker), keeping the history in events. */
function requeue(tx: EntityManager, job: Job, now: Date): void {
  transition(tx, job, {
    to: JobStatus.PENDING,
    reason: JobReason.REQUEUED,
    message: 'requeued after preemption, as its submitter asked',
    actor: SYSTEM.scheduler,
    at: now,
  });
  job.attempt += 1;
  job.cluster = null;
  job.pool = null;
  job.region = null;
  job.gpuType = null;
  job.nodeNames = [];
  job.externalId = null;
  job.admittedAt = null;
  job.startedAt = null;
  job.endedAt = null;
  job.exitCode = null;
  job.usageRecordedUntil = null;
  job.spendHoldMicros = 0n;
  job.commitment = null;
}
