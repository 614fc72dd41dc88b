import { Entity, Enum, Index, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';
import { MembershipRole } from './tenancy.enums';

@ObjectType({ implements: Node })
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['organization', 'user'] })
export class Membership extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => MembershipRole)
  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;
}
