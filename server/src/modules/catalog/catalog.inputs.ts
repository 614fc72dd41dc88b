import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '../../graphql/connection';
import { DateTime, Micros } from '../../graphql/scalars';
import { PricedClass } from '../inventory/inventory.enums';
import { Modality, ModelStatus } from './catalog.enums';

// Hugging Face style: organization/name, e.g. meta-llama/Llama-3.3-70B-Instruct.
const MODEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MODEL_KEY_MESSAGE = 'key: organization/name, e.g. meta-llama/Llama-3.3-70B-Instruct (letters, digits, . _ -)';
const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_MESSAGE = 'currency: an ISO 4217 code in capitals, e.g. USD';

@ArgsType()
export class ModelsArgs extends ConnectionArgs {
  @Field(() => ModelStatus, { nullable: true })
  @IsOptional()
  status?: ModelStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only models served in this region.' })
  @IsOptional()
  @MaxLength(40)
  regionId?: string | null;
}

@ArgsType()
export class GpuPricesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  gpuTypeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  regionId?: string | null;

  @Field(() => PricedClass, { nullable: true })
  @IsOptional()
  priceClass?: PricedClass | null;
}

@InputType()
export class CreateModelInput {
  @Field(() => String, { description: 'Unique and permanent: clients call the model by it.' })
  @MaxLength(120)
  @Matches(MODEL_KEY, { message: MODEL_KEY_MESSAGE })
  key!: string;

  @Field(() => String, { description: 'e.g. llama, qwen, mistral.' })
  @Length(1, 60)
  family!: string;

  @Field(() => Float, { description: 'Parameters, in billions (total, for mixtures of experts).' })
  @Min(0.001)
  @Max(100_000)
  parametersB!: number;

  @Field(() => Int, { description: 'Context window served, in tokens.' })
  @Min(1)
  @Max(100_000_000)
  contextWindow!: number;

  @Field(() => String, { description: 'e.g. apache-2.0, llama3.3, mit.' })
  @Length(1, 80)
  license!: string;

  @Field(() => [Modality])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  modalities!: Modality[];

  @Field(() => ModelStatus, { defaultValue: ModelStatus.PREVIEW })
  status!: ModelStatus;

  @Field(() => DateTime, { nullable: true, description: 'Required for (and only for) a DEPRECATED model; in the future.' })
  @IsOptional()
  sunsetAt?: Date | null;

  @Field(() => [ID], { defaultValue: [], description: 'Active regions where the model is served.' })
  @ArrayMaxSize(100)
  regionIds!: string[];
}

@InputType({ description: 'Changes to a model; omitted fields stay. The key never changes.' })
export class UpdateModelInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60)
  family?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.001)
  @Max(100_000)
  parametersB?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  contextWindow?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  license?: string | null;

  @Field(() => [Modality], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  modalities?: Modality[] | null;

  @Field(() => ModelStatus, { nullable: true, description: 'DEPRECATED needs a future sunsetAt; GA and PREVIEW clear it.' })
  @IsOptional()
  status?: ModelStatus | null;

  @Field(() => DateTime, { nullable: true })
  @IsOptional()
  sunsetAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the regions where the model is served.' })
  @IsOptional()
  @ArrayMaxSize(100)
  regionIds?: string[] | null;
}

@InputType({ description: 'A new list price for a GPU type, region and class. It closes the open-ended one at effectiveFrom.' })
export class SetGpuPriceInput {
  @Field(() => ID)
  gpuTypeId!: string;

  @Field(() => ID)
  regionId!: string;

  @Field(() => PricedClass)
  priceClass!: PricedClass;

  @Field(() => String, { description: 'ISO 4217, e.g. USD.' })
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency!: string;

  @Field(() => Micros, { description: 'Per GPU-hour, in micro-units.' })
  pricePerGpuHour!: bigint;

  @Field(() => DateTime, { description: 'Now or later: prices are never changed retroactively.' })
  effectiveFrom!: Date;
}

@InputType({ description: 'New list prices for a model’s tokens. They close the open-ended ones at effectiveFrom.' })
export class SetModelPriceInput {
  @Field(() => ID)
  modelId!: string;

  @Field(() => String, { description: 'ISO 4217, e.g. USD.' })
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency!: string;

  @Field(() => Micros)
  inputPerMillionTokens!: bigint;

  @Field(() => Micros)
  outputPerMillionTokens!: bigint;

  @Field(() => DateTime, { description: 'Now or later: prices are never changed retroactively.' })
  effectiveFrom!: Date;
}
