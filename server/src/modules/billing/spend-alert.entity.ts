import { BigIntType, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime, Micros } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { SpendCapMode } from '../contracts/contracts.enums';

/** A spend-cap threshold (50, 80, 100%) an organization crossed in a month: raised once, as an audit event and a console notice. */
@ObjectType({ description: 'A spend-cap threshold crossed this month.' })
@Entity({ tableName: 'spend_alerts' })
@Unique({ properties: ['organizationId', 'month', 'thresholdPercent'] })
export class SpendAlert extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  organizationId!: string;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  month!: Date;

  @Field(() => Int)
  @Property({ type: 'integer' })
  thresholdPercent!: number;

  @Field(() => SpendCapMode)
  @Enum({ items: () => SpendCapMode, nativeEnumName: 'spend_cap_mode' })
  mode!: SpendCapMode;

  @Field(() => Micros, { description: 'Rated usage plus live jobs’ holds when it was crossed.' })
  @Property({ type: new BigIntType('bigint') })
  spentMicros!: bigint;

  @Field(() => Micros)
  @Property({ type: new BigIntType('bigint') })
  capMicros!: bigint;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;
}
