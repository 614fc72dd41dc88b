import { Field, ObjectType } from 'type-graphql';
import { GpuPrice, ModelPrice } from './prices.entity';

@ObjectType()
export class SetGpuPricePayload {
  @Field(() => GpuPrice)
  price!: GpuPrice;

  @Field(() => GpuPrice, { nullable: true, description: 'The price this one follows, now closed at its effectiveFrom.' })
  previous!: GpuPrice | null;
}

@ObjectType()
export class SetModelPricePayload {
  @Field(() => ModelPrice)
  price!: ModelPrice;

  @Field(() => ModelPrice, { nullable: true, description: 'The price this one follows, now closed at its effectiveFrom.' })
  previous!: ModelPrice | null;
}
