import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { Node } from './node';
import { idKind, type IdKind } from '../lib/ids';
import { badInput, notFound } from './errors';
import { findApiKey, findMembership, findOrganization, findProject } from '../modules/tenancy/tenancy.access';
import { User } from '../modules/tenancy/user.entity';
import { findCluster, findClusterNode, findGpuType, findNodePool, findRegion } from '../modules/inventory/inventory.access';
import { findGpuPrice, findModel, findModelPrice } from '../modules/catalog/catalog.access';
import { findCommitment, findContract } from '../modules/contracts/contracts.access';
import { findSlaPolicy } from '../modules/contracts/sla-policy.resolver';
import { findQuota } from '../modules/contracts/quota.resolver';
import { findJob } from '../modules/jobs/jobs.access';
import { requireSignedIn } from './auth/guards';
import { canOnPlatform } from './auth/policy';

type NodeFinder = (ctx: Context, id: string) => Promise<Node>;

/** How `node(id:)` fetches each kind, always through the same scoped finders as the typed queries. */
const finders: Partial<Record<IdKind, NodeFinder>> = {
  organization: (ctx, id) => findOrganization(ctx, id, 'org:read'),
  project: (ctx, id) => findProject(ctx, id, 'org:read'),
  membership: (ctx, id) => findMembership(ctx, id, 'member:read'),
  apiKey: (ctx, id) => findApiKey(ctx, id, 'apikey:read'),
  region: (ctx, id) => findRegion(ctx, id, 'catalog:read'),
  gpuType: (ctx, id) => findGpuType(ctx, id, 'catalog:read'),
  cluster: (ctx, id) => findCluster(ctx, id, 'platform:inventory:read'),
  nodePool: (ctx, id) => findNodePool(ctx, id, 'platform:inventory:read'),
  node: (ctx, id) => findClusterNode(ctx, id, 'platform:inventory:read'),
  model: (ctx, id) => findModel(ctx, id),
  gpuPrice: (ctx, id) => findGpuPrice(ctx, id),
  modelPrice: (ctx, id) => findModelPrice(ctx, id),
  contract: (ctx, id) => findContract(ctx, id, 'read'),
  commitment: async (ctx, id) => (await findCommitment(ctx, id, 'read')).commitment,
  slaPolicy: (ctx, id) => findSlaPolicy(ctx, id),
  quota: (ctx, id) => findQuota(ctx, id, 'org:read'),
  job: (ctx, id) => findJob(ctx, id, 'jobs:read'),
  user: async (ctx, id) => {
    // People are visible to themselves and to platform staff.
    const self = ctx.principal.kind === 'user' && ctx.principal.user.id === id;
    if (!self && !canOnPlatform(ctx.principal, 'platform:users:read')) throw notFound('User', id);
    return (await ctx.loaders.load(User, id)) ?? Promise.reject(notFound('User', id));
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any object by its global ID.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node> {
    requireSignedIn(ctx);
    const kind = idKind(id);
    if (!kind) throw badInput('id', `"${id.slice(0, 60)}" is not a Headroom ID.`);
    const finder = finders[kind];
    if (!finder) throw notFound('Object', id);
    return finder(ctx, id);
  }
}
