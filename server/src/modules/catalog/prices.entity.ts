import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { PricedClass } from '../inventory/inventory.enums';
import { Model } from './model.entity';

/** A list price that holds from `effectiveFrom` until `effectiveTo` (open-ended when null). */
@ObjectType('EffectivePrice', { description: 'Fields every list price has; never emitted on its own.' })
abstract class EffectivePrice extends BaseEntity {
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => DateTime, { description: 'When the price starts to apply (included).' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it stops applying (excluded); null while open-ended.' })
  @Property({ type: 'datetime', nullable: true })
  effectiveTo?: Date | null;
}

/** The list price of one GPU-hour of a GPU type, in a region, for a class. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'gpu_prices' })
@Index({ properties: ['gpuType', 'region', 'priceClass', 'effectiveFrom'] })
export class GpuPrice extends EffectivePrice {
  @ManyToOne(() => GpuType, { ref: true, deleteRule: 'restrict' })
  gpuType!: Ref<GpuType>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => PricedClass)
  @Enum({ items: () => PricedClass, nativeEnumName: 'priced_class' })
  priceClass!: PricedClass;

  @Field(() => Micros, { description: 'Per GPU-hour.' })
  @Property({ type: new BigIntType('bigint') })
  pricePerGpuHour!: bigint;
}

/** The list prices of a model's tokens. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'model_prices' })
@Index({ properties: ['model', 'effectiveFrom'] })
export class ModelPrice extends EffectivePrice {
  @ManyToOne(() => Model, { ref: true, deleteRule: 'restrict' })
  model!: Ref<Model>;

  @Field(() => Micros, { description: 'Per million input tokens.' })
  @Property({ type: new BigIntType('bigint') })
  inputPerMillionTokens!: bigint;

  @Field(() => Micros, { description: 'Per million output tokens.' })
  @Property({ type: new BigIntType('bigint') })
  outputPerMillionTokens!: bigint;
}
