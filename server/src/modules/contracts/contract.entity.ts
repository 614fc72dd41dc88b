import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../tenancy/organization.entity';
import { User } from '../tenancy/user.entity';
import { ContractStatus } from './contracts.enums';

/**
 * An enterprise agreement with one organization. Its terms live in versions: a DRAFT is edited in
 * place; an ACTIVE contract changes only through amendments, each a new version.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'contracts' })
export class Contract extends BaseEntity<'status' | 'currentVersion'> {
  @Index()
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => ContractStatus)
  @Enum({ items: () => ContractStatus, nativeEnumName: 'contract_status' })
  status: ContractStatus = ContractStatus.DRAFT;

  @Field(() => String, { description: 'ISO 4217 code; every amount on the contract is in it.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  accountManager?: Ref<User> | null;

  @Field(() => Int, { description: 'The number of the latest version.' })
  @Property({ type: 'integer', default: 1 })
  currentVersion: number = 1;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  activatedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  terminatedAt?: Date | null;
}
