import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsNumber, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateTime, Micros } from '../../graphql/scalars';
import { Jurisdiction, PricedClass } from '../inventory/inventory.enums';
import { SpendCapMode } from './contracts.enums';

@InputType()
export class GpuDiscountInput {
  @Field(() => ID)
  gpuTypeId!: string;

  @Field(() => PricedClass)
  priceClass!: PricedClass;

  @Field(() => Float, { description: '0 to 100, to a hundredth of a percent.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'percent: at most two decimals' })
  @Min(0)
  @Max(100)
  percent!: number;
}

@InputType()
export class TokenDiscountInput {
  @Field(() => ID, { nullable: true, description: 'Null: every model.' })
  @IsOptional()
  modelId?: string | null;

  @Field(() => Float, { description: '0 to 100, to a hundredth of a percent.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'percent: at most two decimals' })
  @Min(0)
  @Max(100)
  percent!: number;
}

@InputType()
export class SpendCapInput {
  @Field(() => Micros, { description: 'Per calendar month, in the contract’s currency.' })
  monthly!: bigint;

  @Field(() => SpendCapMode)
  mode!: SpendCapMode;
}

@InputType({
  description: 'The terms of a contract version. Left-out fields take the defaults (no discounts, no cap, anywhere, 30 days retention).',
})
export class ContractTermsInput {
  @Field(() => [GpuDiscountInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  gpuDiscounts?: GpuDiscountInput[];

  @Field(() => [TokenDiscountInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  tokenDiscounts?: TokenDiscountInput[];

  @Field(() => SpendCapInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  spendCap?: SpendCapInput | null;

  @Field(() => [Jurisdiction], { nullable: true })
  @IsOptional()
  allowedJurisdictions?: Jurisdiction[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  allowedRegionIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Days prompts and logs are kept; 0 = nothing kept.' })
  @IsOptional()
  @Min(0)
  @Max(3650)
  retentionDays?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  noTraining?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  slaPolicyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether ON_DEMAND work may be reclaimed for the owner’s internal demand.' })
  @IsOptional()
  onDemandReclaimable?: boolean;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { defaultValue: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency: an ISO 4217 code such as USD' })
  currency!: string;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The owning account manager; defaults to you.' })
  @IsOptional()
  accountManagerId?: string | null;

  @Field(() => ContractTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  terms?: ContractTermsInput;
}

@InputType()
export class UpdateDraftContractInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => DateTime, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTime, { nullable: true })
  @IsOptional()
  endsAt?: Date;

  @Field(() => ContractTermsInput, { nullable: true, description: 'Replaces the draft’s terms.' })
  @IsOptional()
  @ValidateNested()
  terms?: ContractTermsInput;
}

@InputType()
export class AmendContractInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime, { description: 'When the new terms take over; not before the current version’s start.' })
  effectiveFrom!: Date;

  @Field(() => String)
  @Length(1, 500)
  reason!: string;

  @Field(() => ContractTermsInput, { description: 'The complete new terms.' })
  @ValidateNested()
  terms!: ContractTermsInput;
}

@InputType()
export class AddCommitmentInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => ID)
  gpuTypeId!: string;

  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'A named pool; otherwise one is chosen at activation.' })
  @IsOptional()
  poolId?: string | null;

  @Field(() => Int)
  @Min(1)
  @Max(100_000)
  gpus!: number;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => Micros)
  ratePerGpuHour!: bigint;

  @Field(() => String, { nullable: true, description: 'For an ACTIVE contract: why it is amended.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}
