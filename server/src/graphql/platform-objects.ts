import type { EntityClass } from '@mikro-orm/core';
import type { IdKind } from '../lib/ids';
import { notFound } from './errors';
import { requireCatalogReader, requirePlatform } from './auth/guards';
import type { PlatformPermission } from './auth/policy';
import type { Context } from './context';
import { assertIdOf } from '../modules/tenancy/tenancy.access';

/** Who may load a platform-owned object: catalog readers, or holders of a platform permission. */
export type PlatformAccess = PlatformPermission | 'catalog:read';

/**
 * Loads a platform-owned object (no tenant): the permission is checked first (FORBIDDEN names no
 * object), then the ID (BAD_USER_INPUT), then existence (NOT_FOUND).
 */
export async function findPlatformObject<T extends { id: string }>(
  ctx: Context,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string },
  id: string,
  permission: PlatformAccess,
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
