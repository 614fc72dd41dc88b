import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, Quantity } from '../../graphql/scalars';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';

@ObjectType({ description: 'An event refused, with the field at fault and why; the rest of the batch was kept.' })
export class UsageRejectionView {
  @Field(() => Int)
  index!: number;

  @Field(() => String)
  dedupKey!: string;

  @Field(() => String, { description: 'e.g. events.3.quantity' })
  field!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'An event dated in a finalized month: kept, and billed on a later invoice as an adjustment.' })
export class UsageAdjustmentView {
  @Field(() => Int)
  index!: number;

  @Field(() => String)
  dedupKey!: string;

  @Field(() => DateTime, { description: 'The month whose invoice bills it.' })
  billedMonth!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType()
export class IngestUsagePayload {
  @Field(() => Int, { description: 'Events stored now.' })
  accepted!: number;

  @Field(() => Int, { description: 'Events already stored under the same dedup key (or repeated in the batch): not counted again.' })
  duplicates!: number;

  @Field(() => [UsageRejectionView])
  rejected!: UsageRejectionView[];

  @Field(() => [UsageAdjustmentView])
  adjusted!: UsageAdjustmentView[];
}

@ObjectType({ description: 'Usage of one SKU by one project in one period.' })
export class UsageReportRowView {
  @Field(() => DateTime)
  periodStart!: Date;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  sku!: string;

  @Field(() => UsageKind)
  kind!: UsageKind;

  @Field(() => ID, { nullable: true })
  gpuTypeId!: string | null;

  @Field(() => CapacityClass, { nullable: true })
  capacityClass!: CapacityClass | null;

  @Field(() => ID, { nullable: true })
  regionId!: string | null;

  @Field(() => ID, { nullable: true })
  modelId!: string | null;

  @Field(() => Quantity, { description: 'GPU-seconds or tokens.' })
  quantity!: bigint;

  @Field(() => Int)
  events!: number;
}

@ObjectType()
export class UsageReport {
  @Field(() => [UsageReportRowView])
  rows!: UsageReportRowView[];

  @Field(() => String, { description: 'The same report as CSV (GET, with the same credentials).' })
  csvUrl!: string;
}
