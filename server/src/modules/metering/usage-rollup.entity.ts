import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, Quantity } from '../../graphql/scalars';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';

/**
 * Usage per organization, project, SKU and hour (and the month whose invoice bills it), kept
 * current by the roll-up worker: what usage reports, CSV exports and rating read.
 */
@ObjectType({ description: 'Usage of one SKU by one project in one hour.' })
@Entity({ tableName: 'usage_rollups' })
@Index({ properties: ['organizationId', 'billedMonth'] })
@Index({ properties: ['organizationId', 'hour'] })
@Index({ properties: ['updatedAt'] })
export class UsageRollup {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  organizationId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  projectId!: string;

  @Field(() => String)
  @PrimaryKey({ type: 'string', length: 160 })
  sku!: string;

  @Field(() => DateTime, { description: 'The hour’s first instant (UTC).' })
  @PrimaryKey({ type: 'datetime' })
  hour!: Date;

  @Field(() => DateTime, { description: 'The month whose invoice bills this usage.' })
  @PrimaryKey({ type: 'datetime' })
  billedMonth!: Date;

  @Field(() => UsageKind)
  @Enum({ items: () => UsageKind, nativeEnumName: 'usage_kind' })
  kind!: UsageKind;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  gpuTypeId?: string | null;

  @Field(() => CapacityClass, { nullable: true })
  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class', nullable: true })
  capacityClass?: CapacityClass | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  modelId?: string | null;

  @Field(() => Quantity, { description: 'GPU-seconds or tokens.' })
  @Property({ type: new BigIntType('bigint') })
  quantity!: bigint;

  @Field(() => Int, { description: 'Usage events counted.' })
  @Property({ type: 'integer' })
  events!: number;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
