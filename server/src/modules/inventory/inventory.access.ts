import type { PlatformPermission } from '../../graphql/auth/policy';
import type { Context } from '../../graphql/context';
import { findPlatformObject, type PlatformAccess } from '../../graphql/platform-objects';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';
import { Cluster } from './cluster.entity';
import { NodePool } from './node-pool.entity';
import { ClusterNode } from './cluster-node.entity';

export const findRegion = (ctx: Context, id: string, access: PlatformAccess, field = 'id') =>
  findPlatformObject(ctx, { entity: Region, kind: 'region', label: 'Region' }, id, access, field);

export const findGpuType = (ctx: Context, id: string, access: PlatformAccess, field = 'id') =>
  findPlatformObject(ctx, { entity: GpuType, kind: 'gpuType', label: 'GpuType' }, id, access, field);

export const findCluster = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: Cluster, kind: 'cluster', label: 'Cluster' }, id, access, field);

export const findNodePool = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: NodePool, kind: 'nodePool', label: 'NodePool' }, id, access, field);

export const findClusterNode = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: ClusterNode, kind: 'node', label: 'ClusterNode' }, id, access, field);
