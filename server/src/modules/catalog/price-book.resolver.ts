import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionType } from '../../graphql/connection';
import { requireCatalogReader, requirePlatform } from '../../graphql/auth/guards';
import { AppError, badInput } from '../../graphql/errors';
import { DateTime } from '../../graphql/scalars';
import { assertIdOf } from '../tenancy/tenancy.access';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { PricedClass } from '../inventory/inventory.enums';
import { Model } from './model.entity';
import { GpuPrice, ModelPrice } from './prices.entity';
import { GpuPricesArgs, SetGpuPriceInput, SetModelPriceInput } from './catalog.inputs';
import { SetGpuPricePayload, SetModelPricePayload } from './catalog.payloads';
import { gpuPriceAt, listGpuPrices, modelPriceAt, requirePriceTarget, setGpuPrice, setModelPrice } from './price-book.service';

export const GpuPriceConnection = ConnectionType(GpuPrice);

@Resolver(() => GpuPrice)
export class GpuPriceResolver {
  @Query(() => GpuPriceConnection, { description: 'GPU-hour list prices, newest first. Anyone signed in; API keys need READ.' })
  gpuPrices(@Args(() => GpuPricesArgs) args: GpuPricesArgs, @Ctx() ctx: Context) {
    requireCatalogReader(ctx);
    if (args.gpuTypeId) assertIdOf('gpuType', args.gpuTypeId, 'gpuTypeId');
    if (args.regionId) assertIdOf('region', args.regionId, 'regionId');
    return listGpuPrices(ctx.em, args, args);
  }

  @Query(() => GpuPrice, { description: 'The GPU-hour list price in force at `at` (default: now); NOT_FOUND when none is.' })
  async gpuPriceAt(
    @Arg('gpuTypeId', () => ID) gpuTypeId: string,
    @Arg('regionId', () => ID) regionId: string,
    @Arg('priceClass', () => PricedClass) priceClass: PricedClass,
    @Arg('at', () => DateTime, { nullable: true }) at: Date | null | undefined,
    @Ctx() ctx: Context,
  ) {
    requireCatalogReader(ctx);
    const when = at ?? new Date();
    const { gpuType, region } = await requirePriceTarget(
      ctx.em,
      { gpuTypeId, regionId },
      { gpuTypeId: 'gpuTypeId', regionId: 'regionId' },
      { active: false },
    );
    const price = await gpuPriceAt(ctx.em, { gpuTypeId, regionId, priceClass, at: when });
    if (!price) {
      throw new AppError(
        'NOT_FOUND',
        `No ${priceClass} list price for ${gpuType.code} in ${region.code} is in force at ${when.toISOString()}.`,
        {
          gpuTypeId,
          regionId,
          priceClass,
          at: when.toISOString(),
        },
      );
    }
    return price;
  }

  @Mutation(() => SetGpuPricePayload, {
    description: 'Operators: a new GPU-hour list price from effectiveFrom on; the open-ended one for the key closes then.',
  })
  async setGpuPrice(@Arg('input', () => SetGpuPriceInput) input: SetGpuPriceInput, @Ctx() ctx: Context): Promise<SetGpuPricePayload> {
    ctx.audit.targetType = 'GpuPrice';
    requirePlatform(ctx, 'platform:catalog:write');
    const change = await setGpuPrice(ctx.em, input);
    Object.assign(ctx.audit, {
      targetId: change.price.id,
      details: {
        gpuTypeId: input.gpuTypeId,
        regionId: input.regionId,
        priceClass: input.priceClass,
        currency: input.currency,
        pricePerGpuHour: input.pricePerGpuHour.toString(),
        effectiveFrom: input.effectiveFrom.toISOString(),
        closedPriceId: change.previous?.id ?? null,
      },
    });
    return change;
  }

  @FieldResolver(() => GpuType)
  gpuType(@Root() price: GpuPrice, @Ctx() ctx: Context) {
    return ctx.loaders.require(GpuType, price.gpuType.id);
  }

  @FieldResolver(() => Region)
  region(@Root() price: GpuPrice, @Ctx() ctx: Context) {
    return ctx.loaders.require(Region, price.region.id);
  }
}

@Resolver(() => ModelPrice)
export class ModelPriceResolver {
  @Query(() => ModelPrice, { description: 'A model’s token list prices in force at `at` (default: now); NOT_FOUND when none are.' })
  async modelPriceAt(
    @Arg('modelId', () => ID) modelId: string,
    @Arg('at', () => DateTime, { nullable: true }) at: Date | null | undefined,
    @Ctx() ctx: Context,
  ) {
    requireCatalogReader(ctx);
    assertIdOf('model', modelId, 'modelId');
    const when = at ?? new Date();
    const model = await ctx.loaders.load(Model, modelId);
    if (!model) throw badInput('modelId', `Unknown model ${modelId}.`);
    const price = await modelPriceAt(ctx.em, { modelId, at: when });
    if (!price) {
      throw new AppError('NOT_FOUND', `No list price for ${model.key} is in force at ${when.toISOString()}.`, {
        modelId,
        at: when.toISOString(),
      });
    }
    return price;
  }

  @Mutation(() => SetModelPricePayload, {
    description: 'Operators: new token list prices for a model from effectiveFrom on; the open-ended ones close then.',
  })
  async setModelPrice(
    @Arg('input', () => SetModelPriceInput) input: SetModelPriceInput,
    @Ctx() ctx: Context,
  ): Promise<SetModelPricePayload> {
    ctx.audit.targetType = 'ModelPrice';
    requirePlatform(ctx, 'platform:catalog:write');
    const change = await setModelPrice(ctx.em, input);
    Object.assign(ctx.audit, {
      targetId: change.price.id,
      details: {
        modelId: input.modelId,
        currency: input.currency,
        inputPerMillionTokens: input.inputPerMillionTokens.toString(),
        outputPerMillionTokens: input.outputPerMillionTokens.toString(),
        effectiveFrom: input.effectiveFrom.toISOString(),
        closedPriceId: change.previous?.id ?? null,
      },
    });
    return change;
  }

  @FieldResolver(() => Model)
  model(@Root() price: ModelPrice, @Ctx() ctx: Context) {
    return ctx.loaders.require(Model, price.model.id);
  }
}
