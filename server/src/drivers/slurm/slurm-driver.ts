/**
 * The Slurm cluster driver, through slurmrestd's REST API v0.0.38 (Slurm 22.05). Idempotent by
 * marker: a job's Slurm name is Headroom's job id and its comment `headroom:<id>`, and every
 * submit looks the marker up first.
 */
import { z } from 'zod';
import {
  DriverError,
  isFinal,
  type ClusterDriver,
  type DriverJobSpec,
  type DriverJobStatus,
  type HealthReport,
  type Inventory,
  type InventoryNode,
  type InventoryPool,
  type SubmitResult,
} from '../driver';
import { SLURM_API_VERSION, SlurmClient, describeSlurmErrors, type SlurmResult } from './slurm-client';
import { GresParseError, UNTYPED_GPU, allocatedGpusByType, gpusByType } from './slurm-gres';
import { HostlistParseError, expandHostlist } from './slurm-hostlist';
import { exitCodeOf, isUnavailable, mapJobState, mapNodeState } from './slurm-states';

export interface SlurmDriverOptions {
  /** slurmrestd's base URL, e.g. `http://127.0.0.1:6820`. */
  url: string;
  /** The Slurm user jobs run as (`X-SLURM-USER-NAME`). */
  user: string;
  /** Returns the current JWT; called per request so it can be rotated. */
  token: () => string;
  /** Partitions to sell from; all when omitted. */
  partitions?: string[];
  /** Per request; default 5000 ms. */
  timeoutMs?: number;
}

/** The comment prefix that marks a Slurm job as Headroom's. */
export const MARKER_COMMENT_PREFIX = 'headroom:';
/** Above this a health check answers DEGRADED. */
export const SLOW_HEALTH_MS = 2000;

// slurmrestd runs the script with exactly the environment it is given: without PATH nothing is found.
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
// ESLURM_INVALID_JOB_ID (already purged) and ESLURM_ALREADY_DONE: nothing left to cancel.
const CANCEL_NOTHING_LEFT = [2017, 2021];

const optionalString = z.string().nullish();
const optionalTime = z.number().nullish();

const nodesSchema = z.object({
  nodes: z.array(
    z.object({
      name: z.string(),
      state: z.string(),
      state_flags: z.array(z.string()).nullish(),
      gres: optionalString,
      gres_used: optionalString,
      partitions: z.array(z.string()).nullish(),
      reason: optionalString,
    }),
  ),
});
type SlurmNode = z.output<typeof nodesSchema>['nodes'][number];

const partitionsSchema = z.object({
  partitions: z.array(z.object({ name: z.string(), nodes: optionalString, state: optionalString })),
});

const jobsSchema = z.object({
  jobs: z.array(
    z.object({
      job_id: z.number().int(),
      name: optionalString,
      comment: optionalString,
      job_state: z.union([z.string(), z.array(z.string())]),
      state_reason: optionalString,
      submit_time: optionalTime,
      start_time: optionalTime,
      end_time: optionalTime,
      exit_code: z.number().nullish(),
      nodes: optionalString,
    }),
  ),
});
type SlurmJob = z.output<typeof jobsSchema>['jobs'][number];

const submitSchema = z.object({ job_id: z.number().int().nullish(), job_submit_user_msg: optionalString });
const pingSchema = z.object({
  meta: z.object({ Slurm: z.object({ release: z.string().optional() }).optional() }).optional(),
  pings: z.array(z.object({ hostname: optionalString, ping: optionalString, mode: optionalString })),
});
const envelopeSchema = z.object({});

/** A {@link ClusterDriver} for Slurm 22.05 through slurmrestd v0.0.38 with JWT auth. */
export class SlurmDriver implements ClusterDriver {
  readonly kind = 'SLURM' as const;
  private readonly client: SlurmClient;
  private readonly partitions: ReadonlySet<string> | null;

  constructor(options: SlurmDriverOptions) {
    this.client = new SlurmClient(options);
    this.partitions = options.partitions ? new Set(options.partitions) : null;
  }

  /** One pool per partition × GPU type, with the GPUs of each node read from its gres. */
  async describeInventory(): Promise<Inventory> {
    const [nodesResult, partitionsResult] = await Promise.all([
      this.client.get('/nodes', nodesSchema),
      this.client.get('/partitions', partitionsSchema),
    ]);
    const observedAt = new Date();
    const nodes = new Map(nodesResult.data.nodes.map((n) => [n.name, n]));
    const pools: InventoryPool[] = [];
    for (const partition of partitionsResult.data.partitions) {
      if (this.partitions && !this.partitions.has(partition.name)) continue;
      // Membership from both sides: the partition's hostlist, and each node's own `partitions`.
      const members = new Set(parseOrBadResponse(() => expandHostlist(partition.nodes), `partition ${partition.name}`));
      for (const node of nodes.values()) if (node.partitions?.includes(partition.name)) members.add(node.name);
      // A partition that is not UP starts no new work, whatever its nodes could do.
      const partitionUp = (partition.state ?? 'UP').toUpperCase() === 'UP';
      const byType = new Map<string, InventoryNode[]>();
      for (const name of [...members].sort()) {
        const node = nodes.get(name);
        if (!node) continue;
        const nodeState = mapNodeState(node.state, node.state_flags ?? []);
        const state = partitionUp || nodeState === 'DOWN' ? nodeState : 'DRAINED';
        const total = parseOrBadResponse(() => gpusByType(node.gres), `node ${name} gres`);
        const used = parseOrBadResponse(() => allocatedGpusByType(node.gres, node.gres_used), `node ${name} gres_used`);
        for (const [gpuType, gpus] of total) {
          if (gpus === 0) continue;
          const list = byType.get(gpuType) ?? [];
          list.push({ name, gpuType, gpus, allocatedGpus: used.get(gpuType) ?? 0, state });
          byType.set(gpuType, list);
        }
      }
      for (const [gpuType, poolNodes] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
        // Nodes of one pool usually match; the largest is what a single job can ask for.
        const gpusPerNode = Math.max(...poolNodes.map((n) => n.gpus));
        pools.push({ name: partition.name, gpuType, gpusPerNode, nodes: poolNodes });
      }
    }
    return { pools, observedAt };
  }

  /** Pings slurmctld through slurmrestd and checks the nodes; never throws. */
  async health(): Promise<HealthReport> {
    const checkedAt = new Date();
    const started = performance.now();
    let ping: SlurmResult<z.output<typeof pingSchema>>;
    try {
      ping = await this.client.get('/ping', pingSchema);
    } catch (err) {
      return { status: 'UNREACHABLE', message: unreachableMessage(err), latencyMs: Math.round(performance.now() - started), checkedAt };
    }
    const latencyMs = ping.latencyMs;
    const problems: string[] = [];
    const release = ping.data.meta?.Slurm?.release;
    const down = ping.data.pings.filter((p) => (p.ping ?? '').toUpperCase() !== 'UP');
    for (const p of down) problems.push(`controller ${p.hostname ?? '?'} (${p.mode ?? 'unknown mode'}) is ${p.ping ?? 'not answering'}`);
    if (latencyMs > SLOW_HEALTH_MS) problems.push(`the ping took ${latencyMs} ms (over ${SLOW_HEALTH_MS} ms)`);

    let nodeSummary: string;
    try {
      const { data } = await this.client.get('/nodes', nodesSchema);
      const inScope = data.nodes.filter((n) => !this.partitions || (n.partitions ?? []).some((p) => this.partitions?.has(p)));
      const unavailable = inScope
        .map((n) => ({ node: n, state: mapNodeState(n.state, n.state_flags ?? []) }))
        .filter(({ state }) => isUnavailable(state));
      nodeSummary = `${inScope.length} node${inScope.length === 1 ? '' : 's'}`;
      if (inScope.length === 0) {
        problems.push(this.partitions ? `no node is in partition ${[...this.partitions].join(', ')}` : 'Slurm lists no nodes');
      }
      if (unavailable.length > 0) {
        const named = unavailable.slice(0, 5).map(({ node, state }) => describeNode(node, state));
        const more = unavailable.length > 5 ? ` and ${unavailable.length - 5} more` : '';
        problems.push(`${unavailable.length} of ${inScope.length} nodes take no work: ${named.join(', ')}${more}`);
      }
    } catch (err) {
      nodeSummary = 'nodes unknown';
      problems.push(`the node list failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    const slurm = `Slurm${release ? ` ${release}` : ''} at ${this.client.baseUrl} answered in ${latencyMs} ms`;
    if (problems.length > 0) return { status: 'DEGRADED', message: `${slurm}, but ${problems.join('; ')}.`, latencyMs, checkedAt };
    return { status: 'HEALTHY', message: `${slurm}; ${nodeSummary}, none down or drained.`, latencyMs, checkedAt };
  }

  /** Returns the job with this marker if Slurm has one; otherwise submits it. */
  async submit(spec: DriverJobSpec): Promise<{ externalId: string; created: boolean }> {
    validateSpec(spec);
    return this.submitUnlessKnown(spec, newestByMarker(await this.listJobs(), new Set([spec.marker])).get(spec.marker));
  }

  /** Each spec as `submit` would, looking all the markers up in one listing of Slurm's jobs. */
  async submitAll(specs: readonly DriverJobSpec[]): Promise<SubmitResult[]> {
    const known = newestByMarker(await this.listJobs(), new Set(specs.map((s) => s.marker)));
    const results: SubmitResult[] = [];
    for (const spec of specs) {
      try {
        validateSpec(spec);
        results.push({ marker: spec.marker, ...(await this.submitUnlessKnown(spec, known.get(spec.marker))) });
      } catch (error) {
        results.push({ marker: spec.marker, error });
      }
    }
    return results;
  }

  private async submitUnlessKnown(spec: DriverJobSpec, existing: SlurmJob | undefined): Promise<{ externalId: string; created: boolean }> {
    if (existing) {
      // Slurm keeps a record of some jobs it refused (job_id null, then FAILED/BadConstraints in
      // /jobs): a retry must be refused the same way, not handed that record as a success.
      if (neverRan(existing) && existing.state_reason === 'BadConstraints') {
        const why = `no node can ever satisfy it (BadConstraints, Slurm job ${existing.job_id})`;
        throw new DriverError('REJECTED', `Slurm rejected job ${spec.marker} (${requestText(spec)}) when it was submitted: ${why}`, {
          marker: spec.marker,
          jobId: existing.job_id,
        });
      }
      return { externalId: String(existing.job_id), created: false };
    }

    const gpus = spec.gpuType === UNTYPED_GPU ? `${spec.gpusPerNode}` : `${spec.gpuType}:${spec.gpusPerNode}`;
    const body = {
      // sbatch refuses a script without an interpreter line.
      script: spec.script.startsWith('#!') ? spec.script : `#!/bin/bash\n${spec.script}`,
      job: {
        name: spec.marker,
        comment: `${MARKER_COMMENT_PREFIX}${spec.marker}`,
        partition: spec.pool,
        gpus_per_node: gpus,
        // An integer, not the [min, max] array of the OpenAPI document: 22.05 silently ignored [2, 2].
        nodes: spec.nodes,
        ...slurmNodeResources(spec),
        time_limit: Math.max(1, Math.ceil(spec.maxDurationSeconds / 60)),
        environment: { PATH: DEFAULT_PATH, ...spec.environment },
        current_working_directory: '/tmp',
        standard_output: `/tmp/headroom-${spec.marker.replace(/[^\w.-]/g, '_')}-%j.out`,
      },
    };
    const result = await this.client.post('/job/submit', submitSchema, { body }).catch((err: unknown) => {
      if (!(err instanceof DriverError) || err.kind !== 'REJECTED') throw err;
      const reason = err.message.replace(/^Slurm rejected POST \/job\/submit: /, '');
      throw new DriverError('REJECTED', `Slurm rejected job ${spec.marker} (${requestText(spec)}): ${reason}`, {
        ...err.details,
        marker: spec.marker,
      });
    });
    const jobId = result.data.job_id;
    if (jobId === null || jobId === undefined) {
      const reason = describeSlurmErrors(result.errors) || result.data.job_submit_user_msg || 'no reason given';
      throw new DriverError('REJECTED', `Slurm rejected job ${spec.marker} (${requestText(spec)}): ${reason}`, {
        marker: spec.marker,
        slurmErrors: result.errors,
      });
    }
    return { externalId: String(jobId), created: true };
  }

  /** Slurm's view of the jobs with these markers (the newest job per marker). */
  async status(markers: string[]): Promise<DriverJobStatus[]> {
    if (markers.length === 0) return [];
    const wanted = new Set(markers);
    const found = newestByMarker(await this.listJobs(), wanted);
    const statuses: DriverJobStatus[] = [];
    for (const marker of wanted) {
      const job = found.get(marker);
      if (job) statuses.push(toStatus(marker, job));
    }
    return statuses;
  }

  /** Cancels every live Slurm job with this marker; none, or all ended, is not an error. */
  async cancel(marker: string): Promise<void> {
    const live = (await this.listJobs()).filter((job) => markerOf(job, new Set([marker])) && !isFinal(mapJobState(job.job_state)));
    for (const job of live) {
      await this.client.delete(`/job/${job.job_id}`, envelopeSchema, { acceptErrors: CANCEL_NOTHING_LEFT });
    }
  }

  /**
   * Frees the job's GPUs. Slurm 22.05's REST API cannot requeue a job (no preempt or requeue
   * endpoint, no job update of state), so preemption is a cancel: Slurm then reports the job
   * CANCELLED, and Headroom records PREEMPTED and its reason itself. Idempotent like cancel.
   */
  async preempt(marker: string, _reason: string): Promise<void> {
    await this.cancel(marker);
  }

  private async listJobs(): Promise<SlurmJob[]> {
    return (await this.client.get('/jobs', jobsSchema)).data.jobs;
  }
}

/** The marker a Slurm job carries, if it is one of `wanted`: by name, or by comment. */
function markerOf(job: SlurmJob, wanted: ReadonlySet<string>): string | null {
  if (job.name && wanted.has(job.name)) return job.name;
  const comment = job.comment ?? '';
  if (comment.startsWith(MARKER_COMMENT_PREFIX)) {
    const marker = comment.slice(MARKER_COMMENT_PREFIX.length);
    if (wanted.has(marker)) return marker;
  }
  return null;
}

function newestByMarker(jobs: SlurmJob[], wanted: ReadonlySet<string>): Map<string, SlurmJob> {
  const newest = new Map<string, SlurmJob>();
  for (const job of jobs) {
    const marker = markerOf(job, wanted);
    if (marker === null) continue;
    const current = newest.get(marker);
    if (!current || isNewer(job, current)) newest.set(marker, job);
  }
  return newest;
}

function isNewer(a: SlurmJob, b: SlurmJob): boolean {
  const byTime = (a.submit_time ?? 0) - (b.submit_time ?? 0);
  return byTime !== 0 ? byTime > 0 : a.job_id > b.job_id;
}

/** A job that never got nodes: its start_time is when it was refused or cancelled, not a start. */
function neverRan(job: SlurmJob): boolean {
  return (job.nodes ?? '').trim() === '';
}

function toStatus(marker: string, job: SlurmJob): DriverJobStatus {
  const state = mapJobState(job.job_state);
  const ran = state !== 'PENDING' && !neverRan(job);
  const final = isFinal(state);
  return {
    marker,
    externalId: String(job.job_id),
    state,
    startedAt: ran ? fromUnixSeconds(job.start_time) : null,
    // Until a job ends, end_time is Slurm's projection (start + time limit, or + 1 year).
    endedAt: final ? fromUnixSeconds(job.end_time) : null,
    exitCode: final && ran ? exitCodeOf(job.exit_code) : null,
    reason: reasonOf(job),
  };
}

// Slurm states that say no more than the driver state they map to.
const PLAIN_STATES = new Set(['PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'PREEMPTED']);

function reasonOf(job: SlurmJob): string | null {
  const slurmState = typeof job.job_state === 'string' ? job.job_state : job.job_state.join('+');
  const parts: string[] = [];
  if (!PLAIN_STATES.has(slurmState.toUpperCase())) parts.push(slurmState);
  const reason = (job.state_reason ?? '').trim();
  if (reason !== '' && reason !== 'None') parts.push(reason);
  return parts.length > 0 ? parts.join(': ') : null;
}

function fromUnixSeconds(seconds: number | null | undefined): Date | null {
  return seconds && seconds > 0 ? new Date(seconds * 1000) : null;
}

/**
 * The CPU and memory a job asked for on each node, as slurmrestd v0.0.38 takes them: one task per
 * node with that many whole CPUs (rounded up), and memory per node in MB (Slurm's MB are MiB).
 * Nothing when the job asked for none: Slurm's partition defaults apply.
 */
export function slurmNodeResources(spec: Pick<DriverJobSpec, 'cpuMilliPerNode' | 'memoryMibPerNode'>): Record<string, number> {
  return {
    ...(spec.cpuMilliPerNode ? { tasks_per_node: 1, cpus_per_task: Math.ceil(spec.cpuMilliPerNode / 1000) } : {}),
    ...(spec.memoryMibPerNode ? { memory_per_node: spec.memoryMibPerNode } : {}),
  };
}

function requestText(spec: DriverJobSpec): string {
  return `partition ${spec.pool}, ${spec.nodes} × ${spec.gpuType}:${spec.gpusPerNode}`;
}

function validateSpec(spec: DriverJobSpec): void {
  const problems: string[] = [];
  if (!/^[^\s,]{1,200}$/.test(spec.marker)) problems.push('marker must be 1-200 characters without spaces or commas');
  if (!/^[\w.-]+$/.test(spec.pool)) problems.push(`pool "${spec.pool}" is not a Slurm partition name`);
  if (!/^[\w.-]+$/.test(spec.gpuType)) problems.push(`gpuType "${spec.gpuType}" is not a Slurm gres type`);
  if (!Number.isInteger(spec.gpusPerNode) || spec.gpusPerNode < 1) problems.push('gpusPerNode must be a positive integer');
  if (!Number.isInteger(spec.nodes) || spec.nodes < 1) problems.push('nodes must be a positive integer');
  if (!(spec.maxDurationSeconds > 0)) problems.push('maxDurationSeconds must be positive');
  if (problems.length > 0) {
    throw new DriverError('REJECTED', `Job ${spec.marker} cannot be submitted to Slurm: ${problems.join('; ')}`, { marker: spec.marker });
  }
}

function parseOrBadResponse<T>(parse: () => T, what: string): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof GresParseError || err instanceof HostlistParseError) {
      throw new DriverError('BAD_RESPONSE', `Slurm sent an unreadable ${what}: ${err.message}`, { input: err.input });
    }
    throw err;
  }
}

function describeNode(node: SlurmNode, state: string): string {
  const reason = (node.reason ?? '').trim();
  return `${node.name} ${state}${reason ? ` (${reason})` : ''}`;
}

function unreachableMessage(err: unknown): string {
  if (!(err instanceof DriverError)) {
    return `The Slurm health check failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
  }
  switch (err.kind) {
    case 'TIMEOUT':
      return `Slurm did not answer the health check in time: ${err.message}`;
    case 'AUTH':
      return `Slurm refused Headroom's credentials: ${err.message}`;
    case 'BAD_RESPONSE':
      return `The Slurm REST URL does not answer like slurmrestd ${SLURM_API_VERSION}: ${err.message}`;
    case 'UNREACHABLE':
      return `Slurm cannot be reached: ${err.message}`;
    case 'REJECTED':
      return `Slurm answered the health check with an error: ${err.message}`;
  }
}
