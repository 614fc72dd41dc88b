import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { NodePool } from './node-pool.entity';
import { ClusterNode } from './cluster-node.entity';
import { CapacityClass } from './inventory.enums';

/** GPUs in use now, by priority class: what running work holds. Released, never deleted. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'capacity_allocations' })
@Index({ properties: ['pool', 'releasedAt'] })
export class CapacityAllocation extends BaseEntity<'cpuMilli' | 'memoryMib'> {
  @ManyToOne(() => NodePool, { ref: true, deleteRule: 'restrict' })
  pool!: Ref<NodePool>;

  @ManyToOne(() => ClusterNode, { ref: true, nullable: true, deleteRule: 'set null' })
  node?: Ref<ClusterNode> | null;

  @Field(() => CapacityClass)
  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class' })
  capacityClass!: CapacityClass;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpus!: number;

  /** CPU held with the GPUs on its node, millicores (0: none counted); given back on release. */
  @Property({ type: 'integer', default: 0 })
  cpuMilli: number = 0;

  /** Memory held with the GPUs on its node, MiB (0: none counted). */
  @Property({ type: 'integer', default: 0 })
  memoryMib: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  organizationId?: string | null;

  /** The job holding it, for jobs; counted by project quotas through its project. */
  @Index()
  @Property({ type: 'string', length: 40, nullable: true })
  jobId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  projectId?: string | null;

  /** What holds it, e.g. `job:job_…`. */
  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  source!: string;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  releasedAt?: Date | null;
}
