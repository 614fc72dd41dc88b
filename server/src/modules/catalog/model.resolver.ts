import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { Loaders } from '../../graphql/loaders';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection';
import { requireCatalogReader, requirePlatform } from '../../graphql/auth/guards';
import { notFound } from '../../graphql/errors';
import { DateTime } from '../../graphql/scalars';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Region } from '../inventory/region.entity';
import { Model } from './model.entity';
import { ModelPrice } from './prices.entity';
import { CreateModelInput, ModelsArgs, UpdateModelInput } from './catalog.inputs';
import { findModel } from './catalog.access';
import { createModel, listModels, regionsOfModels, requireServingRegions, updateModel } from './model.service';
import { modelPricesAt } from './price-book.service';

export const ModelConnection = ConnectionType(Model);
export const ModelPriceConnection = ConnectionType(ModelPrice);

/** Per-request batches for the fields every model in a list asks for. */
interface ModelBatches {
  /** One instant per request: every `price` without `at` asks about the same moment (and batches). */
  now: Date;
  regions: DataLoader<string, Region[]>;
  pricesAt: Map<number, DataLoader<string, ModelPrice | null>>;
}

// Keyed by the request's Loaders: a mutation's transaction gets batches of its own, like its loaders.
const batches = new WeakMap<Loaders, ModelBatches>();

function batchesOf(ctx: Context): ModelBatches {
  let found = batches.get(ctx.loaders);
  if (!found) {
    const em = ctx.em;
    found = {
      now: new Date(),
      regions: new DataLoader(async (ids: readonly string[]) => {
        const byModel = await regionsOfModels(em, ids);
        return ids.map((id) => byModel.get(id) ?? []);
      }),
      pricesAt: new Map(),
    };
    batches.set(ctx.loaders, found);
  }
  return found;
}

function priceLoader(ctx: Context, at: Date): DataLoader<string, ModelPrice | null> {
  const { pricesAt } = batchesOf(ctx);
  let loader = pricesAt.get(at.getTime());
  if (!loader) {
    const em = ctx.em;
    loader = new DataLoader(async (ids: readonly string[]) => {
      const prices = await modelPricesAt(em, ids, at);
      return ids.map((id) => prices.get(id) ?? null);
    });
    pricesAt.set(at.getTime(), loader);
  }
  return loader;
}

@Resolver(() => Model)
export class ModelResolver {
  @Query(() => ModelConnection, { description: 'The model catalog, newest first. Anyone signed in; API keys need READ.' })
  models(@Args(() => ModelsArgs) args: ModelsArgs, @Ctx() ctx: Context) {
    requireCatalogReader(ctx);
    if (args.regionId) assertIdOf('region', args.regionId, 'regionId');
    return listModels(ctx.em, { status: args.status, regionId: args.regionId }, args);
  }

  @Query(() => Model)
  model(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findModel(ctx, id, 'id');
  }

  @Mutation(() => Model, { description: 'Operators: adds a model to the catalog (it has no price until setModelPrice).' })
  async createModel(@Arg('input', () => CreateModelInput) input: CreateModelInput, @Ctx() ctx: Context) {
    ctx.audit.targetType = 'Model';
    requirePlatform(ctx, 'platform:catalog:write');
    const regions = await requireServingRegions(ctx.em, input.regionIds, 'input.regionIds');
    const model = await createModel(ctx.em, { ...input, regions });
    Object.assign(ctx.audit, { targetId: model.id, details: { key: model.key, status: model.status } });
    return model;
  }

  @Mutation(() => Model, { description: 'Operators: changes a model, its status (with the sunset date) or where it is served.' })
  async updateModel(@Arg('input', () => UpdateModelInput) input: UpdateModelInput, @Ctx() ctx: Context) {
    Object.assign(ctx.audit, { targetType: 'Model', targetId: input.id });
    requirePlatform(ctx, 'platform:catalog:write');
    assertIdOf('model', input.id, 'input.id');
    const model = await ctx.em.findOne(Model, input.id, { populate: ['regions'] });
    if (!model) throw notFound('Model', input.id);
    const served = new Set(model.regions.getIdentifiers<string>());
    const regions = input.regionIds ? await requireServingRegions(ctx.em, input.regionIds, 'input.regionIds', served) : undefined;
    const from = model.status;
    updateModel(model, {
      family: input.family ?? undefined,
      parametersB: input.parametersB ?? undefined,
      contextWindow: input.contextWindow ?? undefined,
      license: input.license ?? undefined,
      modalities: input.modalities ?? undefined,
      status: input.status,
      sunsetAt: input.sunsetAt,
      regions,
    });
    ctx.audit.details = { key: model.key, from, to: model.status, sunsetAt: model.sunsetAt?.toISOString() ?? null };
    return model;
  }

  @FieldResolver(() => [Region], { description: 'Where the model is served, by region code.' })
  regions(@Root() model: Model, @Ctx() ctx: Context): Promise<Region[]> | Region[] {
    // A model a mutation just wrote has its regions in hand; listed ones are loaded in one batch.
    if (model.regions.isInitialized()) return [...model.regions.getItems()].sort((a, b) => a.code.localeCompare(b.code));
    return batchesOf(ctx).regions.load(model.id);
  }

  @FieldResolver(() => ModelPrice, { nullable: true, description: 'The list price in force at `at` (default: now), if any.' })
  price(@Root() model: Model, @Arg('at', () => DateTime, { nullable: true }) at: Date | null | undefined, @Ctx() ctx: Context) {
    return priceLoader(ctx, at ?? batchesOf(ctx).now).load(model.id);
  }

  @FieldResolver(() => ModelPriceConnection, { description: 'Every list price the model has had, the latest first.' })
  priceHistory(@Root() model: Model, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(ModelPrice, 'model', model.id, args);
  }
}
