import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { badInput, conflict } from '../../graphql/errors';
import { paginate, type ConnectionArgs } from '../../graphql/connection';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Region } from '../inventory/region.entity';
import { LifecycleStatus } from '../inventory/inventory.enums';
import { Model } from './model.entity';
import type { Modality, ModelStatus } from './catalog.enums';
import { nextLifecycle } from './catalog.rules';
import { lockCatalogKey } from './price-book.service';

export interface ModelFilter {
  status?: ModelStatus | null;
  /** Only models served in this region. */
  regionId?: string | null;
}

/** A page of the model catalog, newest first, optionally of one status or served in one region. */
export function listModels(em: EntityManager, filter: ModelFilter, args: ConnectionArgs) {
  const where: FilterQuery<Model> = {};
  if (filter.status) where.status = filter.status;
  if (filter.regionId) where.regions = { id: filter.regionId };
  return paginate(em, Model, where, args);
}

/**
 * The regions a model may be served in, by ID, in the order given (duplicates dropped). A
 * wrong-kind or unknown ID is BAD_USER_INPUT naming `field`; so is a RETIRED region, unless it is
 * in `keep` (a region the model is already served in may stay listed after it retires).
 */
export async function requireServingRegions(
  em: EntityManager,
  ids: readonly string[],
  field: string,
  keep: ReadonlySet<string> = new Set(),
): Promise<Region[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) assertIdOf('region', id, field);
  const found = new Map((unique.length ? await em.find(Region, { id: { $in: unique } }) : []).map((r) => [r.id, r]));
  return unique.map((id) => {
    const region = found.get(id);
    if (!region) throw badInput(field, `Unknown region ${id}.`, { id });
    if (region.status !== LifecycleStatus.ACTIVE && !keep.has(id)) {
      throw badInput(field, `Region ${region.code} is retired: no model can start being served there.`, { id });
    }
    return region;
  });
}

export interface CreateModelProps {
  key: string;
  family: string;
  parametersB: number;
  contextWindow: number;
  license: string;
  modalities: Modality[];
  status?: ModelStatus | null;
  sunsetAt?: Date | null;
  regions: Region[];
}

/**
 * Adds a model to the catalog in the caller's transaction. Its key is unique, ignoring case
 * (CONFLICT on `input.key` naming the model that has it); the lifecycle rules of
 * {@link nextLifecycle} apply (a sunset date only on a DEPRECATED model, in the future).
 */
export async function createModel(em: EntityManager, props: CreateModelProps, now = new Date()): Promise<Model> {
  const lifecycle = nextLifecycle(null, { status: props.status, sunsetAt: props.sunsetAt }, now);
  // Two creations of one key wait for each other here, so the second gets a CONFLICT naming the
  // field rather than a bare unique-constraint violation at commit.
  await lockCatalogKey(em, `catalog:model-key:${props.key.toLowerCase()}`);
  const taken = await em.findOne(Model, { key: { $ilike: props.key.replace(/[\\%_]/g, '\\$&') } });
  if (taken)
    throw conflict(`The model key "${props.key}" is taken by ${taken.id} (${taken.key}).`, { field: 'input.key', modelId: taken.id });
  const model = em.create(Model, {
    id: newId('model'),
    key: props.key,
    family: props.family,
    parametersB: props.parametersB,
    contextWindow: props.contextWindow,
    license: props.license,
    modalities: [...new Set(props.modalities)],
    ...lifecycle,
  });
  model.regions.set(props.regions);
  em.persist(model);
  return model;
}

export interface ModelChanges {
  family?: string;
  parametersB?: number;
  contextWindow?: number;
  license?: string;
  modalities?: Modality[];
  status?: ModelStatus | null;
  /** undefined: keep; null: clear; a date: set. */
  sunsetAt?: Date | null;
  /** Replaces where the model is served; the model's regions must be loaded. */
  regions?: Region[];
}

/**
 * Changes a model; its key never changes (clients call the model by it). Status moves follow
 * {@link nextLifecycle}: DEPRECATED needs a sunset date in the future, GA and PREVIEW clear it.
 */
export function updateModel(model: Model, changes: ModelChanges, now = new Date()): Model {
  const lifecycle = nextLifecycle({ status: model.status, sunsetAt: model.sunsetAt ?? null }, changes, now);
  if (changes.family !== undefined) model.family = changes.family;
  if (changes.parametersB !== undefined) model.parametersB = changes.parametersB;
  if (changes.contextWindow !== undefined) model.contextWindow = changes.contextWindow;
  if (changes.license !== undefined) model.license = changes.license;
  if (changes.modalities !== undefined) model.modalities = [...new Set(changes.modalities)];
  if (changes.regions !== undefined) model.regions.set(changes.regions);
  model.status = lifecycle.status;
  model.sunsetAt = lifecycle.sunsetAt;
  return model;
}

/**
 * The regions each model is served in, ordered by code, for many models in one statement (the
 * batch behind `Model.regions`): model ID → regions (empty when served nowhere).
 */
export async function regionsOfModels(em: EntityManager, modelIds: readonly string[]): Promise<Map<string, Region[]>> {
  const byModel = new Map<string, Region[]>(modelIds.map((id) => [id, []]));
  if (modelIds.length === 0) return byModel;
  const rows = await em.execute<Record<string, unknown>[]>(
    `select mr."model_id" as "__model_id", r.* from "model_regions" mr join "regions" r on r."id" = mr."region_id"
     where mr."model_id" in (${modelIds.map(() => '?').join(', ')}) order by r."code"`,
    [...modelIds],
  );
  for (const { __model_id: modelId, ...row } of rows) byModel.get(modelId as string)?.push(em.map(Region, row as never));
  return byModel;
}
