import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClusterDriver, DriverJobSpec, DriverJobStatus, HealthReport, Inventory, SubmitResult } from '../driver';
import { executeBound } from '../../db/bound-sql';
import { DriverError } from '../driver';
import { NodePool } from '../../modules/inventory/node-pool.entity';
import { ClusterNode } from '../../modules/inventory/cluster-node.entity';
import { LifecycleStatus } from '../../modules/inventory/inventory.enums';
import type { SimulatedSettings } from '../../modules/inventory/cluster-settings';

/**
 * What a simulated job's program does, read from its environment like a real program would:
 * `HEADROOM_SIM_RUN_SECONDS` (how long it runs; default its max duration) and
 * `HEADROOM_SIM_EXIT_CODE` (default 0; anything but a whole 0–255, which no process could exit with, reads as 1). A run longer than the max duration hits the time limit.
 */
export const SIM_RUN_SECONDS = 'HEADROOM_SIM_RUN_SECONDS';
export const SIM_EXIT_CODE = 'HEADROOM_SIM_EXIT_CODE';

function programOf(spec: DriverJobSpec): { seconds: number; exitCode: number; timeLimited: boolean } {
  const asked = Number(spec.environment[SIM_RUN_SECONDS] ?? spec.maxDurationSeconds);
  const seconds = Number.isFinite(asked) && asked >= 0 ? asked : spec.maxDurationSeconds;
  const code = Number(spec.environment[SIM_EXIT_CODE] ?? 0);
  const timeLimited = seconds > spec.maxDurationSeconds;
  return {
    seconds: Math.min(seconds, spec.maxDurationSeconds),
    exitCode: Number.isInteger(code) && code >= 0 && code <= 255 ? code : 1,
    timeLimited,
  };
}

const TIME_LIMIT_EXIT = 124;

/**
 * The built-in engine: its machines are the cluster's node rows in PostgreSQL and its jobs are
 * `simulated_runs` rows, so every process sees the same state and a job finishes at its time
 * whether or not anything is awake. Headroom's scheduler places simulated work on nodes itself;
 * the engine only runs it. Time runs `timeFactor` times faster than real time.
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

  private refuseWhenDown(): void {
    if (this.settings.simulatedHealth === 'UNREACHABLE')
      throw new DriverError('UNREACHABLE', 'simulated cluster: forced UNREACHABLE by its settings');
  }

  /** Starts the run at once (the nodes were chosen by Headroom); a marker it knows is returned as it is. */
  async submit(spec: DriverJobSpec): Promise<{ externalId: string; created: boolean }> {
    const [result] = await this.submitAll([spec]);
    if ('error' in result!) throw result.error;
    return result!;
  }

  /** `submit` for a batch, in one statement; `submitDelayMs` is how long the engine takes to accept each job of it. */
  async submitAll(specs: readonly DriverJobSpec[]): Promise<SubmitResult[]> {
    this.refuseWhenDown();
    if (this.settings.submitDelayMs) await new Promise((r) => setTimeout(r, this.settings.submitDelayMs * specs.length));
    const startedAt = new Date();
    const runs = specs.map((spec) => {
      const program = programOf(spec);
      return {
        marker: spec.marker,
        external_id: `sim-${spec.marker}`,
        started_at: startedAt,
        ends_at: new Date(startedAt.getTime() + (program.seconds * 1000) / this.settings.timeFactor),
        exit_code: program.timeLimited ? TIME_LIMIT_EXIT : program.exitCode,
      };
    });
    const rows = await executeBound<{ marker: string; external_id: string; created: boolean }>(
      this.em,
      `insert into simulated_runs (marker, external_id, cluster_id, started_at, ends_at, exit_code)
       select r.marker, r.external_id, ?, r.started_at, r.ends_at, r.exit_code
         from json_to_recordset(?::json) as r(marker text, external_id text, started_at timestamptz, ends_at timestamptz, exit_code int)
       on conflict (marker) do update set marker = excluded.marker
       returning marker, external_id, (xmax = 0) as created`,
      [this.clusterId, JSON.stringify(runs)],
    );
    const byMarker = new Map(rows.map((r) => [r.marker, r]));
    return specs.map((spec) => {
      const row = byMarker.get(spec.marker)!;
      return { marker: spec.marker, externalId: row.external_id, created: row.created };
    });
  }

  async cancel(marker: string): Promise<void> {
    this.refuseWhenDown();
    await this.stop(marker, 'CANCELLED', 'cancelled');
  }

  async status(markers: string[]): Promise<DriverJobStatus[]> {
    this.refuseWhenDown();
    if (!markers.length) return [];
    // Plain rows: the reconciler asks about every live job every few seconds.
    const runs = await executeBound<{
      marker: string;
      external_id: string;
      started_at: Date;
      ends_at: Date;
      exit_code: number;
      stopped_at: Date | null;
      stop_state: 'CANCELLED' | 'PREEMPTED' | null;
      stop_reason: string | null;
    }>(
      this.em,
      `select marker, external_id, started_at, ends_at, exit_code, stopped_at, stop_state, stop_reason
         from simulated_runs where cluster_id = ? and marker = any(?::text[])`,
      [this.clusterId, markers],
    );
    const now = Date.now();
    return runs.map((run): DriverJobStatus => {
      const base = { marker: run.marker, externalId: run.external_id, startedAt: new Date(run.started_at) };
      if (run.stopped_at && run.stop_state) {
        return { ...base, state: run.stop_state, endedAt: new Date(run.stopped_at), exitCode: null, reason: run.stop_reason ?? null };
      }
      const endsAt = new Date(run.ends_at);
      if (endsAt.getTime() > now) return { ...base, state: 'RUNNING', endedAt: null, exitCode: null, reason: null };
      const reason = run.exit_code === TIME_LIMIT_EXIT ? 'TimeLimit' : run.exit_code === 0 ? null : 'NonZeroExitCode';
      return { ...base, state: run.exit_code === 0 ? 'SUCCEEDED' : 'FAILED', endedAt: endsAt, exitCode: run.exit_code, reason };
    });
  }

  async preempt(marker: string, reason: string): Promise<void> {
    this.refuseWhenDown();
    await this.stop(marker, 'PREEMPTED', reason);
  }

  /** Ends a run that is still going; one that ended or was never started is left as it is. */
  private async stop(marker: string, state: 'CANCELLED' | 'PREEMPTED', reason: string): Promise<void> {
    await this.em.execute(
      `update simulated_runs set stopped_at = now(), stop_state = ?, stop_reason = ?
        where marker = ? and cluster_id = ? and stopped_at is null and ends_at > now()`,
      [state, reason.slice(0, 500), marker, this.clusterId],
      'run',
    );
  }
}
