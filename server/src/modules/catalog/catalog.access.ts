import type { EntityClass } from '@mikro-orm/core';
import type { IdKind } from '../../lib/ids';
import type { Context } from '../../graphql/context';
import { findPlatformObject } from '../../graphql/platform-objects';
import { Model } from './model.entity';
import { GpuPrice, ModelPrice } from './prices.entity';

/** Catalog rows: any catalog reader (people, and API keys with READ); the typed queries and `node(id:)` share these. */
const findCatalogRow = <T extends { id: string }>(
  ctx: Context,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string },
  id: string,
  field: string,
) => findPlatformObject(ctx, spec, id, 'catalog:read', field);

export const findModel = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: Model, kind: 'model', label: 'Model' }, id, field);

export const findGpuPrice = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: GpuPrice, kind: 'gpuPrice', label: 'GpuPrice' }, id, field);

export const findModelPrice = (ctx: Context, id: string, field = 'id') =>
  findCatalogRow(ctx, { entity: ModelPrice, kind: 'modelPrice', label: 'ModelPrice' }, id, field);
