import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { driverFor } from '../../drivers/driver-for';
import { Cluster } from './cluster.entity';
import { Region } from './region.entity';
import { NodePool } from './node-pool.entity';
import { DriverKind, LifecycleStatus } from './inventory.enums';
import { ClusterConnectionInput, CreateClusterInput, UpdateClusterInput } from './inventory.inputs';
import { ClusterConnection } from './inventory.payloads';
import { parseSettings, slurmSecretsSchema } from './cluster-settings';
import { createCluster, retireCluster } from './inventory.service';
import { checkCluster } from './cluster-sync.service';
import { findCluster, findRegion } from './inventory.access';

export const ClusterConnectionType = ConnectionType(Cluster);
export const NodePoolConnection = ConnectionType(NodePool);

@ArgsType()
class ClustersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;
}

/** Turns the connection input into stored settings and sealed secrets, naming the bad field. */
function connectionOf(ctx: Context, driver: DriverKind, input: ClusterConnectionInput | undefined, keptSecrets: string | null) {
  const raw =
    driver === DriverKind.SLURM
      ? {
          endpoint: input?.endpoint,
          user: input?.user,
          partitions: input?.partitions ?? [],
          gpuTypeMap: Object.fromEntries((input?.gpuTypeMap ?? []).map((m) => [m.engineType, m.gpuTypeCode])),
          ...(input?.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
        }
      : { ...(input?.simulatedHealth && input.simulatedHealth !== 'UNKNOWN' ? { simulatedHealth: input.simulatedHealth } : {}) };
  if (driver === DriverKind.SIMULATED && (input?.endpoint || input?.token || input?.user)) {
    throw badInput('input.connection', 'A SIMULATED cluster takes no endpoint, user or token.');
  }
  const parsed = parseSettings(driver, raw);
  if (!parsed.ok) throw badInput(parsed.field, `${parsed.field}: ${parsed.message}`);
  let secrets = keptSecrets;
  if (driver === DriverKind.SLURM) {
    if (input?.token) secrets = ctx.deps.secrets.seal(JSON.stringify(slurmSecretsSchema.parse({ token: input.token })));
    if (!secrets) throw badInput('input.connection.token', 'A SLURM cluster needs a token (a Slurm JWT).');
  }
  return { settings: parsed.settings, secretsCiphertext: secrets };
}

/** Asks the engine now: health, and (Slurm) the inventory. A failing engine marks the cluster, never fails the call. */
async function checkNow(ctx: Context, cluster: Cluster): Promise<Cluster> {
  await ctx.em.flush();
  return checkCluster(ctx.em, cluster, driverFor(ctx.em, cluster, ctx.deps.secrets));
}

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => ClusterConnectionType, { description: 'Operators and account managers.' })
  clusters(@Args(() => ClustersArgs) args: ClustersArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:read');
    return paginate(ctx.em, Cluster, args.regionId ? { region: args.regionId } : {}, args);
  }

  @Query(() => Cluster)
  cluster(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findCluster(ctx, id, 'platform:inventory:read');
  }

  @Mutation(() => Cluster, {
    description:
      'Registers a cluster. A SLURM cluster is checked and its partitions become pools at once; if it cannot be reached it is saved UNREACHABLE with the reason.',
  })
  async createCluster(@Arg('input', () => CreateClusterInput) input: CreateClusterInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:write');
    const region = await findRegion(ctx, input.regionId, 'platform:inventory:write', 'input.regionId');
    const connection = connectionOf(ctx, input.driver, input.connection, null);
    const cluster = await createCluster(ctx.em, { region, name: input.name, driver: input.driver, ...connection });
    Object.assign(ctx.audit, { targetType: 'Cluster', targetId: cluster.id, details: { driver: input.driver } });
    return checkNow(ctx, cluster);
  }

  @Mutation(() => Cluster, { description: 'Replaces how the engine is reached, then checks it.' })
  async updateCluster(@Arg('input', () => UpdateClusterInput) input: UpdateClusterInput, @Ctx() ctx: Context) {
    const found = await findCluster(ctx, input.id, 'platform:inventory:write', 'input.id');
    const cluster = await ctx.em.findOneOrFail(Cluster, found.id, { populate: ['secretsCiphertext'] });
    Object.assign(cluster, connectionOf(ctx, cluster.driver, input.connection, cluster.secretsCiphertext ?? null));
    return checkNow(ctx, cluster);
  }

  @Mutation(() => Cluster, { description: 'Checks health now and, for Slurm, synchronises pools and node states.' })
  async checkCluster(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const found = await findCluster(ctx, id, 'platform:inventory:write');
    return checkNow(ctx, await ctx.em.findOneOrFail(Cluster, found.id, { populate: ['secretsCiphertext'] }));
  }

  @Mutation(() => Cluster, { description: 'Refused while the cluster has active pools.' })
  async retireCluster(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return retireCluster(ctx.em, await findCluster(ctx, id, 'platform:inventory:write'));
  }

  @FieldResolver(() => Region)
  region(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    return ctx.loaders.require(Region, cluster.region.id);
  }

  @FieldResolver(() => ClusterConnection)
  connection(@Root() cluster: Cluster): ClusterConnection {
    const s = cluster.settings as { endpoint?: string; user?: string; partitions?: string[]; gpuTypeMap?: Record<string, string> };
    return {
      endpoint: s.endpoint ?? null,
      user: s.user ?? null,
      partitions: s.partitions ?? [],
      gpuTypeMap: Object.entries(s.gpuTypeMap ?? {}).map(([engineType, gpuTypeCode]) => ({ engineType, gpuTypeCode })),
      hasToken: cluster.driver === DriverKind.SLURM,
    };
  }

  @FieldResolver(() => NodePoolConnection)
  nodePools(@Root() cluster: Cluster, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(NodePool, 'cluster', cluster.id, args, { property: 'status', value: LifecycleStatus.ACTIVE });
  }
}
