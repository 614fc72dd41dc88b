import type { EntityClass } from '@mikro-orm/core';
import type { IdKind } from '../../lib/ids';
import { notFound } from '../../graphql/errors';
import { requireCatalogReader } from '../../graphql/auth/guards';
import type { Context } from '../../graphql/context';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Model } from './model.entity';
import { GpuPrice, ModelPrice } from './prices.entity';

/**
 * Loads a catalog row for any catalog reader (people, and API keys with READ): a wrong-kind ID is
 * BAD_USER_INPUT naming `field`, a missing one NOT_FOUND. The catalog is public to signed-in
 * callers, so there is no tenant to scope by. `node(id:)` and the typed queries share these.
 */
async function findCatalogRow<T extends { id: string }>(
  ctx: Context,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string },
  id: string,
  field: string,
): Promise<T> {
  requireCatalogReader(ctx);
  assertIdOf(spec.kind, id, field);
  const row = await ctx.loaders.load(spec.entity, id);
  if (!row) throw notFound(spec.label, id);
  return row;
}

export const findModel = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: Model, kind: 'model', label: 'Model' }, id, field);

export const findGpuPrice = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: GpuPrice, kind: 'gpuPrice', label: 'GpuPrice' }, id, field);

export const findModelPrice = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: ModelPrice, kind: 'modelPrice', label: 'ModelPrice' }, id, field);
