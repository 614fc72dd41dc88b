import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requirePlatform } from '../../graphql/auth/guards';
import { boundProject } from '../../graphql/auth/policy';
import { badInput } from '../../graphql/errors';
import { findOrganization } from '../tenancy/tenancy.access';
import { UsageEventInput, UsageReportArgs } from './usage.inputs';
import { IngestUsagePayload, UsageReport } from './usage.payloads';
import { ingestUsage } from './usage-ingest.service';
import { usageReport, type UsageReportFilter } from './usage-report.service';

/** Rows one GraphQL usage report returns at most; the CSV export has no such limit. */
export const MAX_REPORT_ROWS = 20_000;

/** The report filter a caller may run: an API key sees its own project only. */
export async function reportFilterFor(ctx: Context, args: UsageReportArgs): Promise<UsageReportFilter> {
  const org = await findOrganization(ctx, args.organizationId, 'usage:read', 'organizationId');
  const bound = boundProject(ctx.principal);
  if (bound && args.projectId && args.projectId !== bound) throw badInput('projectId', 'This API key reads its own project’s usage only.');
  return {
    organizationId: org.id,
    from: args.from,
    to: args.to,
    projectId: bound ?? args.projectId ?? null,
    granularity: args.granularity,
  };
}

export function usageCsvPath(filter: UsageReportFilter): string {
  const query = new URLSearchParams({
    organizationId: filter.organizationId,
    from: filter.from.toISOString(),
    to: filter.to.toISOString(),
    granularity: filter.granularity,
    ...(filter.projectId ? { projectId: filter.projectId } : {}),
  });
  return `/exports/usage.csv?${query}`;
}

@Resolver()
export class UsageResolver {
  @Mutation(() => IngestUsagePayload, {
    description:
      'Ingests up to 1,000 usage events idempotently (trusted data planes, with a USAGE_INGEST key of the capacity owner, or operators). ' +
      'Bad events are rejected one by one with their field; the rest are kept.',
  })
  async ingestUsage(
    // No class-validator pass: UsageEventInput has no rules (usage-ingest.rules checks each event),
    // and validating 1,000 instances one by one costs more than checking them.
    @Arg('events', () => [UsageEventInput], { validate: false }) events: UsageEventInput[],
    @Ctx() ctx: Context,
  ): Promise<IngestUsagePayload> {
    requirePlatform(ctx, 'platform:usage:ingest');
    const result = await ingestUsage(ctx.em, events);
    Object.assign(ctx.audit, {
      targetType: 'UsageEvents',
      details: {
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected.length,
        adjusted: result.adjusted.length,
      },
    });
    return result;
  }

  @Query(() => UsageReport, {
    description: 'Usage from the hourly roll-ups per period, project and SKU; the CSV export has the same rows.',
  })
  async usage(@Args(() => UsageReportArgs) args: UsageReportArgs, @Ctx() ctx: Context): Promise<UsageReport> {
    const filter = await reportFilterFor(ctx, args);
    const rows = await usageReport(ctx.em, filter);
    if (rows.length > MAX_REPORT_ROWS) {
      throw badInput(
        'granularity',
        `The report has ${rows.length} rows, more than ${MAX_REPORT_ROWS}: use a coarser granularity, a shorter range or the CSV export.`,
      );
    }
    return { rows, csvUrl: usageCsvPath(filter) };
  }
}
