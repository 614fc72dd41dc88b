import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/connection';
import { requireCatalogReader, requirePlatform } from '../../graphql/auth/guards';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';
import { LifecycleStatus } from './inventory.enums';
import { CreateGpuTypeInput, CreateRegionInput, UpdateGpuTypeInput, UpdateRegionInput } from './inventory.inputs';
import { createGpuType, createRegion, retireGpuType, retireRegion } from './inventory.service';
import { findGpuType, findRegion } from './inventory.access';

export const RegionConnection = ConnectionType(Region);
export const GpuTypeConnection = ConnectionType(GpuType);

@ArgsType()
class CatalogListArgs extends ConnectionArgs {
  @Field(() => LifecycleStatus, { nullable: true, description: 'Only ACTIVE or only RETIRED; both when left out.' })
  @IsOptional()
  status?: LifecycleStatus | null;
}

/** Regions and GPU types: what everyone may browse, what operators maintain. */
@Resolver()
export class RegionResolver {
  @Query(() => RegionConnection)
  regions(@Args(() => CatalogListArgs) args: CatalogListArgs, @Ctx() ctx: Context) {
    requireCatalogReader(ctx);
    return paginate(ctx.em, Region, args.status ? { status: args.status } : {}, args);
  }

  @Query(() => Region)
  region(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findRegion(ctx, id, 'catalog:read');
  }

  @Mutation(() => Region)
  async createRegion(@Arg('input', () => CreateRegionInput) input: CreateRegionInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:write');
    const region = await createRegion(ctx.em, input);
    Object.assign(ctx.audit, { targetType: 'Region', targetId: region.id });
    return region;
  }

  @Mutation(() => Region)
  async updateRegion(@Arg('input', () => UpdateRegionInput) input: UpdateRegionInput, @Ctx() ctx: Context) {
    const region = await findRegion(ctx, input.id, 'platform:inventory:write', 'input.id');
    region.name = input.name;
    return region;
  }

  @Mutation(() => Region, { description: 'Refused while an active cluster is in the region.' })
  async retireRegion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return retireRegion(ctx.em, await findRegion(ctx, id, 'platform:inventory:write'));
  }

  @Query(() => GpuTypeConnection)
  gpuTypes(@Args(() => CatalogListArgs) args: CatalogListArgs, @Ctx() ctx: Context) {
    requireCatalogReader(ctx);
    return paginate(ctx.em, GpuType, args.status ? { status: args.status } : {}, args);
  }

  @Query(() => GpuType)
  gpuType(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findGpuType(ctx, id, 'catalog:read');
  }

  @Mutation(() => GpuType)
  async createGpuType(@Arg('input', () => CreateGpuTypeInput) input: CreateGpuTypeInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:write');
    const gpuType = await createGpuType(ctx.em, input);
    Object.assign(ctx.audit, { targetType: 'GpuType', targetId: gpuType.id });
    return gpuType;
  }

  @Mutation(() => GpuType)
  async updateGpuType(@Arg('input', () => UpdateGpuTypeInput) input: UpdateGpuTypeInput, @Ctx() ctx: Context) {
    const gpuType = await findGpuType(ctx, input.id, 'platform:inventory:write', 'input.id');
    if (input.memoryGb != null) gpuType.memoryGb = input.memoryGb;
    if (input.interconnect != null) gpuType.interconnect = input.interconnect;
    return gpuType;
  }

  @Mutation(() => GpuType, { description: 'Refused while an active pool has this GPU type.' })
  async retireGpuType(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return retireGpuType(ctx.em, await findGpuType(ctx, id, 'platform:inventory:write'));
  }
}
