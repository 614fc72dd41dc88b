import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import type { SecretBox } from '../../lib/secret-box';
import { AppError, assertWhole, badInput, conflict, notFoundAt } from '../../graphql/errors';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Organization } from '../tenancy/organization.entity';
import { OrganizationKind } from '../tenancy/tenancy.enums';
import type { Region } from '../inventory/region.entity';
import { CapacityClass } from '../inventory/inventory.enums';
import { residencyAllows } from '../contracts/pricing';
import { termsInForce } from '../contracts/terms-in-force';
import { byPrecedence, type ApplicableQuota } from '../contracts/quota.service';
import { QuotaKind } from '../contracts/contracts.enums';
import { outboxMessage } from '../../jobs/outbox';
import { executeBound } from '../../db/bound-sql';
import { insertTogether } from '../../db/insert-together';
import type { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit.service';
import { ActorType, AuditOutcome } from '../audit/audit.enums';
import { scheduleJobsJob } from '../../jobs/catalog';
import { cpuMilliFromInput, formatGib, formatVcpus, memoryMibFromInput } from '../inventory/compute-units';
import { Job } from './job.entity';
import { created } from './job-transition';

export const JOB_LIMITS = {
  name: 120,
  image: 300,
  commandArgs: 100,
  commandArg: 4_096,
  /** Bytes of script. */
  script: 64 * 1024,
  gpuTypes: 10,
  regions: 20,
  nodes: 256,
  minDurationSeconds: 60,
  maxDurationSeconds: 30 * 86_400,
  environmentVars: 64,
  /** Bytes of all names and values together. */
  environment: 64 * 1024,
  idempotencyKey: 200,
} as const;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const IMAGE = /^[\w.-]+(?::\d+)?(?:\/[\w.-]+)*(?::[\w.-]{1,128})?(?:@sha256:[a-f0-9]{64})?$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export interface SubmitJobRequest {
  organizationId: string;
  projectId: string;
  submittedBy: string;
  name: string;
  image?: string | null;
  command?: string[] | null;
  script?: string | null;
  gpuTypeIds: string[];
  gpusPerNode: number;
  nodes: number;
  /** vCPUs and GiB of memory on each node, as given (converted and checked here); left out: the pool's share at placement. */
  vcpusPerNode?: number | null;
  memoryGibPerNode?: number | null;
  regionIds?: string[] | null;
  capacityClass: CapacityClass;
  maxDurationSeconds: number;
  environment?: { name: string; value: string }[] | null;
  requeueOnPreemption?: boolean | null;
  idempotencyKey?: string | null;
}

/** CPU (millicores) and memory (MiB) asked on each node; null: the pool's share, decided at placement. */
interface NodeResources {
  cpuMilliPerNode: number | null;
  memoryMibPerNode: number | null;
}

/** Refuses malformed input, naming the field; what needs the database is checked after. Returns the CPU and memory asked, in stored units. */
function checkShape(r: SubmitJobRequest): NodeResources {
  const name = r.name.trim();
  if (!name || name.length > JOB_LIMITS.name) throw badInput('input.name', `A job name is 1–${JOB_LIMITS.name} characters.`);
  if (!!r.image === !!r.script)
    throw badInput(r.script ? 'input.image' : 'input.script', 'Give a container image or a script, not both and not neither.');
  if (r.image && (r.image.length > JOB_LIMITS.image || !IMAGE.test(r.image))) {
    throw badInput(
      'input.image',
      `Not a container image reference (e.g. registry.example/team/train:1.4, at most ${JOB_LIMITS.image} characters).`,
    );
  }
  const command = r.command ?? [];
  if (command.length && !r.image)
    throw badInput('input.command', 'A command is the container’s arguments: give an image with it, or put it in the script.');
  if (command.length > JOB_LIMITS.commandArgs) throw badInput('input.command', `At most ${JOB_LIMITS.commandArgs} arguments.`);
  command.forEach((arg, i) => {
    if (arg.length > JOB_LIMITS.commandArg)
      throw badInput(`input.command.${i}`, `An argument is at most ${JOB_LIMITS.commandArg} characters.`);
  });
  if (r.script != null) {
    const bytes = Buffer.byteLength(r.script, 'utf8');
    if (bytes > JOB_LIMITS.script)
      throw badInput('input.script', `The script is ${bytes} bytes; at most ${JOB_LIMITS.script} are accepted.`, {
        bytes,
        limit: JOB_LIMITS.script,
      });
    if (!r.script.trim()) throw badInput('input.script', 'The script is empty.');
  }
  if (!r.gpuTypeIds.length || r.gpuTypeIds.length > JOB_LIMITS.gpuTypes)
    throw badInput('input.gpuTypeIds', `Name 1–${JOB_LIMITS.gpuTypes} acceptable GPU types.`);
  r.gpuTypeIds.forEach((id, i) => assertIdOf('gpuType', id, `input.gpuTypeIds.${i}`));
  const regionIds = r.regionIds ?? [];
  if (regionIds.length > JOB_LIMITS.regions)
    throw badInput('input.regionIds', `Name at most ${JOB_LIMITS.regions} regions (none: anywhere allowed).`);
  regionIds.forEach((id, i) => assertIdOf('region', id, `input.regionIds.${i}`));
  assertWhole('input.gpusPerNode', r.gpusPerNode, 1, 1_024);
  assertWhole('input.nodes', r.nodes, 1, JOB_LIMITS.nodes);
  const resources = {
    cpuMilliPerNode: cpuMilliFromInput('input.vcpusPerNode', r.vcpusPerNode),
    memoryMibPerNode: memoryMibFromInput('input.memoryGibPerNode', r.memoryGibPerNode),
  };
  assertWhole('input.maxDurationSeconds', r.maxDurationSeconds, JOB_LIMITS.minDurationSeconds, JOB_LIMITS.maxDurationSeconds);
  const env = r.environment ?? [];
  if (env.length > JOB_LIMITS.environmentVars) throw badInput('input.environment', `At most ${JOB_LIMITS.environmentVars} variables.`);
  const seen = new Set<string>();
  let size = 0;
  env.forEach((v, i) => {
    if (!ENV_NAME.test(v.name))
      throw badInput(
        `input.environment.${i}.name`,
        'A variable name is letters, digits and _, not starting with a digit, at most 128 characters.',
      );
    if (seen.has(v.name)) throw badInput(`input.environment.${i}.name`, `${v.name} is given twice.`);
    seen.add(v.name);
    size += Buffer.byteLength(v.name) + Buffer.byteLength(v.value);
  });
  if (size > JOB_LIMITS.environment)
    throw badInput('input.environment', `The environment is ${size} bytes; at most ${JOB_LIMITS.environment} are accepted.`);
  if (r.idempotencyKey != null && !IDEMPOTENCY_KEY.test(r.idempotencyKey)) {
    throw badInput(
      'input.idempotencyKey',
      `An idempotency key is 1–${JOB_LIMITS.idempotencyKey} printable ASCII characters without spaces.`,
    );
  }
  return resources;
}

/** The payload's fingerprint: the same key with another payload is a CONFLICT. */
function requestHash(r: SubmitJobRequest, resources: NodeResources): string {
  const canonical = {
    projectId: r.projectId,
    name: r.name.trim(),
    image: r.image ?? null,
    command: r.command ?? [],
    script: r.script ?? null,
    gpuTypeIds: r.gpuTypeIds,
    gpusPerNode: r.gpusPerNode,
    nodes: r.nodes,
    cpuMilliPerNode: resources.cpuMilliPerNode,
    memoryMibPerNode: resources.memoryMibPerNode,
    regionIds: r.regionIds ?? [],
    capacityClass: r.capacityClass,
    maxDurationSeconds: r.maxDurationSeconds,
    environment: (r.environment ?? []).map((v) => [v.name, v.value]).sort(),
    requeueOnPreemption: r.requeueOnPreemption ?? false,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** A pool that could take the job: its node shape (CPU and memory null where the pool does not count them). */
interface FactsPool {
  gpusPerNode: number;
  nodeCount: number;
  cpuMilliPerNode: number | null;
  memoryMibPerNode: number | null;
}

/** What a submission is checked against, read in one statement (`readFacts`). */
interface SubmissionFacts {
  gpuTypes: { id: string; code: string }[];
  regions: { id: string; code: string; jurisdiction: string }[];
  /** Active pools of the GPU types asked, in the regions named (any region when none is). */
  pools: FactsPool[];
  /** The QUEUED_JOBS limits that apply, with how many jobs wait in each one's scope now. */
  queuedJobQuotas: (ApplicableQuota & { waiting: number })[];
  /** The job an idempotency key already named, if any. */
  existing: { id: string; requestHash: string } | null;
}

/**
 * Everything a submission is checked against, in one round trip: the GPU types and regions it
 * names, the pools that could take it, its QUEUED_JOBS quotas with their waiting counts, and the
 * job its idempotency key already named.
 */
async function readFacts(em: EntityManager, r: SubmitJobRequest): Promise<SubmissionFacts> {
  const regionIds = r.regionIds ?? [];
  const [row] = await executeBound<{ facts: SubmissionFacts }>(
    em,
    `select json_build_object(
       'gpuTypes', (select coalesce(json_agg(json_build_object('id', g.id, 'code', g.code)), '[]') from gpu_types g where g.id = any(?::text[])),
       'regions', (select coalesce(json_agg(json_build_object('id', x.id, 'code', x.code, 'jurisdiction', x.jurisdiction)), '[]')
                     from regions x where x.id = any(?::text[])),
       'pools', (select coalesce(json_agg(json_build_object('gpusPerNode', p.gpus_per_node, 'nodeCount', p.node_count,
                                                  'cpuMilliPerNode', p.cpu_milli_per_node, 'memoryMibPerNode', p.memory_mib_per_node)), '[]')
                   from node_pools p join clusters c on c.id = p.cluster_id
                  where p.gpu_type_id = any(?::text[]) and p.status = 'ACTIVE' and c.status = 'ACTIVE'
                    and (cardinality(?::text[]) = 0 or c.region_id = any(?::text[]))),
       'queuedJobQuotas', (select coalesce(json_agg(json_build_object(
                              'id', q.id, 'kind', q.kind, 'level', case when q.project_id is null then 'ORGANIZATION' else 'PROJECT' end,
                              'projectId', q.project_id, 'gpuTypeId', q.gpu_type_id, 'regionId', q.region_id, 'modelId', q.model_id,
                              'limit', q."limit",
                              'waiting', (select count(*) from jobs j where j.organization_id = q.organization_id and j.status = 'PENDING'
                                             and (q.project_id is null or j.project_id = q.project_id)))), '[]')
                             from quotas q where q.organization_id = ? and q.kind = ? and (q.project_id is null or q.project_id = ?)),
       'existing', (select json_build_object('id', j.id, 'requestHash', j.request_hash) from jobs j
                     where j.organization_id = ? and j.idempotency_key = ?)
     ) as facts`,
    [
      r.gpuTypeIds,
      regionIds,
      r.gpuTypeIds,
      regionIds,
      regionIds,
      r.organizationId,
      QuotaKind.QUEUED_JOBS,
      r.projectId,
      r.organizationId,
      r.idempotencyKey ?? null,
    ],
  );
  return row!.facts;
}

/** What the database must confirm: GPU types and regions exist, some pool has the shape, residency allows the regions. */
async function checkAgainstFleet(em: EntityManager, r: SubmitJobRequest, resources: NodeResources, facts: SubmissionFacts): Promise<void> {
  const types = new Map(facts.gpuTypes.map((t) => [t.id, t]));
  r.gpuTypeIds.forEach((id, i) => {
    if (!types.has(id)) throw notFoundAt(`input.gpuTypeIds.${i}`, 'GpuType', id);
  });
  const regionIds = r.regionIds ?? [];
  const regions = new Map(facts.regions.map((x) => [x.id, x]));
  regionIds.forEach((id, i) => {
    if (!regions.has(id)) throw notFoundAt(`input.regionIds.${i}`, 'Region', id);
  });
  if (
    r.capacityClass === CapacityClass.INTERNAL &&
    (await em.findOneOrFail(Organization, r.organizationId)).kind !== OrganizationKind.INTERNAL
  ) {
    throw badInput('input.capacityClass', 'INTERNAL is the owner’s own work: only the internal organization submits it.');
  }
  // Regions named outright must be allowed by the contract; without any, the scheduler keeps to the allowed ones.
  if (regionIds.length && r.capacityClass !== CapacityClass.INTERNAL) {
    const tif = await termsInForce(em, r.organizationId);
    regionIds.forEach((id, i) => {
      const region = regions.get(id)!;
      if (!residencyAllows(tif?.terms ?? null, region as Pick<Region, 'id' | 'code' | 'jurisdiction'>)) {
        throw badInput(`input.regionIds.${i}`, `Region ${region.code} (${region.jurisdiction}) is outside the contract’s data residency.`);
      }
    });
  }
  const widest = Math.max(0, ...facts.pools.map((p) => p.gpusPerNode));
  if (r.gpusPerNode > widest) {
    const what = r.gpuTypeIds.map((id) => types.get(id)!.code).join(' or ');
    throw badInput(
      'input.gpusPerNode',
      widest
        ? `No pool of ${what} has more than ${widest} GPUs per node.`
        : `No pool offers ${what}${regionIds.length ? ' in those regions' : ''}.`,
      {
        maxGpusPerNode: widest,
      },
    );
  }
  const wide = facts.pools.filter((p) => p.gpusPerNode >= r.gpusPerNode);
  const largest = Math.max(0, ...wide.map((p) => p.nodeCount));
  if (r.nodes > largest)
    throw badInput('input.nodes', `No pool has ${r.nodes} nodes with ${r.gpusPerNode} GPUs each (at most ${largest}).`, {
      maxNodes: largest,
    });
  checkNodeResources(r, resources, wide);
}

/** CPU and memory asked must fit on one node of some pool with the GPUs (a pool that does not count them holds any). */
function checkNodeResources(r: Pick<SubmitJobRequest, 'gpusPerNode'>, resources: NodeResources, pools: readonly FactsPool[]): void {
  const check = (field: string, asked: number | null, perNode: (p: FactsPool) => number | null, show: (n: number) => string) => {
    if (asked === null || pools.some((p) => perNode(p) == null)) return;
    const most = Math.max(0, ...pools.map((p) => perNode(p)!));
    if (asked > most)
      throw badInput(
        field,
        `No pool of those GPU types with ${r.gpusPerNode} GPUs per node has more than ${show(most)} per node (${show(asked)} asked).`,
      );
  };
  check('input.vcpusPerNode', resources.cpuMilliPerNode, (p) => p.cpuMilliPerNode, formatVcpus);
  check('input.memoryGibPerNode', resources.memoryMibPerNode, (p) => p.memoryMibPerNode, formatGib);
}

/**
 * QUEUED_JOBS quotas: how many jobs of the project and of the organization may wait at once —
 * counting `alsoWaiting`, the jobs of the same batch checked before this one.
 */
function checkQueuedJobs(facts: SubmissionFacts, alsoWaiting: readonly Job[]): void {
  for (const q of [...facts.queuedJobQuotas].sort(byPrecedence)) {
    const waiting = q.waiting + alsoWaiting.filter((j) => !q.projectId || j.project.id === q.projectId).length;
    if (waiting >= q.limit) {
      throw new AppError(
        'QUOTA_EXCEEDED',
        `${q.level === 'PROJECT' ? 'Project' : 'Organization'} quota of ${q.limit} waiting jobs reached (${waiting} waiting).`,
        {
          quotaId: q.id,
          limit: q.limit,
          inUse: waiting,
        },
      );
    }
  }
}

/** The job an idempotency key named before: the same payload gets it back, another payload is a CONFLICT. */
async function replayed(em: EntityManager, r: SubmitJobRequest, hash: string, existing: { id: string; requestHash: string }): Promise<Job> {
  if (existing.requestHash !== hash) {
    throw conflict(`Idempotency key ${r.idempotencyKey} was used for job ${existing.id} with another payload.`, {
      field: 'input.idempotencyKey',
      jobId: existing.id,
    });
  }
  return em.findOneOrFail(Job, existing.id);
}

const IDEMPOTENCY_CONSTRAINT = 'jobs_organization_id_idempotency_key_unique';

/** Who records the submission: its audit event, written with it (`ctx.allowedAudit`). */
export type SubmissionAudit = (job: Job, created: boolean) => AuditEvent;

/** The audit of a submission Headroom makes itself (the demo seed), as SYSTEM `actor`. */
export function submittedBySystem(em: EntityManager, actor: string): SubmissionAudit {
  return (job, created) =>
    auditEvent(em, {
      organizationId: job.organization.id,
      actorType: ActorType.SYSTEM,
      actorId: actor,
      action: 'submitJob',
      targetType: 'Job',
      targetId: job.id,
      requestId: actor,
      outcome: AuditOutcome.ALLOWED,
      details: { created },
    });
}

/** A submission checked and made ready: a new job (unsaved), or the job its idempotency key named before. */
export interface CheckedSubmission {
  job: Job;
  isNew: boolean;
  hash: string;
}

/**
 * Checks one submission — its shape, then, in one statement, what it is checked against (the
 * fleet, its QUEUED_JOBS quotas with `alsoWaiting` counted, the job its key named) — and builds
 * its job, unsaved. The same key with another payload is a CONFLICT.
 */
export async function checkSubmission(
  em: EntityManager,
  secrets: SecretBox,
  r: SubmitJobRequest,
  alsoWaiting: readonly Job[] = [],
): Promise<CheckedSubmission> {
  const resources = checkShape(r);
  const hash = requestHash(r, resources);
  const facts = await readFacts(em, r);
  if (facts.existing) return { job: await replayed(em, r, hash, facts.existing), isNew: false, hash };
  await checkAgainstFleet(em, r, resources, facts);
  checkQueuedJobs(facts, alsoWaiting);
  return { job: newJob(em, secrets, r, resources, hash), isNew: true, hash };
}

function newJob(em: EntityManager, secrets: SecretBox, r: SubmitJobRequest, resources: NodeResources, hash: string): Job {
  const env = r.environment ?? [];
  return em.create(
    Job,
    {
      id: newId('job'),
      organization: em.getReference(Organization, r.organizationId),
      project: r.projectId,
      submittedBy: r.submittedBy,
      name: r.name.trim(),
      image: r.image ?? null,
      command: r.command ?? [],
      script: r.script ?? null,
      gpuTypeIds: r.gpuTypeIds,
      gpusPerNode: r.gpusPerNode,
      nodeCount: r.nodes,
      cpuMilliPerNode: resources.cpuMilliPerNode,
      memoryMibPerNode: resources.memoryMibPerNode,
      regionIds: r.regionIds ?? [],
      capacityClass: r.capacityClass,
      maxDurationSeconds: r.maxDurationSeconds,
      environmentNames: env.map((v) => v.name),
      environmentSealed: env.length ? secrets.seal(JSON.stringify(Object.fromEntries(env.map((v) => [v.name, v.value])))) : null,
      requeueOnPreemption: r.requeueOnPreemption ?? false,
      idempotencyKey: r.idempotencyKey ?? null,
      requestHash: hash,
      statusMessage: 'submitted: waiting for the scheduler',
    },
    { persist: false },
  );
}

/** What new jobs are written with: each job and its first event, and one outbox row that wakes the scheduler. */
export function rowsOfNewJobs(em: EntityManager, jobs: readonly Job[]): object[] {
  if (!jobs.length) return [];
  return [...jobs.flatMap((job) => [job, created(em, job, job.submittedBy)]), outboxMessage(em, scheduleJobsJob, { reason: 'submitted' })];
}

/** Whether a write failed because another submission with one of these keys committed first. */
export function lostIdempotencyRace(error: unknown, requests: readonly SubmitJobRequest[]): boolean {
  return requests.some((r) => r.idempotencyKey) && (error as { constraint?: string }).constraint === IDEMPOTENCY_CONSTRAINT;
}

/**
 * Submits a job: PENDING with its first event, an outbox row that wakes the scheduler and the
 * caller's audit event, all in one statement (`insertTogether`) after one statement that reads
 * what the submission is checked against — the API's hot path. With an idempotency key, the same
 * payload gets the first job back (`created: false`) and another payload is a CONFLICT, however
 * many arrive at once: the key is unique per organization, so of concurrent first submissions one
 * inserts and the others, refused by the constraint, read the job it made.
 */
export async function submitJob(
  em: EntityManager,
  secrets: SecretBox,
  r: SubmitJobRequest,
  audit: SubmissionAudit,
): Promise<{ job: Job; created: boolean }> {
  const checked = await checkSubmission(em, secrets, r);
  if (checked.isNew) {
    try {
      await insertTogether(em, [...rowsOfNewJobs(em, [checked.job]), audit(checked.job, true)]);
      return { job: checked.job, created: true };
    } catch (error) {
      if (!lostIdempotencyRace(error, [r])) throw error;
    }
  }
  // Named by the key before, or by a submission that committed first: its job is the answer.
  const job = checked.isNew ? await replayed(em, r, checked.hash, (await readFacts(em, r)).existing!) : checked.job;
  await insertTogether(em, [audit(job, false)]);
  return { job, created: false };
}
