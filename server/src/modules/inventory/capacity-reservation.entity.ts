import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { NodePool } from './node-pool.entity';

/**
 * GPUs of a pool promised to someone for a period (a contract commitment). Counted against
 * `floor + reservations ≤ total` at every instant; written only under the pool's row lock.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'capacity_reservations' })
@Index({ properties: ['pool', 'startsAt', 'endsAt'] })
export class CapacityReservation extends BaseEntity {
  @ManyToOne(() => NodePool, { ref: true, deleteRule: 'restrict' })
  pool!: Ref<NodePool>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  organizationId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpus!: number;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** What holds it, e.g. `commitment:cmt_…`. */
  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  source!: string;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  releasedAt?: Date | null;
}
