import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { Jurisdiction, LifecycleStatus } from './inventory.enums';

@ObjectType({ implements: Node })
@Entity({ tableName: 'regions' })
export class Region extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Short stable code, e.g. eu-west.' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => Jurisdiction)
  @Enum({ items: () => Jurisdiction, nativeEnumName: 'jurisdiction' })
  jurisdiction!: Jurisdiction;

  @Field(() => LifecycleStatus)
  @Enum({ items: () => LifecycleStatus, nativeEnumName: 'lifecycle_status' })
  status: LifecycleStatus = LifecycleStatus.ACTIVE;
}
