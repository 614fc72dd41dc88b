import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DateTime, Quantity } from '../../graphql/scalars';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';
import { UsageGranularity } from './usage-report.service';

// No class-validator rules here: each event is checked by usage-ingest.rules, so one bad event is
// rejected with its field while the rest of the batch is kept.
@InputType({ description: 'One usage event from a trusted data plane. GPU usage names a GPU type, class and region; tokens a model.' })
export class UsageEventInput {
  @Field(() => String, {
    description: 'Unique per event, chosen by the sender (≤ 160 printable characters): sending it again changes nothing.',
  })
  dedupKey!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => UsageKind)
  kind!: UsageKind;

  @Field(() => Quantity, { description: 'GPU-seconds (GPUs × seconds) or tokens; never negative.' })
  quantity!: bigint;

  @Field(() => DateTime, { description: 'When it happened: it counts in this hour (UTC).' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  gpuTypeId?: string | null;

  @Field(() => CapacityClass, { nullable: true })
  capacityClass?: CapacityClass | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;
  // No job: Headroom records its own jobs' GPU time itself (the same time reported twice would bill twice).
}

@ArgsType()
export class UsageReportArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateTime, { description: 'From this hour (included).' })
  from!: Date;

  @Field(() => DateTime, { description: 'Until this hour (excluded); at most 366 days after from.' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'One project only (an API key always sees its own project only).' })
  projectId?: string | null;

  @Field(() => UsageGranularity, { defaultValue: UsageGranularity.DAY })
  granularity!: UsageGranularity;
}
