import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClusterDriver, DriverJobSpec, DriverJobStatus, HealthReport, Inventory } from '../driver';
import { DriverError } from '../driver';
import { NodePool } from '../../modules/inventory/node-pool.entity';
import { ClusterNode } from '../../modules/inventory/cluster-node.entity';
import { LifecycleStatus } from '../../modules/inventory/inventory.enums';
import type { SimulatedSettings } from '../../modules/inventory/cluster-settings';

/**
 * The built-in engine: its machines are the cluster's node rows in PostgreSQL, so every process
 * sees the same state. Health is HEALTHY unless the cluster's settings force another answer.
 */
export class SimulatedDriver implements ClusterDriver {
  readonly kind = 'SIMULATED' as const;

  constructor(
    private readonly em: EntityManager,
    private readonly clusterId: string,
    private readonly settings: SimulatedSettings,
  ) {}

  async describeInventory(): Promise<Inventory> {
    const pools = await this.em.find(NodePool, { cluster: this.clusterId, status: LifecycleStatus.ACTIVE }, { populate: ['gpuType'] });
    const nodes = await this.em.find(ClusterNode, { pool: { $in: pools.map((p) => p.id) } }, { orderBy: { name: 'asc' } });
    return {
      observedAt: new Date(),
      pools: pools.map((pool) => ({
        name: pool.name,
        gpuType: pool.gpuType.getEntity().code,
        gpusPerNode: pool.gpusPerNode,
        nodes: nodes
          .filter((n) => n.pool.id === pool.id)
          .map((n) => ({
            name: n.name,
            gpuType: pool.gpuType.getEntity().code,
            gpus: n.gpus,
            allocatedGpus: n.allocatedGpus,
            state: n.state,
          })),
      })),
    };
  }

  async health(): Promise<HealthReport> {
    const status = this.settings.simulatedHealth ?? 'HEALTHY';
    const message = status === 'HEALTHY' ? 'simulated cluster: all nodes answer' : `simulated cluster: forced ${status} by its settings`;
    return { status, message, latencyMs: 0, checkedAt: new Date() };
  }

  // Running work on simulated nodes (placement, duration, time factor) is part of the GPU jobs
  // capability; until it exists, nothing calls these and they refuse rather than pretend.
  submit(_spec: DriverJobSpec): Promise<{ externalId: string; created: boolean }> {
    return Promise.reject(new DriverError('REJECTED', 'The simulated engine does not run jobs yet.'));
  }

  cancel(_marker: string): Promise<void> {
    return Promise.reject(new DriverError('REJECTED', 'The simulated engine does not run jobs yet.'));
  }

  status(_markers: string[]): Promise<DriverJobStatus[]> {
    return Promise.resolve([]);
  }

  preempt(_marker: string, _reason: string): Promise<void> {
    return Promise.reject(new DriverError('REJECTED', 'The simulated engine does not run jobs yet.'));
  }
}
