import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { OrganizationKind, OrganizationStatus } from './tenancy.enums';

@ObjectType({ implements: Node })
@Entity({ tableName: 'organizations' })
export class Organization extends BaseEntity<'kind' | 'status'> {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 63 })
  slug!: string;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind: OrganizationKind = OrganizationKind.CUSTOMER;

  @Field(() => OrganizationStatus)
  @Enum({ items: () => OrganizationStatus, nativeEnumName: 'organization_status' })
  status: OrganizationStatus = OrganizationStatus.ACTIVE;
}
