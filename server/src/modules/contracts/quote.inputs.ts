import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { PricedClass } from '../inventory/inventory.enums';
import { MAX_QUOTE_GPUS, MAX_QUOTE_HOURS, MAX_QUOTE_TOKENS } from './quote.service';

@InputType({ description: 'GPU work to price: a GPU type, how many, where it may run, its class and for how long.' })
export class QuoteGpuInput {
  @Field(() => ID)
  @MaxLength(40)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'The project it would run in (its quotas apply). API keys default to their own.' })
  @IsOptional()
  @MaxLength(40)
  projectId?: string | null;

  @Field(() => ID)
  @MaxLength(40)
  gpuTypeId!: string;

  @Field(() => Int)
  @Min(1, { message: 'gpus: at least 1' })
  @Max(MAX_QUOTE_GPUS, { message: `gpus: at most ${MAX_QUOTE_GPUS}` })
  gpus!: number;

  @Field(() => Int, { nullable: true, description: 'Nodes to spread the GPUs over; they must divide evenly.' })
  @IsOptional()
  @Min(1, { message: 'nodes: at least 1' })
  nodes?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Acceptable regions; empty: any region.' })
  @ArrayMaxSize(50)
  regionIds!: string[];

  @Field(() => PricedClass)
  priceClass!: PricedClass;

  @Field(() => Float, { description: `How long, in hours: more than 0, at most ${MAX_QUOTE_HOURS} (a year), in whole seconds.` })
  @Min(1 / 3600, { message: 'hours: more than 0 (at least one second)' })
  @Max(MAX_QUOTE_HOURS, { message: `hours: at most ${MAX_QUOTE_HOURS}` })
  hours!: number;
}

@InputType({ description: 'Model tokens to price.' })
export class QuoteTokensInput {
  @Field(() => ID)
  @MaxLength(40)
  organizationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The project the calls would come from (its quotas apply). API keys default to their own.',
  })
  @IsOptional()
  @MaxLength(40)
  projectId?: string | null;

  @Field(() => ID)
  @MaxLength(40)
  modelId!: string;

  @Field(() => Int)
  @Min(0, { message: 'inputTokens: 0 or more' })
  @Max(MAX_QUOTE_TOKENS, { message: `inputTokens: at most ${MAX_QUOTE_TOKENS}` })
  inputTokens!: number;

  @Field(() => Int)
  @Min(0, { message: 'outputTokens: 0 or more' })
  @Max(MAX_QUOTE_TOKENS, { message: `outputTokens: at most ${MAX_QUOTE_TOKENS}` })
  outputTokens!: number;
}
