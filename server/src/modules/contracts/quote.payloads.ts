import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, Micros } from '../../graphql/scalars';
import { Region } from '../inventory/region.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { PricedClass } from '../inventory/inventory.enums';
import { Model } from '../catalog/model.entity';
import { Commitment } from './commitment.entity';
import { QuotaKind, SpendCapMode } from './contracts.enums';

/** Why a quote (or one of its candidate regions) would be refused. */
export enum QuoteRefusalReason {
  /** The contract's data residency does not allow the region. */
  RESIDENCY = 'RESIDENCY',
  /** A CONCURRENT_GPUS quota would be passed. */
  QUOTA = 'QUOTA',
  /** A HARD monthly spend cap would be passed. */
  SPEND_CAP = 'SPEND_CAP',
  /** RESERVED work needs a commitment with room for it. */
  COMMITMENT = 'COMMITMENT',
  /** No list price is in force (or none in the contract's currency). */
  NO_PRICE = 'NO_PRICE',
  /** The model is not served (anywhere, or any longer). */
  NOT_SERVED = 'NOT_SERVED',
}

/** What the amount was computed from. */
export enum PriceBasis {
  /** List price: pay as you go, or no discount for this in the contract. */
  LIST = 'LIST',
  /** List price less the contract's discount. */
  CONTRACT_DISCOUNT = 'CONTRACT_DISCOUNT',
  /** A commitment's rate (RESERVED work inside it); no further discount. */
  COMMITTED_RATE = 'COMMITTED_RATE',
}

export enum QuotaScope {
  ORGANIZATION = 'ORGANIZATION',
  PROJECT = 'PROJECT',
}

registerEnumType(QuoteRefusalReason, { name: 'QuoteRefusalReason' });
registerEnumType(PriceBasis, { name: 'PriceBasis' });
registerEnumType(QuotaScope, { name: 'QuotaScope' });

@ObjectType({ description: 'Why the work would be refused (or a candidate region left out), and which input to change.' })
export class QuoteRefusal {
  @Field(() => QuoteRefusalReason)
  reason!: QuoteRefusalReason;

  @Field(() => String, { nullable: true, description: 'The input the refusal is about, e.g. input.regionIds or input.gpus.' })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'A quota that applies to the quoted work, with what is in use and what is asked.' })
export class QuotaCheck {
  @Field(() => ID)
  quotaId!: string;

  @Field(() => QuotaKind)
  kind!: QuotaKind;

  @Field(() => QuotaScope)
  scope!: QuotaScope;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int, { description: 'In use now; 0 when usage is not tracked at this scope (see usageTracked).' })
  inUse!: number;

  @Field(() => Boolean, {
    description: 'False where usage is not tracked yet (tokens per minute, until the model gateway): inUse is then 0.',
  })
  usageTracked!: boolean;

  @Field(() => Int, { description: 'What the quoted work adds: GPUs, or tokens for TOKENS_PER_MINUTE.' })
  requested!: number;

  @Field(() => Boolean)
  exceeded!: boolean;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'The contract’s monthly spend cap against this quote. Only for callers who may read the contract.' })
export class SpendCapCheck {
  @Field(() => SpendCapMode)
  mode!: SpendCapMode;

  @Field(() => Micros)
  monthlyCap!: bigint;

  @Field(() => Micros, { description: 'Month-to-date spend used; 0 while spendSoFarKnown is false.' })
  spentSoFar!: bigint;

  @Field(() => Boolean, {
    description: 'False until metering reports month-to-date spend: the cap is then checked against this quote alone.',
  })
  spendSoFarKnown!: boolean;

  @Field(() => Micros, { description: 'monthlyCap − spentSoFar (never below 0).' })
  remaining!: bigint;

  @Field(() => Boolean)
  wouldExceed!: boolean;
}

@ObjectType({ description: 'One region the work could run in: its price, or why it was left out.' })
export class GpuQuoteCandidate {
  @Field(() => Region)
  region!: Region;

  @Field(() => Boolean, { description: 'The region the quote chose (the cheapest one nothing refuses).' })
  chosen!: boolean;

  @Field(() => Micros, { nullable: true, description: 'What it would cost here; null without a price.' })
  amount!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'At list price; null without contract:read.' })
  listAmount!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'Per GPU-hour, after discounts.' })
  unitPrice!: bigint | null;

  @Field(() => [QuoteRefusal], { description: 'Why the region was left out; empty when it is eligible.' })
  exclusions!: QuoteRefusal[];
}

/** Fields both quotes have. */
@ObjectType('QuoteResult', { description: 'Fields every quote has; never emitted on its own.' })
abstract class QuoteResult {
  @Field(() => DateTime, { description: 'The instant prices, terms and usage were read at.' })
  asOf!: Date;

  @Field(() => String, { nullable: true, description: 'ISO 4217: the contract’s, else the list price’s; null without any price.' })
  currency!: string | null;

  @Field(() => Micros, { nullable: true, description: 'What the work would cost, after discounts; null without a price.' })
  amount!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'The same work at list price. Null without contract:read.' })
  listAmount!: bigint | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The discount off list, in percent (for committed work, the committed rate’s saving). Null without contract:read.',
  })
  discountPercent!: number | null;

  @Field(() => PriceBasis, { nullable: true, description: 'What the amount was computed from. Null without contract:read.' })
  priceBasis!: PriceBasis | null;

  @Field(() => Boolean, { description: 'True when nothing in `refusals` would stop the work.' })
  allowed!: boolean;

  @Field(() => [QuoteRefusal])
  refusals!: QuoteRefusal[];

  @Field(() => [String], { description: 'What would not stop the work but should be known (an ALERT spend cap, a throttling quota…).' })
  warnings!: string[];

  @Field(() => [QuotaCheck])
  quotas!: QuotaCheck[];

  @Field(() => SpendCapCheck, { nullable: true, description: 'Null without a cap, or without contract:read.' })
  spendCap!: SpendCapCheck | null;

  @Field(() => Boolean, {
    description:
      'Whether month-to-date spend was known when checking the spend cap. False until metering exists: the cap is checked against this quote alone.',
  })
  spendSoFarKnown!: boolean;
}

@ObjectType({ description: 'What GPU work would cost, where it would run, what covers it and what would refuse it.' })
export class GpuQuote extends QuoteResult {
  @Field(() => GpuType)
  gpuType!: GpuType;

  @Field(() => Int)
  gpus!: number;

  @Field(() => Int, { nullable: true })
  nodes!: number | null;

  @Field(() => Float)
  hours!: number;

  @Field(() => PricedClass)
  priceClass!: PricedClass;

  @Field(() => Region, {
    nullable: true,
    description: 'The chosen region: the cheapest one nothing refuses; null when every one is refused.',
  })
  region!: Region | null;

  @Field(() => Micros, { nullable: true, description: 'List price per GPU-hour in the chosen region. Null without contract:read.' })
  listUnitPrice!: bigint | null;

  @Field(() => Micros, {
    nullable: true,
    description: 'Per GPU-hour after discounts, rounded for display (the amount is not computed from it).',
  })
  unitPrice!: bigint | null;

  @Field(() => Commitment, { nullable: true, description: 'The commitment RESERVED work would run in. Null without contract:read.' })
  coveredBy!: Commitment | null;

  @Field(() => [GpuQuoteCandidate], { description: 'Every region considered, in code order.' })
  candidates!: GpuQuoteCandidate[];
}

@ObjectType({ description: 'What model tokens would cost, and what would refuse them.' })
export class TokenQuote extends QuoteResult {
  @Field(() => Model)
  model!: Model;

  @Field(() => Int)
  inputTokens!: number;

  @Field(() => Int)
  outputTokens!: number;

  @Field(() => Micros, { nullable: true, description: 'List price per million input tokens. Null without contract:read.' })
  listInputPerMillion!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'List price per million output tokens. Null without contract:read.' })
  listOutputPerMillion!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'Per million input tokens after discounts, rounded for display.' })
  inputPerMillion!: bigint | null;

  @Field(() => Micros, { nullable: true, description: 'Per million output tokens after discounts, rounded for display.' })
  outputPerMillion!: bigint | null;

  @Field(() => [Region], { description: 'Where the model is served and residency allows it to run.' })
  servedIn!: Region[];
}
