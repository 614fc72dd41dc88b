import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Micros } from '../../graphql/scalars';
import { Jurisdiction, PricedClass } from '../inventory/inventory.enums';
import { SpendCapMode } from './contracts.enums';

@ObjectType()
export class GpuDiscount {
  @Field(() => ID)
  gpuTypeId!: string;

  @Field(() => PricedClass)
  priceClass!: PricedClass;

  @Field(() => Float)
  percent!: number;
}

@ObjectType()
export class TokenDiscount {
  @Field(() => ID, { nullable: true, description: 'Null: every model.' })
  modelId!: string | null;

  @Field(() => Float)
  percent!: number;
}

@ObjectType()
export class SpendCap {
  @Field(() => Micros)
  monthly!: bigint;

  @Field(() => SpendCapMode)
  mode!: SpendCapMode;
}

@ObjectType({ description: 'What a contract version agrees: discounts, spend cap, residency, data terms, SLA.' })
export class ContractTermsView {
  @Field(() => [GpuDiscount])
  gpuDiscounts!: GpuDiscount[];

  @Field(() => [TokenDiscount])
  tokenDiscounts!: TokenDiscount[];

  @Field(() => SpendCap, { nullable: true })
  spendCap!: SpendCap | null;

  @Field(() => [Jurisdiction], { description: 'With allowedRegionIds: where work may run. Both empty: anywhere.' })
  allowedJurisdictions!: Jurisdiction[];

  @Field(() => [ID])
  allowedRegionIds!: string[];

  @Field(() => Int)
  retentionDays!: number;

  @Field(() => Boolean)
  noTraining!: boolean;

  @Field(() => ID, { nullable: true })
  slaPolicyId!: string | null;

  @Field(() => Boolean)
  onDemandReclaimable!: boolean;
}

@ObjectType({ description: 'One field that changed between two versions.' })
export class TermChangeView {
  @Field(() => String)
  path!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  to!: unknown;
}
