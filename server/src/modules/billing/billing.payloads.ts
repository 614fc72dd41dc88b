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

  @Field(() => Micros, { description: 'Rated usage this month: the open invoice’s usage total.' })
  rated!: bigint;

  @Field(() => Micros, { description: 'What live jobs still hold: price × max duration each, less what they have used.' })
  held!: bigint;

  @Field(() => Micros, { description: 'rated + held: the running total a HARD cap is checked against.' })
  spent!: bigint;

  @Field(() => Float, { nullable: true, description: 'spent / cap in percent, two decimals; null without a cap.' })
  percent!: number | null;

  @Field(() => [SpendAlert], { description: 'Thresholds (50, 80, 100%) crossed this month: the console shows them as notices.' })
  alerts!: SpendAlert[];
}
