import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros } from '../../graphql/scalars';
import { CapacityClass } from '../inventory/inventory.enums';

/**
 * GPU time a job used over [startedAt, endedAt), with what it ran on and the price in force: the
 * input rating turns into money. Immutable and deduplicated on `dedupKey` (DESIGN.md rule 5):
 * recording the same interval twice changes nothing. Plain ID columns, like the audit trail.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'usage_events' })
@Index({ properties: ['organizationId', 'endedAt'] })
@Index({ properties: ['jobId'] })
export class UsageEvent {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  /** `job:<job id>:<attempt>:<interval start, ms>`. */
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 120 })
  dedupKey!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  organizationId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  projectId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  jobId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempt!: number;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  gpuTypeId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  regionId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  poolId!: string;

  @Field(() => CapacityClass)
  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class' })
  capacityClass!: CapacityClass;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpus!: number;

  @Field(() => Int, { description: 'Whole seconds of the interval; GPU-seconds = gpus × seconds.' })
  @Property({ type: 'integer' })
  seconds!: number;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  endedAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  currency?: string | null;

  @Field(() => Micros, { nullable: true, description: 'Price per GPU-hour in force when the job was placed (after discounts).' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  unitPrice?: bigint | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  commitmentId?: string | null;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
