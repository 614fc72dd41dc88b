import { Field, Float, ObjectType } from 'type-graphql';
import { Micros } from '../../graphql/scalars';
import { SpendCapMode } from '../contracts/contracts.enums';
import { SpendAlert } from './spend-alert.entity';

@ObjectType({ description: 'Where to download an invoice (GET, with the same credentials).' })
export class InvoiceDownloads {
  @Field(() => String)
  json!: string;

  @Field(() => String)
  csv!: string;
}

@ObjectType({ description: 'This month’s spend against the contract’s monthly cap.' })
export class SpendStatus {
  @Field(() => String)
  currency!: string;

  @Field(() => Micros, { nullable: true, description: 'null: no cap.' })
  cap!: bigint | null;

  @Field(() => SpendCapMode, { nullable: true })
  mode!: SpendCapMode | null;

  @Field(() => Micros, { description: 'Rated usage this month (the open invoice, less what live jobs’ holds stand for).' })
  rated!: bigint;

  @Field(() => Micros, { description: 'What live jobs hold: price × max duration each, until they end.' })
  held!: bigint;

  @Field(() => Micros, { description: 'rated + held: what a HARD cap is checked against.' })
  spent!: bigint;

  @Field(() => Float, { nullable: true, description: 'spent / cap in percent, two decimals; null without a cap.' })
  percent!: number | null;

  @Field(() => [SpendAlert], { description: 'Thresholds (50, 80, 100%) crossed this month: the console shows them as notices.' })
  alerts!: SpendAlert[];
}
