import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { Contract } from './contract.entity';
import { CommitmentStatus } from './contracts.enums';

/**
 * GPUs of a type in a region (or a named pool) for a period at a committed hourly rate. Activating
 * the contract reserves them in one pool's capacity (`pool` records which).
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'commitments' })
export class Commitment extends BaseEntity<'status'> {
  @Index()
  @ManyToOne(() => Contract, { ref: true, deleteRule: 'cascade' })
  contract!: Ref<Contract>;

  @ManyToOne(() => GpuType, { ref: true, deleteRule: 'restrict' })
  gpuType!: Ref<GpuType>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  /** Asked for by name, or chosen at activation. */
  @ManyToOne(() => NodePool, { ref: true, nullable: true, deleteRule: 'restrict' })
  pool?: Ref<NodePool> | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpus!: number;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => Micros, { description: 'Per GPU-hour, in the contract’s currency.' })
  @Property({ type: new BigIntType('bigint') })
  ratePerGpuHour!: bigint;

  @Field(() => CommitmentStatus)
  @Enum({ items: () => CommitmentStatus, nativeEnumName: 'commitment_status' })
  status: CommitmentStatus = CommitmentStatus.PENDING;

  /** The contract version that added it. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  addedInVersion!: number;
}
