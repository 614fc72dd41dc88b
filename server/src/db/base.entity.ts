import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars';

/** Columns every table has: a prefixed text ID and the creation / last-change times. */
@ObjectType('BaseEntity', { description: 'Fields every stored object has; never emitted on its own.' })
export abstract class BaseEntity<Defaulted extends string = never> {
  /** Properties with defaults: `em.create` does not require them. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Defaulted;

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
