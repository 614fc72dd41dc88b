import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { badInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionArgs } from '../../graphql/connection';
import { assertIdOf } from '../tenancy/tenancy.access';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { LifecycleStatus, type PricedClass } from '../inventory/inventory.enums';
import { GpuPrice, ModelPrice } from './prices.entity';
import { Model } from './model.entity';
import { assertListPrice, assertNotRetroactive, describeRange, formatMicros, placePrice } from './catalog.rules';

/**
 * Takes a transaction-scoped advisory lock on a catalog key (a price key, a model key): changes to
 * the same key wait for each other until commit, so each sees what the one before it wrote.
 * Outside a transaction it holds only for the statement: call it inside one.
 */
export async function lockCatalogKey(em: EntityManager, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

// Ranges include their start and exclude their end.
function inForceAt(at: Date) {
  return { effectiveFrom: { $lte: at }, $or: [{ effectiveTo: null }, { effectiveTo: { $gt: at } }] };
}

// Prices still in force at or after `start`: the only ones a new price starting then can touch.
function reaching(start: Date) {
  return { $or: [{ effectiveTo: null }, { effectiveTo: { $gt: start } }] };
}

export interface GpuPriceKey {
  gpuTypeId: string;
  regionId: string;
  priceClass: PricedClass;
}

/**
 * The list price of one GPU-hour of a GPU type, in a region, for a class, in force at `at`, or
 * null when none is. A price is in force from its `effectiveFrom` (included) until its
 * `effectiveTo` (excluded, open-ended when null); prices of one key never overlap, so there is at
 * most one. Only reads: billing, quotes and the API share it.
 */
export function gpuPriceAt(em: EntityManager, query: GpuPriceKey & { at: Date }): Promise<GpuPrice | null> {
  return em.findOne(
    GpuPrice,
    { gpuType: query.gpuTypeId, region: query.regionId, priceClass: query.priceClass, ...inForceAt(query.at) },
    { orderBy: { effectiveFrom: 'desc' } },
  );
}

/** Every GPU list price in force at `at`, in one query (the scheduler prices a whole pass from it). */
export function gpuPricesInForce(em: EntityManager, at: Date): Promise<GpuPrice[]> {
  return em.find(GpuPrice, inForceAt(at));
}

/**
 * A model's list prices per million input and output tokens in force at `at`, or null when none
 * is. Same range rules as {@link gpuPriceAt}; only reads.
 */
export function modelPriceAt(em: EntityManager, query: { modelId: string; at: Date }): Promise<ModelPrice | null> {
  return em.findOne(ModelPrice, { model: query.modelId, ...inForceAt(query.at) }, { orderBy: { effectiveFrom: 'desc' } });
}

/** {@link modelPriceAt} for many models in one query: model ID → price in force (absent: none). */
export async function modelPricesAt(em: EntityManager, modelIds: readonly string[], at: Date): Promise<Map<string, ModelPrice>> {
  const rows = modelIds.length ? await em.find(ModelPrice, { model: { $in: [...modelIds] }, ...inForceAt(at) }) : [];
  return new Map(rows.map((price) => [price.model.id, price]));
}

export interface GpuPriceFilter {
  gpuTypeId?: string | null;
  regionId?: string | null;
  priceClass?: PricedClass | null;
}

/** A page of GPU list prices, newest first, optionally for one GPU type, region or class. */
export function listGpuPrices(em: EntityManager, filter: GpuPriceFilter, args: ConnectionArgs) {
  const where: FilterQuery<GpuPrice> = {};
  if (filter.gpuTypeId) where.gpuType = filter.gpuTypeId;
  if (filter.regionId) where.region = filter.regionId;
  if (filter.priceClass) where.priceClass = filter.priceClass;
  return paginate(em, GpuPrice, where, args);
}

/**
 * A GPU type and a region a price may name: a wrong-kind or unknown ID is BAD_USER_INPUT naming
 * its field; with `active`, so is a RETIRED one (no new prices for what is no longer sold).
 */
export async function requirePriceTarget(
  em: EntityManager,
  ids: { gpuTypeId: string; regionId: string },
  fields: { gpuTypeId: string; regionId: string },
  options: { active: boolean },
): Promise<{ gpuType: GpuType; region: Region }> {
  assertIdOf('gpuType', ids.gpuTypeId, fields.gpuTypeId);
  assertIdOf('region', ids.regionId, fields.regionId);
  const gpuType = await em.findOne(GpuType, ids.gpuTypeId);
  const region = await em.findOne(Region, ids.regionId);
  if (!gpuType) throw badInput(fields.gpuTypeId, `Unknown GPU type ${ids.gpuTypeId}.`);
  if (!region) throw badInput(fields.regionId, `Unknown region ${ids.regionId}.`);
  if (options.active && gpuType.status !== LifecycleStatus.ACTIVE) {
    throw badInput(fields.gpuTypeId, `GPU type ${gpuType.code} is retired: it gets no new prices.`);
  }
  if (options.active && region.status !== LifecycleStatus.ACTIVE) {
    throw badInput(fields.regionId, `Region ${region.code} is retired: it gets no new prices.`);
  }
  return { gpuType, region };
}

/** The result of setting a price: the new one, and the open-ended one it closed (if any). */
export interface PriceChange<T> {
  price: T;
  previous: T | null;
}

function overlapError(what: string, existing: GpuPrice | ModelPrice, amount: string, start: Date) {
  return conflict(
    `The new ${what} starting ${start.toISOString()} overlaps price ${existing.id} (${amount}, in force ${describeRange(existing)}). ` +
      'A new price must start after the latest one starts, and not inside a closed range.',
    {
      field: 'input.effectiveFrom',
      existingPriceId: existing.id,
      existingEffectiveFrom: existing.effectiveFrom.toISOString(),
      existingEffectiveTo: existing.effectiveTo?.toISOString() ?? null,
    },
  );
}

export interface AppendGpuPriceProps {
  gpuType: GpuType;
  region: Region;
  priceClass: PricedClass;
  currency: string;
  pricePerGpuHour: bigint;
  effectiveFrom: Date;
}

/**
 * Appends a list price to a (GPU type, region, class) key in the caller's transaction: the
 * open-ended price it follows is closed at the new `effectiveFrom`; a start at or before the
 * latest price's start (or inside a closed range) is a CONFLICT naming the existing price and its
 * dates. Serialized per key with an advisory lock. Does not refuse past starts (the seed backfills
 * with it): the API goes through {@link setGpuPrice}.
 */
export async function appendGpuPrice(em: EntityManager, props: AppendGpuPriceProps): Promise<PriceChange<GpuPrice>> {
  assertListPrice('input.pricePerGpuHour', props.pricePerGpuHour);
  const key = { gpuType: props.gpuType.id, region: props.region.id, priceClass: props.priceClass };
  await lockCatalogKey(em, `catalog:gpu-price:${key.gpuType}:${key.region}:${key.priceClass}`);
  const existing = await em.find(GpuPrice, { ...key, ...reaching(props.effectiveFrom) });
  const placement = placePrice(existing, props.effectiveFrom);
  if (placement.kind === 'overlap') {
    const found = placement.existing;
    const what = `${props.priceClass} price for ${props.gpuType.code} in ${props.region.code}`;
    throw overlapError(what, found, formatMicros(found.pricePerGpuHour, found.currency), props.effectiveFrom);
  }
  if (placement.close) placement.close.effectiveTo = props.effectiveFrom;
  const price = em.create(GpuPrice, {
    id: newId('gpuPrice'),
    gpuType: props.gpuType,
    region: props.region,
    priceClass: props.priceClass,
    currency: props.currency,
    pricePerGpuHour: props.pricePerGpuHour,
    effectiveFrom: props.effectiveFrom,
    effectiveTo: null,
  });
  em.persist(price);
  return { price, previous: placement.close };
}

export interface SetGpuPriceProps {
  gpuTypeId: string;
  regionId: string;
  priceClass: PricedClass;
  currency: string;
  pricePerGpuHour: bigint;
  effectiveFrom: Date;
}

/**
 * Sets a GPU list price from `effectiveFrom` on (the `setGpuPrice` mutation): the GPU type and
 * region must exist and be active, the amount zero or more, the start not in the past. See
 * {@link appendGpuPrice} for how it joins the key's history.
 */
export async function setGpuPrice(em: EntityManager, props: SetGpuPriceProps, now = new Date()): Promise<PriceChange<GpuPrice>> {
  const { gpuType, region } = await requirePriceTarget(
    em,
    props,
    { gpuTypeId: 'input.gpuTypeId', regionId: 'input.regionId' },
    { active: true },
  );
  assertListPrice('input.pricePerGpuHour', props.pricePerGpuHour);
  assertNotRetroactive('input.effectiveFrom', props.effectiveFrom, now);
  return appendGpuPrice(em, { ...props, gpuType, region });
}

export interface AppendModelPriceProps {
  model: Model;
  currency: string;
  inputPerMillionTokens: bigint;
  outputPerMillionTokens: bigint;
  effectiveFrom: Date;
}

/** Like {@link appendGpuPrice}, for a model's token prices (one key per model). */
export async function appendModelPrice(em: EntityManager, props: AppendModelPriceProps): Promise<PriceChange<ModelPrice>> {
  assertListPrice('input.inputPerMillionTokens', props.inputPerMillionTokens);
  assertListPrice('input.outputPerMillionTokens', props.outputPerMillionTokens);
  await lockCatalogKey(em, `catalog:model-price:${props.model.id}`);
  const existing = await em.find(ModelPrice, { model: props.model.id, ...reaching(props.effectiveFrom) });
  const placement = placePrice(existing, props.effectiveFrom);
  if (placement.kind === 'overlap') {
    const found = placement.existing;
    const amount = `${formatMicros(found.inputPerMillionTokens, found.currency)} in / ${formatMicros(found.outputPerMillionTokens, found.currency)} out per million tokens`;
    throw overlapError(`price for ${props.model.key}`, found, amount, props.effectiveFrom);
  }
  if (placement.close) placement.close.effectiveTo = props.effectiveFrom;
  const price = em.create(ModelPrice, {
    id: newId('modelPrice'),
    model: props.model,
    currency: props.currency,
    inputPerMillionTokens: props.inputPerMillionTokens,
    outputPerMillionTokens: props.outputPerMillionTokens,
    effectiveFrom: props.effectiveFrom,
    effectiveTo: null,
  });
  em.persist(price);
  return { price, previous: placement.close };
}

export interface SetModelPriceProps {
  modelId: string;
  currency: string;
  inputPerMillionTokens: bigint;
  outputPerMillionTokens: bigint;
  effectiveFrom: Date;
}

/**
 * Sets a model's token list prices from `effectiveFrom` on (the `setModelPrice` mutation): the
 * model must exist (BAD_USER_INPUT on `input.modelId` otherwise), the amounts be zero or more, the
 * start not in the past.
 */
export async function setModelPrice(em: EntityManager, props: SetModelPriceProps, now = new Date()): Promise<PriceChange<ModelPrice>> {
  assertIdOf('model', props.modelId, 'input.modelId');
  const model = await em.findOne(Model, props.modelId);
  if (!model) throw badInput('input.modelId', `Unknown model ${props.modelId}.`);
  assertListPrice('input.inputPerMillionTokens', props.inputPerMillionTokens);
  assertListPrice('input.outputPerMillionTokens', props.outputPerMillionTokens);
  assertNotRetroactive('input.effectiveFrom', props.effectiveFrom, now);
  return appendModelPrice(em, { ...props, model });
}
