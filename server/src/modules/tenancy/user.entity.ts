import { ArrayType, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PlatformRole } from './tenancy.enums';
import { BaseEntity } from '../../db/base.entity';

@ObjectType({ implements: Node })
@Entity({ tableName: 'users' })
export class User extends BaseEntity<'platformRoles'> {
  /** Stored lower-cased; unique. */
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [PlatformRole])
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  platformRoles: PlatformRole[] = [];
}
