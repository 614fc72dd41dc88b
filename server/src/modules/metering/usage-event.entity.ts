import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros, Quantity } from '../../graphql/scalars';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';

/**
 * One measured quantity of one SKU, for one organization and project, at one time: the input
 * rating turns into money. Immutable and deduplicated on `dedupKey` (DESIGN.md rule 5): recording
 * the same event twice changes nothing. GPU time comes from Headroom's own jobs (with the job's
 * interval, attempt and placement price) or from a trusted data plane; tokens from the model
 * gateway. Plain ID columns, like the audit trail. Few indexes: every one is paid for by every
 * insert, and reports read the roll-ups, not the events.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'usage_events' })
@Unique({ properties: ['organizationId', 'dedupKey'] })
@Index({
  name: 'usage_events_job_id_index',
  expression: 'create index "usage_events_job_id_index" on "usage_events" ("job_id") where "job_id" is not null',
})
@Index({
  name: 'usage_events_not_rolled_up_index',
  expression: 'create index "usage_events_not_rolled_up_index" on "usage_events" ("id") where not "rolled_up"',
})
export class UsageEvent {
  [OptionalProps]?: 'recordedAt' | 'rolledUp';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  /** Jobs: `job:<job id>:<attempt>:<interval start, ms>`; data planes choose their own. */
  @Field(() => String, { description: 'Unique within the organization.' })
  @Property({ type: 'string', length: 160 })
  dedupKey!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  organizationId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  projectId!: string;

  @Field(() => UsageKind)
  @Enum({ items: () => UsageKind, nativeEnumName: 'usage_kind' })
  kind!: UsageKind;

  @Field(() => String, { description: 'gpu/<GPU type>/<class>/<region> or tokens/<model>/<input|output>.' })
  @Property({ type: 'string', length: 160 })
  sku!: string;

  @Field(() => Quantity, { description: 'GPU-seconds or tokens.' })
  @Property({ type: new BigIntType('bigint') })
  quantity!: bigint;

  @Field(() => DateTime, { description: 'When the usage happened: it counts in this hour.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => DateTime, {
    description: 'The first day of the month whose invoice bills it: its own month, or the next open one when that was already finalized.',
  })
  @Property({ type: 'datetime' })
  billedMonth!: Date;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  gpuTypeId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  regionId?: string | null;

  @Field(() => CapacityClass, { nullable: true })
  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class', nullable: true })
  capacityClass?: CapacityClass | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  modelId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  jobId?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  attempt?: number | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  poolId?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  gpus?: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole seconds of a job interval; GPU-seconds = gpus × seconds.' })
  @Property({ type: 'integer', nullable: true })
  seconds?: number | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  currency?: string | null;

  @Field(() => Micros, {
    nullable: true,
    description:
      'A job’s price per GPU-hour when it was placed (after discounts), for its spend hold; invoices rate with the prices in force at the hour.',
  })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  unitPrice?: bigint | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  commitmentId?: string | null;

  /** Counted into `usage_rollups` (exactly once: flipped in the statement that adds it). */
  @Property({ type: 'boolean', default: false })
  rolledUp: boolean = false;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
