import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import type { SlaTarget } from './sla-policy.terms';

/**
 * Availability promises and the credits owed when they are missed. Stored and shown now;
 * availability and credits are computed by the SLA capability.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'sla_policies' })
export class SlaPolicy extends BaseEntity {
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'json' })
  targets!: SlaTarget[];
}
