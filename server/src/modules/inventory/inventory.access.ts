import type { EntityClass } from '@mikro-orm/core';
import type { IdKind } from '../../lib/ids';
import { notFound } from '../../graphql/errors';
import { requireCatalogReader, requirePlatform } from '../../graphql/auth/guards';
import type { PlatformPermission } from '../../graphql/auth/policy';
import type { Context } from '../../graphql/context';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';
import { Cluster } from './cluster.entity';
import { NodePool } from './node-pool.entity';
import { ClusterNode } from './cluster-node.entity';

/**
 * Loads a platform-owned object (no tenant): the permission is checked first (FORBIDDEN names no
 * object), then the ID (BAD_USER_INPUT), then existence (NOT_FOUND).
 */
async function findPlatformObject<T extends { id: string }>(
  ctx: Context,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string },
  id: string,
  permission: PlatformPermission | 'catalog:read',
  field: string,
): Promise<T> {
  if (permission === 'catalog:read') requireCatalogReader(ctx);
  else requirePlatform(ctx, permission);
  assertIdOf(spec.kind, id, field);
  ctx.audit.targetType ??= spec.label;
  ctx.audit.targetId ??= id;
  const row = await ctx.loaders.load(spec.entity, id);
  if (!row) throw notFound(spec.label, id);
  return row;
}

type Access = PlatformPermission | 'catalog:read';

export const findRegion = (ctx: Context, id: string, access: Access, field = 'id') =>
  findPlatformObject(ctx, { entity: Region, kind: 'region', label: 'Region' }, id, access, field);

export const findGpuType = (ctx: Context, id: string, access: Access, field = 'id') =>
  findPlatformObject(ctx, { entity: GpuType, kind: 'gpuType', label: 'GpuType' }, id, access, field);

export const findCluster = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: Cluster, kind: 'cluster', label: 'Cluster' }, id, access, field);

export const findNodePool = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: NodePool, kind: 'nodePool', label: 'NodePool' }, id, access, field);

export const findClusterNode = (ctx: Context, id: string, access: PlatformPermission, field = 'id') =>
  findPlatformObject(ctx, { entity: ClusterNode, kind: 'node', label: 'ClusterNode' }, id, access, field);
