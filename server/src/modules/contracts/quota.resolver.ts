import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionType } from '../../graphql/connection';
import { requireOrg, requirePlatform, requireSignedIn } from '../../graphql/auth/guards';
import { boundProject, type OrgPermission } from '../../graphql/auth/policy';
import { notFound } from '../../graphql/errors';
import { assertIdOf, findOrganization, findProject } from '../tenancy/tenancy.access';
import { Organization } from '../tenancy/organization.entity';
import { Project } from '../tenancy/project.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { Model } from '../catalog/model.entity';
import { Quota } from './quota.entity';
import { QuotasArgs, SetQuotaInput } from './quota.inputs';
import { listQuotas, removeQuota, setQuota } from './quota.service';

export const QuotaConnection = ConnectionType(Quota);

/**
 * Loads a quota the caller may act on, like the tenancy finders: a wrong-kind ID is
 * BAD_USER_INPUT, a quota of an organization the caller cannot see NOT_FOUND (so is another
 * project's, for an API key bound to a project), a visible one without the permission FORBIDDEN.
 * `node(id:)` and `removeQuota` share it.
 */
export async function findQuota(ctx: Context, id: string, permission: OrgPermission, field = 'id'): Promise<Quota> {
  requireSignedIn(ctx);
  assertIdOf('quota', id, field);
  ctx.audit.targetType ??= 'Quota';
  ctx.audit.targetId ??= id;
  const quota = await ctx.loaders.load(Quota, id);
  if (!quota) throw notFound('Quota', id);
  requireOrg(ctx, quota.organization.id, permission, 'Quota', id);
  const bound = boundProject(ctx.principal);
  if (bound && quota.project && quota.project.id !== bound) throw notFound('Quota', id);
  return quota;
}

@Resolver(() => Quota)
export class QuotaResolver {
  @Query(() => QuotaConnection, {
    description:
      'An organization’s quotas, newest first: members and platform staff; API keys need READ (and see their project’s and the organization’s).',
  })
  async quotas(@Args(() => QuotasArgs) args: QuotasArgs, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, args.organizationId, 'org:read', 'organizationId');
    if (args.projectId) {
      const project = await findProject(ctx, args.projectId, 'org:read', 'projectId');
      if (project.organization.id !== org.id) throw notFound('Project', args.projectId);
    }
    return listQuotas(ctx.em, { organizationId: org.id, projectId: args.projectId, visibleProjectId: boundProject(ctx.principal) }, args);
  }

  @Mutation(() => Quota, {
    description: 'Operators and account managers: sets the limit of one scope, replacing the limit it has (one scope, one limit).',
  })
  async setQuota(@Arg('input', () => SetQuotaInput) input: SetQuotaInput, @Ctx() ctx: Context) {
    ctx.audit.targetType = 'Quota';
    // Whether the organization exists is told only to those who may see it; then who may write.
    const organization = await findOrganization(ctx, input.organizationId, 'org:read', 'input.organizationId');
    requirePlatform(ctx, 'platform:contracts:write');
    const { quota, previousLimit } = await setQuota(ctx.em, { ...input, organization });
    Object.assign(ctx.audit, {
      targetId: quota.id,
      details: {
        kind: quota.kind,
        projectId: quota.project?.id ?? null,
        gpuTypeId: quota.gpuType?.id ?? null,
        regionId: quota.region?.id ?? null,
        modelId: quota.model?.id ?? null,
        limit: quota.limit,
        previousLimit,
      },
    });
    return quota;
  }

  @Mutation(() => ID, { description: 'Operators and account managers: removes a quota; returns its ID.' })
  async removeQuota(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const quota = await findQuota(ctx, id, 'org:read');
    requirePlatform(ctx, 'platform:contracts:write');
    ctx.audit.details = { kind: quota.kind, projectId: quota.project?.id ?? null, limit: quota.limit };
    removeQuota(ctx.em, quota);
    return id;
  }

  @FieldResolver(() => Organization)
  organization(@Root() quota: Quota, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, quota.organization.id);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null: the limit is the whole organization’s.' })
  project(@Root() quota: Quota, @Ctx() ctx: Context) {
    return quota.project ? ctx.loaders.require(Project, quota.project.id) : null;
  }

  @FieldResolver(() => GpuType, { nullable: true, description: 'CONCURRENT_GPUS: null counts every GPU type.' })
  gpuType(@Root() quota: Quota, @Ctx() ctx: Context) {
    return quota.gpuType ? ctx.loaders.require(GpuType, quota.gpuType.id) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'CONCURRENT_GPUS: null counts every region.' })
  region(@Root() quota: Quota, @Ctx() ctx: Context) {
    return quota.region ? ctx.loaders.require(Region, quota.region.id) : null;
  }

  @FieldResolver(() => Model, { nullable: true, description: 'TOKENS_PER_MINUTE: the model counted; null for other kinds.' })
  model(@Root() quota: Quota, @Ctx() ctx: Context) {
    return quota.model ? ctx.loaders.require(Model, quota.model.id) : null;
  }
}
