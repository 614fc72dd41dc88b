import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { WRITES_IN_ONE_STATEMENT } from '../../graphql/audit-mutations';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/connection';
import { requireSignedIn } from '../../graphql/auth/guards';
import { actorOf } from '../../graphql/auth/principal';
import { boundProject, can, canInEveryOrganization, visibleOrganizations } from '../../graphql/auth/policy';
import { notFound } from '../../graphql/errors';
import { assertIdOf, findOrganization, findProject, projectScope } from '../tenancy/tenancy.access';
import { Organization } from '../tenancy/organization.entity';
import { Project } from '../tenancy/project.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { Cluster } from '../inventory/cluster.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { UsageEvent } from '../metering/usage-event.entity';
import { Job } from './job.entity';
import { JobEvent } from './job-event.entity';
import { JobsArgs, SubmitJobInput } from './jobs.inputs';
import { PlacementExplanationView, SubmitJobPayload } from './jobs.payloads';
import { submitJob } from './job-submit.service';
import { MAX_BATCH, submitJobs } from './job-submit-batch.service';
import { cancelJob } from './job-cancel.service';
import { findJob } from './jobs.access';

export const JobConnection = ConnectionType(Job);
export const JobEventConnection = ConnectionType(JobEvent);
export const UsageEventConnection = ConnectionType(UsageEvent);

/** `USER:usr_…` / `API_KEY:key_…`: who did it, as job events record it. */
export function actorLabel(ctx: Context): string {
  const actor = actorOf(ctx.principal);
  return `${actor.type}:${actor.id ?? 'anonymous'}`;
}

@Resolver(() => Job)
export class JobResolver {
  @Query(() => Job, { description: 'A job with its timeline (events), placement and price.' })
  job(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findJob(ctx, id, 'jobs:read');
  }

  @Query(() => JobConnection, {
    description: 'Jobs, newest first, filtered by organization, project, status, class and region. Operators see every tenant’s.',
  })
  async jobs(@Args(() => JobsArgs) args: JobsArgs, @Ctx() ctx: Context) {
    requireSignedIn(ctx);
    const where: FilterQuery<Job> & Record<string, unknown> = {};
    if (args.organizationId) {
      const org = await findOrganization(ctx, args.organizationId, 'jobs:read', 'organizationId');
      where.organization = org.id;
    } else {
      const visible = visibleOrganizations(ctx.principal);
      if (visible !== 'all') {
        const readable = visible.filter((orgId) => can(ctx.principal, orgId, 'jobs:read'));
        where.organization = { $in: readable };
      } else if (!canInEveryOrganization(ctx.principal, 'jobs:read')) {
        where.organization = { $in: [] };
      }
    }
    const bound = boundProject(ctx.principal);
    if (args.projectId) {
      const project = await findProject(ctx, args.projectId, 'jobs:read', 'projectId');
      where.project = project.id;
    } else if (bound) where.project = bound;
    if (args.status?.length) where.status = { $in: args.status };
    if (args.capacityClass) where.capacityClass = args.capacityClass;
    if (args.regionId) {
      assertIdOf('region', args.regionId, 'regionId');
      where.region = args.regionId;
    }
    return paginate(ctx.em, Job, where, args);
  }

  @Query(() => PlacementExplanationView, {
    description: 'Why the job was placed where it is, or why it waits or was refused: every pool considered and what was concluded.',
  })
  async explainPlacement(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: Context): Promise<PlacementExplanationView> {
    const job = await findJob(ctx, jobId, 'jobs:read', 'jobId');
    const placement = (await ctx.em.findOneOrFail(Job, job.id, { populate: ['placement'] })).placement;
    if (!placement) {
      return {
        jobId: job.id,
        evaluatedAt: null,
        verdict: 'QUEUED',
        reason: job.reason,
        message: job.statusMessage,
        candidates: [],
        preempted: [],
      };
    }
    return {
      jobId: job.id,
      evaluatedAt: new Date(placement.evaluatedAt),
      verdict: placement.verdict,
      reason: placement.reason,
      message: placement.message,
      candidates: placement.candidates.map((c) => ({ ...c, unitPrice: c.unitPrice ? BigInt(c.unitPrice) : null })),
      preempted: placement.preempted,
    };
  }

  @Mutation(() => SubmitJobPayload, {
    description:
      'Submits GPU work: PENDING, then admitted, placed and provisioned by the workers. With an idempotency key, the same payload returns the same job.',
  })
  @Extensions(WRITES_IN_ONE_STATEMENT)
  async submitJob(@Arg('input', () => SubmitJobInput) input: SubmitJobInput, @Ctx() ctx: Context): Promise<SubmitJobPayload> {
    const { organizationId, projectId } = await projectScope(ctx, input.projectId, 'jobs:write', 'input.projectId');
    ctx.audit.organizationId = organizationId;
    ctx.audit.targetType = 'Job';
    return submitJob(ctx.em, ctx.deps.secrets, { ...input, organizationId, projectId, submittedBy: actorLabel(ctx) }, (job, created) =>
      ctx.allowedAudit!({
        targetId: job.id,
        details: { created, capacityClass: input.capacityClass, gpus: input.gpusPerNode * input.nodes },
      }),
    );
  }

  @Mutation(() => [SubmitJobPayload], {
    description: `Submits up to ${MAX_BATCH} jobs of one organization at once (a sweep): each is checked as submitJob checks it, then all are written together — all or none; an error names its input (inputs.3.gpusPerNode). Answers in the order given.`,
  })
  @Extensions(WRITES_IN_ONE_STATEMENT)
  async submitJobs(@Arg('inputs', () => [SubmitJobInput]) inputs: SubmitJobInput[], @Ctx() ctx: Context): Promise<SubmitJobPayload[]> {
    const scopes: { projectId: string; organizationId: string }[] = [];
    for (const [i, input] of inputs.entries()) scopes.push(await projectScope(ctx, input.projectId, 'jobs:write', `inputs.${i}.projectId`));
    ctx.audit.organizationId = scopes[0]?.organizationId;
    ctx.audit.targetType = 'Job';
    const submittedBy = actorLabel(ctx);
    return submitJobs(
      ctx.em,
      ctx.deps.secrets,
      inputs.map((input, i) => ({ ...input, ...scopes[i]!, submittedBy })),
      (job, created) =>
        ctx.allowedAudit!({
          targetId: job.id,
          details: { created, capacityClass: job.capacityClass, gpus: job.gpus },
        }),
    );
  }

  @Mutation(() => Job, { description: 'Cancels a job that has not ended; the cluster is told to stop it. A job that ended is a CONFLICT.' })
  async cancelJob(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    const job = await findJob(ctx, id, 'jobs:write');
    ctx.audit.organizationId = job.organization.id;
    return cancelJob(ctx.em, job.id, actorLabel(ctx), reason?.slice(0, 500));
  }

  @FieldResolver(() => Organization)
  organization(@Root() job: Job, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, job.organization.id);
  }

  @FieldResolver(() => Project)
  project(@Root() job: Job, @Ctx() ctx: Context) {
    return ctx.loaders.require(Project, job.project.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The shell script run on the first node, if it runs one.' })
  script(@Root() job: Job, @Ctx() ctx: Context) {
    // Scripts are large and lazy: one query for every job asked about in this request.
    return ctx.loaders.batch(
      'job-script',
      async (ids) => {
        const rows = await ctx.em.execute<{ id: string; script: string | null }[]>(
          `select id, script from jobs where id in (${ids.map(() => '?').join(', ')})`,
          [...ids],
        );
        return new Map(rows.map((r) => [r.id, r.script]));
      },
      job.id,
    );
  }

  @FieldResolver(() => Int)
  gpus(@Root() job: Job) {
    return job.gpus;
  }

  @FieldResolver(() => [GpuType], { description: 'Acceptable GPU types, most preferred first.' })
  async acceptableGpuTypes(@Root() job: Job, @Ctx() ctx: Context) {
    return Promise.all(job.gpuTypeIds.map((id) => ctx.loaders.require(GpuType, id)));
  }

  @FieldResolver(() => [Region], { description: 'Acceptable regions; empty: any the contract allows.' })
  async acceptableRegions(@Root() job: Job, @Ctx() ctx: Context) {
    return Promise.all(job.regionIds.map((id) => ctx.loaders.require(Region, id)));
  }

  @FieldResolver(() => GpuType, { nullable: true, description: 'The GPU type it was placed on.' })
  gpuType(@Root() job: Job, @Ctx() ctx: Context) {
    return job.gpuType ? ctx.loaders.require(GpuType, job.gpuType.id) : null;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() job: Job, @Ctx() ctx: Context) {
    return job.region ? ctx.loaders.require(Region, job.region.id) : null;
  }

  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() job: Job, @Ctx() ctx: Context) {
    return job.cluster ? ctx.loaders.require(Cluster, job.cluster.id) : null;
  }

  @FieldResolver(() => NodePool, { nullable: true })
  pool(@Root() job: Job, @Ctx() ctx: Context) {
    return job.pool ? ctx.loaders.require(NodePool, job.pool.id) : null;
  }

  @FieldResolver(() => JobEventConnection, { description: 'The timeline: every transition, newest first.' })
  events(@Root() job: Job, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(JobEvent, 'job', job.id, args);
  }

  @FieldResolver(() => UsageEventConnection, { description: 'GPU time recorded for it, newest first.' })
  usage(@Root() job: Job, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return paginate(ctx.em, UsageEvent, { jobId: job.id }, args);
  }
}

@Resolver(() => JobEvent)
export class JobEventResolver {
  @FieldResolver(() => Job)
  async job(@Root() event: JobEvent, @Ctx() ctx: Context) {
    const job = await ctx.loaders.load(Job, event.job.id);
    if (!job) throw notFound('Job', event.job.id);
    return job;
  }
}
