import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { GpuVendor, Interconnect, LifecycleStatus } from './inventory.enums';

@ObjectType({ implements: Node })
@Entity({ tableName: 'gpu_types' })
export class GpuType extends BaseEntity<'status'> {
  @Field(() => String, { description: 'e.g. H100-80GB' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => GpuVendor)
  @Enum({ items: () => GpuVendor, nativeEnumName: 'gpu_vendor' })
  vendor!: GpuVendor;

  @Field(() => Int)
  @Property({ type: 'integer' })
  memoryGb!: number;

  @Field(() => Interconnect)
  @Enum({ items: () => Interconnect, nativeEnumName: 'interconnect' })
  interconnect!: Interconnect;

  @Field(() => LifecycleStatus)
  @Enum({ items: () => LifecycleStatus, nativeEnumName: 'lifecycle_status' })
  status: LifecycleStatus = LifecycleStatus.ACTIVE;
}
