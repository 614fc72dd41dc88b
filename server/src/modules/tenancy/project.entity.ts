import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from './organization.entity';

@ObjectType({ implements: Node })
@Entity({ tableName: 'projects' })
@Unique({ properties: ['organization', 'slug'] })
export class Project extends BaseEntity {
  @Index()
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 63 })
  slug!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  description?: string | null;
}
