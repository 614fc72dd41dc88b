import { ArrayType, Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { ApiKeyScope } from './tenancy.enums';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from './organization.entity';
import { Project } from './project.entity';
import { User } from './user.entity';

/** An integrator's key for one project; the secret is shown once and only its hash is kept. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'api_keys' })
export class ApiKey extends BaseEntity<'scopes'> {
  @Index()
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Index()
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  /** The public part of the key (`hrk_<prefix>.<secret>`), used to find it. */
  @Field(() => String, { description: 'The public start of the key, hrk_<prefix>.…, to tell keys apart.' })
  @Unique()
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @Field(() => [ApiKeyScope])
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes: ApiKeyScope[] = [];

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;
}
