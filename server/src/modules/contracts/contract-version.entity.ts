import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../tenancy/user.entity';
import { Contract } from './contract.entity';
import type { ContractTerms, TermChange } from './contract-terms';

/** One version of a contract's terms, in force from `effectiveFrom` until the next version's. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'contract_versions' })
@Unique({ properties: ['contract', 'number'] })
export class ContractVersion extends BaseEntity<'changes' | 'termsJson'> {
  @ManyToOne(() => Contract, { ref: true, deleteRule: 'cascade' })
  contract!: Ref<Contract>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  effectiveTo?: Date | null;

  @Property({ type: 'json' })
  terms!: ContractTerms;

  /** What changed from the previous version (empty for the first). */
  @Property({ type: 'json' })
  changes: TermChange[] = [];

  @Field(() => String, { nullable: true, description: 'Why it was amended.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  /** Raw terms for export; the typed `terms` field is resolved by ContractResolver. */
  @Field(() => GraphQLJSONObject, { description: 'The terms exactly as stored, for export.' })
  get termsJson(): Record<string, unknown> {
    return this.terms as unknown as Record<string, unknown>;
  }
}
