/**
 * The contract between Headroom and a cluster engine. Every call is idempotent: submissions carry
 * Headroom's job id as a marker, and a driver looks a marker up before creating anything.
 */

/** A node as the engine sees it. */
export type DriverNodeState = 'IDLE' | 'MIXED' | 'ALLOCATED' | 'DRAINED' | 'DOWN';

export interface InventoryNode {
  name: string;
  /** The engine's own GPU type name, e.g. Slurm gres type `h100`. */
  gpuType: string;
  gpus: number;
  allocatedGpus: number;
  state: DriverNodeState;
}

/** A set of like nodes that work is placed on: a Slurm partition × GPU type, or a simulated pool. */
export interface InventoryPool {
  name: string;
  gpuType: string;
  gpusPerNode: number;
  nodes: InventoryNode[];
}

export interface Inventory {
  pools: InventoryPool[];
  observedAt: Date;
}

export type DriverHealthStatus = 'HEALTHY' | 'DEGRADED' | 'UNREACHABLE';

export interface HealthReport {
  status: DriverHealthStatus;
  /** A sentence for operators: what was checked and what was wrong. */
  message: string;
  latencyMs: number;
  checkedAt: Date;
}

export interface DriverJobSpec {
  /** Headroom's job id: the idempotency marker (Slurm: job name and comment). */
  marker: string;
  displayName: string;
  /** The pool to run in (Slurm: the partition). */
  pool: string;
  gpuType: string;
  gpusPerNode: number;
  nodes: number;
  /** CPU on each node, millicores, when the job asked for it (Slurm: whole CPUs, rounded up). */
  cpuMilliPerNode?: number | null;
  /** Memory on each node, MiB, when the job asked for it. */
  memoryMibPerNode?: number | null;
  /** A shell script (a container image is run by a script that starts it). */
  script: string;
  environment: Record<string, string>;
  maxDurationSeconds: number;
}

export type DriverJobState = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'PREEMPTED' | 'UNKNOWN';

/** Whether a driver job state is final: the engine runs nothing more for that job. */
export function isFinal(state: DriverJobState): boolean {
  return state === 'SUCCEEDED' || state === 'FAILED' || state === 'CANCELLED' || state === 'PREEMPTED';
}

/** What submitting one job of a batch came to (`ClusterDriver.submitAll`). */
export type SubmitResult = { marker: string; externalId: string; created: boolean } | { marker: string; error: unknown };

export interface DriverJobStatus {
  marker: string;
  externalId: string;
  state: DriverJobState;
  startedAt: Date | null;
  endedAt: Date | null;
  exitCode: number | null;
  /** The engine's reason, e.g. Slurm `state_reason`. */
  reason: string | null;
}

export interface ClusterDriver {
  readonly kind: 'SIMULATED' | 'SLURM';
  describeInventory(): Promise<Inventory>;
  health(): Promise<HealthReport>;
  /** Submits unless a job with this marker exists; returns the engine's id either way. */
  submit(spec: DriverJobSpec): Promise<{ externalId: string; created: boolean }>;
  /**
   * `submit` for a batch, in as few calls to the engine as it allows: one result per spec, in
   * order, each the engine's id or the error for that job alone. Throws only when the engine
   * cannot take any of them (unreachable).
   */
  submitAll(specs: readonly DriverJobSpec[]): Promise<SubmitResult[]>;
  /** Cancels the job with this marker; a job that already ended or does not exist is not an error. */
  cancel(marker: string): Promise<void>;
  /** The engine's view of these jobs; markers it does not know are left out. */
  status(markers: string[]): Promise<DriverJobStatus[]>;
  /** Stops the job to free its GPUs for higher-priority work. */
  preempt(marker: string, reason: string): Promise<void>;
}

export type DriverErrorKind = 'UNREACHABLE' | 'TIMEOUT' | 'BAD_RESPONSE' | 'REJECTED' | 'AUTH';

/** A driver call that failed; `kind` tells retryable (UNREACHABLE, TIMEOUT) from not. */
export class DriverError extends Error {
  constructor(
    readonly kind: DriverErrorKind,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DriverError';
  }
}
