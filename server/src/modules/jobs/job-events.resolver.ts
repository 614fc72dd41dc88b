import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireSignedIn } from '../../graphql/auth/guards';
import { boundProject, can, canInEveryOrganization } from '../../graphql/auth/policy';
import { Loaders } from '../../graphql/loaders';
import { notFound } from '../../graphql/errors';
import { findOrganization, findProject } from '../tenancy/tenancy.access';
import { JobEvent } from './job-event.entity';
import { findJob } from './jobs.access';
import type { JobEventNotice } from './job-event-stream';

interface Filter {
  jobId?: string;
  projectId?: string;
  organizationId?: string;
}

/** Checks the filter against what the caller may read, then yields the notices it may see. */
async function* visibleNotices(ctx: Context, args: { jobId?: string | null; projectId?: string | null; organizationId?: string | null }) {
  requireSignedIn(ctx);
  const filter: Filter = {};
  if (args.jobId) filter.jobId = (await findJob(ctx, args.jobId, 'jobs:read', 'jobId')).id;
  if (args.projectId) filter.projectId = (await findProject(ctx, args.projectId, 'jobs:read', 'projectId')).id;
  if (args.organizationId) filter.organizationId = (await findOrganization(ctx, args.organizationId, 'jobs:read', 'organizationId')).id;
  const bound = boundProject(ctx.principal);
  const everywhere = canInEveryOrganization(ctx.principal, 'jobs:read');
  for await (const notice of ctx.jobEvents.notices()) {
    if (filter.jobId && notice.jobId !== filter.jobId) continue;
    if (filter.projectId && notice.projectId !== filter.projectId) continue;
    if (filter.organizationId && notice.organizationId !== filter.organizationId) continue;
    if (bound && notice.projectId !== bound) continue;
    if (!everywhere && !can(ctx.principal, notice.organizationId, 'jobs:read')) continue;
    yield notice;
  }
}

@Resolver(() => JobEvent)
export class JobEventsSubscription {
  @Subscription(() => JobEvent, {
    description:
      'Job events as they happen (graphql-ws): of one job, a project, an organization, or everything the caller may read. Each event names its job, with its current status.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Filter, Context>) => visibleNotices(context, args),
  })
  async jobEvents(
    @Root() notice: JobEventNotice,
    @Arg('jobId', () => ID, { nullable: true }) _jobId: string | null,
    @Arg('projectId', () => ID, { nullable: true }) _projectId: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<JobEvent> {
    // Each event is read fresh, and so is its job: a subscription lives long, its caches must not.
    ctx.em = ctx.deps.orm.em.fork();
    ctx.loaders = new Loaders(ctx.em);
    const event = await ctx.em.findOne(JobEvent, notice.id);
    if (!event) throw notFound('JobEvent', notice.id);
    return event;
  }
}
