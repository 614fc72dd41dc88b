import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireSignedIn } from '../../graphql/auth/guards';
import { boundProject, can, canInEveryOrganization } from '../../graphql/auth/policy';
import { Loaders } from '../../graphql/loaders';
import { notFound } from '../../graphql/errors';
import { assertIdOf, findOrganization, findProject } from '../tenancy/tenancy.access';
import { JobEvent } from './job-event.entity';
import { findJob } from './jobs.access';
import type { JobEventNotice } from './job-event-stream';

interface Filter {
  jobId?: string;
  projectId?: string;
  organizationId?: string;
}

/** Checks the filter against what the caller may read, then yields the notices it may see. */
async function* visibleNotices(
  ctx: Context,
  args: { jobId?: string | null; projectId?: string | null; organizationId?: string | null; after?: string | null },
) {
  requireSignedIn(ctx);
  // Listening starts before the history is read, so nothing falls between the two.
  const live = ctx.jobEvents.notices();
  const filter: Filter = {};
  if (args.jobId) filter.jobId = (await findJob(ctx, args.jobId, 'jobs:read', 'jobId')).id;
  if (args.projectId) filter.projectId = (await findProject(ctx, args.projectId, 'jobs:read', 'projectId')).id;
  if (args.organizationId) filter.organizationId = (await findOrganization(ctx, args.organizationId, 'jobs:read', 'organizationId')).id;
  const bound = boundProject(ctx.principal);
  const everywhere = canInEveryOrganization(ctx.principal, 'jobs:read');
  const visible = (notice: JobEventNotice) =>
    (!filter.jobId || notice.jobId === filter.jobId) &&
    (!filter.projectId || notice.projectId === filter.projectId) &&
    (!filter.organizationId || notice.organizationId === filter.organizationId) &&
    (!bound || notice.projectId === bound) &&
    (everywhere || can(ctx.principal, notice.organizationId, 'jobs:read'));
  const replayed = new Set<string>();
  if (args.after) {
    assertIdOf('jobEvent', args.after, 'after');
    for (const notice of await eventsAfter(ctx, args.after, filter)) {
      if (!visible(notice)) continue;
      replayed.add(notice.id);
      yield notice;
    }
  }
  for await (const notice of live) {
    if (replayed.has(notice.id) || !visible(notice)) continue;
    yield notice;
  }
}

/** Events after `after` (at most 1,000, oldest first) that match the filter: what a client missed while away. */
async function eventsAfter(ctx: Context, after: string, filter: Filter): Promise<JobEventNotice[]> {
  const where = ['e.id > ?'];
  const params: unknown[] = [after];
  const match = (column: string, value: string | undefined) => {
    if (!value) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  match('e.job_id', filter.jobId);
  match('j.project_id', filter.projectId);
  match('e.organization_id', filter.organizationId);
  const rows = await ctx.em.execute<{ id: string; job_id: string; organization_id: string; project_id: string }[]>(
    `select e.id, e.job_id, e.organization_id, j.project_id from job_events e join jobs j on j.id = e.job_id
      where ${where.join(' and ')} order by e.id limit 1000`,
    params,
  );
  return rows.map((r) => ({ id: r.id, jobId: r.job_id, organizationId: r.organization_id, projectId: r.project_id }));
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
    @Arg('after', () => ID, {
      nullable: true,
      description: 'Replays the matching events after this one first (say, the last one a client saw before reconnecting).',
    })
    _after: string | null,
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
