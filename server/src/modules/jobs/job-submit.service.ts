import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import type { SecretBox } from '../../lib/secret-box';
import { AppError, assertWhole, badInput, conflict, notFoundAt } from '../../graphql/errors';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Organization } from '../tenancy/organization.entity';
import { OrganizationKind } from '../tenancy/tenancy.enums';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { CapacityClass, LifecycleStatus } from '../inventory/inventory.enums';
import { residencyAllows } from '../contracts/pricing';
import { termsInForce } from '../contracts/terms-in-force';
import { quotasFor } from '../contracts/quota.service';
import { QuotaKind } from '../contracts/contracts.enums';
import { enqueueAfterCommit } from '../../jobs/outbox';
import { scheduleJobsJob } from '../../jobs/catalog';
import { Job } from './job.entity';
import { JobStatus } from './jobs.enums';
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
  regionIds?: string[] | null;
  capacityClass: CapacityClass;
  maxDurationSeconds: number;
  environment?: { name: string; value: string }[] | null;
  requeueOnPreemption?: boolean | null;
  idempotencyKey?: string | null;
}

/** Refuses malformed input, naming the field; what needs the database is checked after. */
function checkShape(r: SubmitJobRequest): void {
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
}

/** The payload's fingerprint: the same key with another payload is a CONFLICT. */
function requestHash(r: SubmitJobRequest): string {
  const canonical = {
    projectId: r.projectId,
    name: r.name.trim(),
    image: r.image ?? null,
    command: r.command ?? [],
    script: r.script ?? null,
    gpuTypeIds: r.gpuTypeIds,
    gpusPerNode: r.gpusPerNode,
    nodes: r.nodes,
    regionIds: r.regionIds ?? [],
    capacityClass: r.capacityClass,
    maxDurationSeconds: r.maxDurationSeconds,
    environment: (r.environment ?? []).map((v) => [v.name, v.value]).sort(),
    requeueOnPreemption: r.requeueOnPreemption ?? false,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** What the database must confirm: GPU types and regions exist, some pool has the shape, residency allows the regions. */
async function checkAgainstFleet(em: EntityManager, r: SubmitJobRequest): Promise<void> {
  const types = new Map((await em.find(GpuType, { id: { $in: r.gpuTypeIds } })).map((t) => [t.id, t]));
  r.gpuTypeIds.forEach((id, i) => {
    if (!types.has(id)) throw notFoundAt(`input.gpuTypeIds.${i}`, 'GpuType', id);
  });
  const regionIds = r.regionIds ?? [];
  const regions = new Map((regionIds.length ? await em.find(Region, { id: { $in: regionIds } }) : []).map((x) => [x.id, x]));
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
      if (!residencyAllows(tif?.terms ?? null, region)) {
        throw badInput(`input.regionIds.${i}`, `Region ${region.code} (${region.jurisdiction}) is outside the contract’s data residency.`);
      }
    });
  }
  const pools = await em.find(NodePool, {
    gpuType: { $in: r.gpuTypeIds },
    status: LifecycleStatus.ACTIVE,
    cluster: { status: LifecycleStatus.ACTIVE, ...(regionIds.length ? { region: { $in: regionIds } } : {}) },
  });
  const widest = Math.max(0, ...pools.map((p) => p.gpusPerNode));
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
  const largest = Math.max(0, ...pools.filter((p) => p.gpusPerNode >= r.gpusPerNode).map((p) => p.nodeCount));
  if (r.nodes > largest)
    throw badInput('input.nodes', `No pool has ${r.nodes} nodes with ${r.gpusPerNode} GPUs each (at most ${largest}).`, {
      maxNodes: largest,
    });
}

/** QUEUED_JOBS quotas: how many jobs of the project and of the organization may wait at once. */
async function checkQueuedJobs(em: EntityManager, r: SubmitJobRequest): Promise<void> {
  const quotas = await quotasFor(em, { organizationId: r.organizationId, projectId: r.projectId, kind: QuotaKind.QUEUED_JOBS });
  for (const q of quotas) {
    const waiting = await em.count(Job, {
      organization: r.organizationId,
      ...(q.projectId ? { project: q.projectId } : {}),
      status: JobStatus.PENDING,
    });
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

/**
 * Submits a job, in the caller's transaction: PENDING with its first event and an outbox row
 * that wakes the scheduler. With an idempotency key, submissions with the key are serialized by
 * an advisory lock: the same payload gets the first job back (`created: false`), another payload
 * is a CONFLICT — however many arrive at once.
 */
export async function submitJob(em: EntityManager, secrets: SecretBox, r: SubmitJobRequest): Promise<{ job: Job; created: boolean }> {
  checkShape(r);
  const hash = requestHash(r);
  if (r.idempotencyKey) {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`job-idempotency:${r.organizationId}:${r.idempotencyKey}`]);
    const existing = await em.findOne(Job, { organization: r.organizationId, idempotencyKey: r.idempotencyKey }, { refresh: true });
    if (existing) {
      if (existing.requestHash !== hash) {
        throw conflict(`Idempotency key ${r.idempotencyKey} was used for job ${existing.id} with another payload.`, {
          field: 'input.idempotencyKey',
          jobId: existing.id,
        });
      }
      return { job: existing, created: false };
    }
  }
  await checkAgainstFleet(em, r);
  await checkQueuedJobs(em, r);
  const env = r.environment ?? [];
  const job = em.create(Job, {
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
    regionIds: r.regionIds ?? [],
    capacityClass: r.capacityClass,
    maxDurationSeconds: r.maxDurationSeconds,
    environmentNames: env.map((v) => v.name),
    environmentSealed: env.length ? secrets.seal(JSON.stringify(Object.fromEntries(env.map((v) => [v.name, v.value])))) : null,
    requeueOnPreemption: r.requeueOnPreemption ?? false,
    idempotencyKey: r.idempotencyKey ?? null,
    requestHash: hash,
    statusMessage: 'submitted: waiting for the scheduler',
  });
  em.persist(job);
  created(em, job, r.submittedBy);
  enqueueAfterCommit(em, scheduleJobsJob, { reason: 'submitted' });
  return { job, created: true };
}
