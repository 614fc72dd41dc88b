import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { NodePool } from './node-pool.entity';
import { Cluster } from './cluster.entity';
import { GpuType } from './gpu-type.entity';
import { ClusterNode } from './cluster-node.entity';
import { CreateNodePoolInput, SetInternalDemandInput, UpdateNodePoolInput } from './inventory.inputs';
import { CapacityFigures } from './inventory.payloads';
import { createNodePool, retireNodePool, setInternalDemand, updateNodePool } from './inventory.service';
import { poolLedger } from './capacity.service';
import { figuresView } from './capacity.view';
import { findCluster, findGpuType, findNodePool } from './inventory.access';
import { cpuMilliFromInput, memoryMibFromInput } from './compute-units';

export const ClusterNodeConnection = ConnectionType(ClusterNode);

@Resolver(() => NodePool)
export class NodePoolResolver {
  @Query(() => NodePool)
  nodePool(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findNodePool(ctx, id, 'platform:inventory:read');
  }

  @Mutation(() => NodePool, { description: 'A pool of a SIMULATED cluster, with its nodes. Slurm pools come from syncing the cluster.' })
  async createNodePool(@Arg('input', () => CreateNodePoolInput) input: CreateNodePoolInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:write');
    const cluster = await findCluster(ctx, input.clusterId, 'platform:inventory:write', 'input.clusterId');
    const gpuType = await findGpuType(ctx, input.gpuTypeId, 'platform:inventory:write', 'input.gpuTypeId');
    const { vcpusPerNode, memoryGibPerNode, ...rest } = input;
    const pool = await createNodePool(ctx.em, {
      ...rest,
      cluster,
      gpuType,
      cpuMilliPerNode: cpuMilliFromInput('input.vcpusPerNode', vcpusPerNode, { positive: true }),
      memoryMibPerNode: memoryMibFromInput('input.memoryGibPerNode', memoryGibPerNode, { positive: true }),
    });
    Object.assign(ctx.audit, { targetType: 'NodePool', targetId: pool.id });
    return pool;
  }

  @Mutation(() => NodePool, { description: 'Refused, with the numbers, when the floor and commitments would no longer fit.' })
  async updateNodePool(@Arg('input', () => UpdateNodePoolInput) input: UpdateNodePoolInput, @Ctx() ctx: Context) {
    const pool = await findNodePool(ctx, input.id, 'platform:inventory:write', 'input.id');
    ctx.audit.details = { changes: { ...input, id: undefined } };
    return updateNodePool(ctx.em, pool.id, {
      nodeCount: input.nodeCount ?? undefined,
      internalFloorGpus: input.internalFloorGpus ?? undefined,
      onDemandReclaimable: input.onDemandReclaimable ?? undefined,
      reclaimNoticeSeconds: input.reclaimNoticeSeconds ?? undefined,
      // Left out: unchanged; null: no longer counted.
      cpuMilliPerNode:
        input.vcpusPerNode === undefined ? undefined : cpuMilliFromInput('input.vcpusPerNode', input.vcpusPerNode, { positive: true }),
      memoryMibPerNode:
        input.memoryGibPerNode === undefined
          ? undefined
          : memoryMibFromInput('input.memoryGibPerNode', input.memoryGibPerNode, { positive: true }),
    });
  }

  @Mutation(() => NodePool, {
    description:
      'Operators: the GPUs the owner’s own work wants in the pool now. Raising it above what is idle preempts SPOT work, then reclaimable ON_DEMAND after its notice.',
  })
  async setInternalDemand(@Arg('input', () => SetInternalDemandInput) input: SetInternalDemandInput, @Ctx() ctx: Context) {
    const pool = await findNodePool(ctx, input.poolId, 'platform:inventory:write', 'input.poolId');
    ctx.audit.details = { gpus: input.gpus, before: pool.internalDemandGpus };
    return setInternalDemand(ctx.em, pool.id, input.gpus);
  }

  @Mutation(() => NodePool, { description: 'Refused while work runs on it or a commitment holds it.' })
  async retireNodePool(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const pool = await findNodePool(ctx, id, 'platform:inventory:write');
    return retireNodePool(ctx.em, pool.id);
  }

  @FieldResolver(() => Cluster)
  cluster(@Root() pool: NodePool, @Ctx() ctx: Context) {
    return ctx.loaders.require(Cluster, pool.cluster.id);
  }

  @FieldResolver(() => GpuType)
  gpuType(@Root() pool: NodePool, @Ctx() ctx: Context) {
    return ctx.loaders.require(GpuType, pool.gpuType.id);
  }

  @FieldResolver(() => Int)
  totalGpus(@Root() pool: NodePool) {
    return pool.totalGpus;
  }

  @FieldResolver(() => ClusterNodeConnection)
  nodes(@Root() pool: NodePool, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:read');
    return ctx.loaders.page(ClusterNode, 'pool', pool.id, args);
  }

  @FieldResolver(() => CapacityFigures, {
    nullable: true,
    description: 'This pool in the capacity ledger, now; null once the pool or its cluster is retired.',
  })
  async capacity(@Root() pool: NodePool, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:read');
    // One ledger computation for every pool asked about in this request.
    const figures = await ctx.loaders.batch(
      'pool-capacity',
      async (poolIds) => new Map((await poolLedger(ctx.em, { poolIds: [...poolIds] })).map((row) => [row.pool.id, row.figures])),
      pool.id,
    );
    return figures ? figuresView(figures) : null;
  }
}
