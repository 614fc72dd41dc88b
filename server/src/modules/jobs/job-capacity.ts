import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import type { CapacityClass } from '../inventory/inventory.enums';

// A simulated node's state follows the GPUs taken on it; drained and down nodes keep theirs.
const NODE_STATE = `case when n.state in ('DRAINED', 'DOWN') then n.state
                         when n.allocated_gpus = 0 then 'IDLE'::node_state
                         when n.allocated_gpus >= n.gpus then 'ALLOCATED'::node_state
                         else 'MIXED'::node_state end`;

export interface JobHold {
  jobId: string;
  organizationId: string;
  projectId: string;
  poolId: string;
  capacityClass: CapacityClass;
  /** SIMULATED: GPUs per node Headroom placed it on; SLURM: one row for the pool (node null). */
  nodeGpus: { nodeId: string; gpus: number }[];
  gpus: number;
}

/**
 * Records the GPUs placed jobs hold: capacity allocations (what the ledger counts) and, on
 * simulated nodes, the GPUs taken per node — in the caller's transaction, in two statements
 * however many jobs there are.
 */
export async function holdCapacity(em: EntityManager, holds: readonly JobHold[]): Promise<void> {
  if (!holds.length) return;
  const rows: unknown[] = [];
  const values: string[] = [];
  for (const h of holds) {
    const parts = h.nodeGpus.length ? h.nodeGpus : [{ nodeId: null, gpus: h.gpus }];
    for (const p of parts) {
      values.push('(?, ?, ?, ?::capacity_class, ?, ?, ?, ?, ?, now(), now())');
      rows.push(newId('allocation'), h.poolId, p.nodeId, h.capacityClass, p.gpus, h.organizationId, h.projectId, h.jobId, `job:${h.jobId}`);
    }
  }
  await em.execute(
    `insert into capacity_allocations (id, pool_id, node_id, capacity_class, gpus, organization_id, project_id, job_id, source, created_at, updated_at)
     values ${values.join(', ')}`,
    rows,
    'run',
  );
  await addNodeGpus(
    em,
    holds.flatMap((h) => h.nodeGpus),
  );
}

/** Releases what jobs hold (allocations, and GPUs on simulated nodes). Releasing twice releases nothing more. */
export async function releaseCapacity(em: EntityManager, jobIds: readonly string[]): Promise<void> {
  if (!jobIds.length) return;
  const released = await em.execute<{ node_id: string | null; gpus: number }[]>(
    `update capacity_allocations set released_at = now(), updated_at = now()
      where job_id in (${jobIds.map(() => '?').join(', ')}) and released_at is null
      returning node_id, gpus`,
    [...jobIds],
  );
  await addNodeGpus(
    em,
    released.flatMap((r) => (r.node_id ? [{ nodeId: r.node_id, gpus: -r.gpus }] : [])),
  );
}

/** Adds (or, negative, takes back) GPUs taken on simulated nodes, and sets each node's state to match. */
async function addNodeGpus(em: EntityManager, deltas: readonly { nodeId: string; gpus: number }[]): Promise<void> {
  if (!deltas.length) return;
  await em.execute(
    `update cluster_nodes n set allocated_gpus = greatest(0, n.allocated_gpus + t.gpus), updated_at = now()
       from (select node_id, sum(gpus)::int as gpus from (values ${deltas.map(() => '(?, ?::int)').join(', ')}) v(node_id, gpus) group by node_id) t
      where n.id = t.node_id`,
    deltas.flatMap((d) => [d.nodeId, d.gpus]),
    'run',
  );
  await em.execute(
    `update cluster_nodes n set state = ${NODE_STATE} where n.id in (${deltas.map(() => '?').join(', ')})`,
    deltas.map((d) => d.nodeId),
    'run',
  );
}
