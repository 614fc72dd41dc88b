import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { AppError } from '../../graphql/errors';
import { NodePool } from './node-pool.entity';
import { CapacityReservation } from './capacity-reservation.entity';
import { Cluster } from './cluster.entity';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';
import { ClusterHealth, LifecycleStatus } from './inventory.enums';
import {
  capacityRuleViolation,
  dailyForecast,
  NO_ALLOCATIONS,
  poolFigures,
  sumFigures,
  type AllocatedByClass,
  type CapacityFigures,
  type Interval,
} from './capacity.math';

/**
 * Locks a pool's row for the rest of the transaction. Every change to a pool's size, floor or
 * reservations takes this lock first, so concurrent changes are checked one after another.
 */
export function lockPool(em: EntityManager, poolId: string): Promise<NodePool> {
  return em.findOneOrFail(NodePool, poolId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function activeReservations(em: EntityManager, poolIds: string[], now: Date): Promise<Map<string, Interval[]>> {
  const rows = await em.find(CapacityReservation, { pool: { $in: poolIds }, releasedAt: null, endsAt: { $gt: now } });
  const byPool = new Map<string, Interval[]>(poolIds.map((id) => [id, []]));
  for (const r of rows) byPool.get(r.pool.id)?.push({ gpus: r.gpus, startsAt: r.startsAt, endsAt: r.endsAt });
  return byPool;
}

/**
 * Refuses (CONFLICT, with the numbers) a pool whose floor and reservations no longer fit its
 * GPUs. Call with the pool locked, after changing it.
 */
export async function assertCapacityRule(em: EntityManager, pool: NodePool, field: string, now = new Date()): Promise<void> {
  const reservations = (await activeReservations(em, [pool.id], now)).get(pool.id) ?? [];
  const violation = capacityRuleViolation({ totalGpus: pool.totalGpus, internalFloorGpus: pool.internalFloorGpus, reservations }, now);
  if (violation) {
    throw new AppError(
      'CONFLICT',
      `Pool ${pool.name} would promise more than it has: floor ${violation.internalFloorGpus} + committed ${violation.peakCommittedGpus} > total ${violation.totalGpus} GPUs (short by ${violation.shortfallGpus}) on ${violation.at.toISOString()}.`,
      { field, poolId: pool.id, ...violation, at: violation.at.toISOString() },
    );
  }
}

export interface ReserveProps {
  poolId: string;
  gpus: number;
  startsAt: Date;
  endsAt: Date;
  organizationId: string | null;
  source: string;
}

/**
 * Reserves GPUs of a pool for a period (a contract commitment), in the caller's transaction,
 * or refuses with CAPACITY_UNAVAILABLE naming the pool, the dates and the GPUs missing.
 */
export async function reserveCapacity(em: EntityManager, props: ReserveProps): Promise<CapacityReservation> {
  const pool = await lockPool(em, props.poolId);
  const reservations = (await activeReservations(em, [pool.id], props.startsAt)).get(pool.id) ?? [];
  const wanted = [...reservations, { gpus: props.gpus, startsAt: props.startsAt, endsAt: props.endsAt }];
  const violation = capacityRuleViolation(
    { totalGpus: pool.totalGpus, internalFloorGpus: pool.internalFloorGpus, reservations: wanted },
    props.startsAt,
  );
  if (violation) {
    throw new AppError(
      'CAPACITY_UNAVAILABLE',
      `Pool ${pool.name} cannot reserve ${props.gpus} GPUs from ${props.startsAt.toISOString()} to ${props.endsAt.toISOString()}: ${violation.shortfallGpus} GPUs missing on ${violation.at.toISOString()}.`,
      { poolId: pool.id, gpus: props.gpus, shortfallGpus: violation.shortfallGpus, at: violation.at.toISOString() },
    );
  }
  const reservation = em.create(CapacityReservation, { id: newId('reservation'), pool, ...props });
  em.persist(reservation);
  await em.flush();
  return reservation;
}

export type LedgerGrouping = 'POOL' | 'CLUSTER' | 'REGION' | 'GPU_TYPE';

export interface LedgerRow {
  key: string;
  label: string;
  pool: NodePool | null;
  cluster: Cluster | null;
  region: Region | null;
  gpuType: GpuType | null;
  figures: CapacityFigures;
}

export interface LedgerFilter {
  regionId?: string | null;
  gpuTypeId?: string | null;
  clusterId?: string | null;
  poolIds?: string[];
}

interface LoadedPool {
  pool: NodePool;
  cluster: Cluster;
  region: Region;
  gpuType: GpuType;
}

async function loadPools(em: EntityManager, filter: LedgerFilter): Promise<LoadedPool[]> {
  const pools = await em.find(
    NodePool,
    {
      status: LifecycleStatus.ACTIVE,
      ...(filter.poolIds ? { id: { $in: filter.poolIds } } : {}),
      cluster: {
        status: LifecycleStatus.ACTIVE,
        ...(filter.clusterId ? { id: filter.clusterId } : {}),
        ...(filter.regionId ? { region: filter.regionId } : {}),
      },
      ...(filter.gpuTypeId ? { gpuType: filter.gpuTypeId } : {}),
    },
    { populate: ['cluster', 'cluster.region', 'gpuType'], orderBy: { name: 'asc' } },
  );
  return pools.map((pool) => {
    const cluster = pool.cluster.getEntity();
    return { pool, cluster, region: cluster.region.getEntity(), gpuType: pool.gpuType.getEntity() };
  });
}

/** The figures of every active pool now, from the database, in four queries. */
export async function poolLedger(
  em: EntityManager,
  filter: LedgerFilter = {},
  now = new Date(),
): Promise<(LoadedPool & { figures: CapacityFigures })[]> {
  const pools = await loadPools(em, filter);
  if (!pools.length) return [];
  const ids = pools.map((p) => p.pool.id);
  const reservations = await activeReservations(em, ids, now);
  const up = await em.execute<{ pool_id: string; up: string; nodes: string }[]>(
    `select pool_id, coalesce(sum(gpus) filter (where state not in ('DRAINED', 'DOWN')), 0) as up, count(*) as nodes
       from cluster_nodes where pool_id in (${ids.map(() => '?').join(', ')}) group by pool_id`,
    ids,
  );
  const upByPool = new Map(up.map((r) => [r.pool_id, { up: Number(r.up), nodes: Number(r.nodes) }]));
  const allocations = await em.execute<{ pool_id: string; capacity_class: keyof AllocatedByClass; gpus: string }[]>(
    `select pool_id, capacity_class, sum(gpus) as gpus from capacity_allocations
      where released_at is null and pool_id in (${ids.map(() => '?').join(', ')}) group by pool_id, capacity_class`,
    ids,
  );
  const allocated = new Map<string, AllocatedByClass>();
  for (const a of allocations) {
    const row = allocated.get(a.pool_id) ?? { ...NO_ALLOCATIONS };
    row[a.capacity_class] = Number(a.gpus);
    allocated.set(a.pool_id, row);
  }
  return pools.map((loaded) => {
    const { pool, cluster } = loaded;
    const nodes = upByPool.get(pool.id);
    const blockedBecause =
      cluster.health === ClusterHealth.UNREACHABLE
        ? `cluster ${cluster.name} is unreachable${cluster.healthMessage ? ` (${cluster.healthMessage})` : ''}: its capacity is not sold`
        : undefined;
    const figures = poolFigures(
      {
        totalGpus: pool.totalGpus,
        // A pool whose nodes were never listed counts as all up; an unreachable one as none.
        availableGpus: blockedBecause ? 0 : nodes ? Math.min(nodes.up, pool.totalGpus) : pool.totalGpus,
        internalFloorGpus: pool.internalFloorGpus,
        internalDemandGpus: pool.internalDemandGpus,
        reservations: reservations.get(pool.id) ?? [],
        allocated: allocated.get(pool.id) ?? { ...NO_ALLOCATIONS },
        blockedBecause,
      },
      now,
    );
    return { ...loaded, figures };
  });
}

/** The ledger grouped by pool, cluster, region or GPU type, with totals. */
export async function capacityLedger(em: EntityManager, groupBy: LedgerGrouping, filter: LedgerFilter = {}, now = new Date()) {
  const pools = await poolLedger(em, filter, now);
  const groups = new Map<string, { row: Omit<LedgerRow, 'figures'>; figures: CapacityFigures[] }>();
  for (const p of pools) {
    const [key, label, row] = ((): [string, string, Omit<LedgerRow, 'figures' | 'key' | 'label'>] => {
      switch (groupBy) {
        case 'POOL':
          return [
            p.pool.id,
            `${p.cluster.name}/${p.pool.name}`,
            { pool: p.pool, cluster: p.cluster, region: p.region, gpuType: p.gpuType },
          ];
        case 'CLUSTER':
          return [p.cluster.id, p.cluster.name, { pool: null, cluster: p.cluster, region: p.region, gpuType: null }];
        case 'REGION':
          return [p.region.id, p.region.code, { pool: null, cluster: null, region: p.region, gpuType: null }];
        case 'GPU_TYPE':
          return [p.gpuType.id, p.gpuType.code, { pool: null, cluster: null, region: null, gpuType: p.gpuType }];
      }
    })();
    const group = groups.get(key) ?? { row: { key, label, ...row }, figures: [] };
    group.figures.push(p.figures);
    groups.set(key, group);
  }
  const rows: LedgerRow[] = [...groups.values()].map((g) => {
    const figures = g.figures.length === 1 ? g.figures[0]! : sumFigures(g.figures);
    if (g.figures.length > 1) figures.notes = [...new Set(g.figures.flatMap((f) => f.notes))];
    return { ...g.row, figures };
  });
  rows.sort((a, b) => a.label.localeCompare(b.label));
  return { asOf: now, rows, totals: sumFigures(pools.map((p) => p.figures)) };
}

/** Per pool, day by day for `days` days: committed GPUs at their daily peak, and what is left. */
export async function capacityForecast(em: EntityManager, days: number, filter: LedgerFilter = {}, now = new Date()) {
  const pools = await loadPools(em, filter);
  const reservations = await activeReservations(
    em,
    pools.map((p) => p.pool.id),
    now,
  );
  return pools.map(({ pool, cluster }) => ({
    pool,
    label: `${cluster.name}/${pool.name}`,
    days: dailyForecast(
      { totalGpus: pool.totalGpus, internalFloorGpus: pool.internalFloorGpus, reservations: reservations.get(pool.id) ?? [] },
      now,
      days,
    ),
  }));
}
