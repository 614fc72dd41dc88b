import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import type { CapacityClass } from '../inventory/inventory.enums';
import type { NodeShare } from '../../scheduler/world';

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
  /** SIMULATED: GPUs (and CPU and memory) per node Headroom placed it on; SLURM: one row for the pool (node null). */
  nodeGpus: NodeShare[];
  gpus: number;
}

/**
 * Records the GPUs placed jobs hold: capacity allocations (what the ledger counts) and, on
 * simulated nodes, the GPUs, CPU and memory taken per node — in the caller's transaction, in a
 * few statements however many jobs there are.
 */
export async function holdCapacity(em: EntityManager, holds: readonly JobHold[]): Promise<void> {
  if (!holds.length) return;
  const rows: unknown[] = [];
  const values: string[] = [];
  for (const h of holds) {
    const parts: (Omit<NodeShare, 'nodeId'> & { nodeId: string | null })[] = h.nodeGpus.length
      ? h.nodeGpus
      : [{ nodeId: null, gpus: h.gpus }];
    for (const p of parts) {
      values.push('(?, ?, ?, ?::capacity_class, ?, ?, ?, ?, ?, ?, ?, now(), now())');
      rows.push(
        newId('allocation'),
        h.poolId,
        p.nodeId,
        h.capacityClass,
        p.gpus,
        p.cpuMilli ?? 0,
        p.memoryMib ?? 0,
        h.organizationId,
        h.projectId,
        h.jobId,
        `job:${h.jobId}`,
      );
    }
  }
  await em.execute(
    `insert into capacity_allocations
       (id, pool_id, node_id, capacity_class, gpus, cpu_milli, memory_mib, organization_id, project_id, job_id, source, created_at, updated_at)
     values ${values.join(', ')}`,
    rows,
    'run',
  );
  await addToNodes(
    em,
    holds.flatMap((h) => h.nodeGpus),
  );
}

/** Releases what jobs hold (allocations, and GPUs, CPU and memory on simulated nodes). Releasing twice releases nothing more. */
export async function releaseCapacity(em: EntityManager, jobIds: readonly string[]): Promise<void> {
  if (!jobIds.length) return;
  const released = await em.execute<{ node_id: string | null; gpus: number; cpu_milli: number; memory_mib: number }[]>(
    `update capacity_allocations set released_at = now(), updated_at = now()
      where job_id in (${jobIds.map(() => '?').join(', ')}) and released_at is null
      returning node_id, gpus, cpu_milli, memory_mib`,
    [...jobIds],
  );
  await addToNodes(
    em,
    released.flatMap((r) => (r.node_id ? [{ nodeId: r.node_id, gpus: -r.gpus, cpuMilli: -r.cpu_milli, memoryMib: -r.memory_mib }] : [])),
  );
}

/** Adds (or, negative, takes back) GPUs, CPU and memory taken on simulated nodes, and sets each node's state to match. */
async function addToNodes(em: EntityManager, deltas: readonly NodeShare[]): Promise<void> {
  if (!deltas.length) return;
  await em.execute(
    `update cluster_nodes n set allocated_gpus = greatest(0, n.allocated_gpus + t.gpus),
            allocated_cpu_milli = greatest(0, n.allocated_cpu_milli + t.cpu_milli),
            allocated_memory_mib = greatest(0, n.allocated_memory_mib + t.memory_mib), updated_at = now()
       from (select node_id, sum(gpus)::int as gpus, sum(cpu_milli)::int as cpu_milli, sum(memory_mib)::int as memory_mib
               from (values ${deltas.map(() => '(?, ?::int, ?::int, ?::int)').join(', ')}) v(node_id, gpus, cpu_milli, memory_mib)
              group by node_id) t
      where n.id = t.node_id`,
    deltas.flatMap((d) => [d.nodeId, d.gpus, d.cpuMilli ?? 0, d.memoryMib ?? 0]),
    'run',
  );
  await em.execute(
    `update cluster_nodes n set state = ${NODE_STATE} where n.id in (${deltas.map(() => '?').join(', ')})`,
    deltas.map((d) => d.nodeId),
    'run',
  );
}
