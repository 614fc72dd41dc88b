import { ArrayType, Collection, Entity, Enum, ManyToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { Region } from '../inventory/region.entity';
import { Modality, ModelStatus } from './catalog.enums';

/** A hosted model customers call per token. Prices live in the price book (ModelPrice). */
@ObjectType('Model', { implements: Node })
@Entity({ tableName: 'models' })
export class Model extends BaseEntity<'status' | 'modalities'> {
  @Field(() => String, { description: 'e.g. meta-llama/Llama-3.3-70B-Instruct' })
  @Unique()
  @Property({ type: 'string', length: 120 })
  key!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  family!: string;

  @Field(() => Float, { description: 'Parameters, in billions.' })
  @Property({ type: 'double' })
  parametersB!: number;

  @Field(() => Int, { description: 'Context window, in tokens.' })
  @Property({ type: 'integer' })
  contextWindow!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  license!: string;

  @Field(() => [Modality])
  @Property({ type: ArrayType, columnType: 'text[]' })
  modalities: Modality[] = [Modality.TEXT];

  @Field(() => ModelStatus)
  @Enum({ items: () => ModelStatus, nativeEnumName: 'model_status' })
  status: ModelStatus = ModelStatus.PREVIEW;

  @Field(() => DateTime, { nullable: true, description: 'When a DEPRECATED model stops being served.' })
  @Property({ type: 'datetime', nullable: true })
  sunsetAt?: Date | null;

  @ManyToMany(() => Region, undefined, { pivotTable: 'model_regions', owner: true })
  regions = new Collection<Region>(this);
}
