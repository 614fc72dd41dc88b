import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { NodePool } from './node-pool.entity';
import { NodeState } from './inventory.enums';
import { gibOf, vcpusOf } from './compute-units';

/** One machine of a pool, as last seen: its state and how many of its GPUs (and of its CPU and memory, where counted) are taken. */
@ObjectType('ClusterNode', { implements: Node })
@Entity({ tableName: 'cluster_nodes' })
@Unique({ properties: ['pool', 'name'] })
export class ClusterNode extends BaseEntity<
  'allocatedGpus' | 'allocatedCpuMilli' | 'allocatedMemoryMib' | 'state' | 'vcpus' | 'allocatedVcpus' | 'memoryGib' | 'allocatedMemoryGib'
> {
  @Index()
  @ManyToOne(() => NodePool, { ref: true, deleteRule: 'cascade' })
  pool!: Ref<NodePool>;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpus!: number;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  allocatedGpus: number = 0;

  /** CPU, millicores; null: not counted (work here is not limited by CPU). */
  @Property({ type: 'integer', nullable: true })
  cpuMilli?: number | null;

  /** CPU taken by the work placed here, millicores. */
  @Property({ type: 'integer', default: 0 })
  allocatedCpuMilli: number = 0;

  /** Memory, MiB; null: not counted. */
  @Property({ type: 'integer', nullable: true })
  memoryMib?: number | null;

  /** Memory taken by the work placed here, MiB. */
  @Property({ type: 'integer', default: 0 })
  allocatedMemoryMib: number = 0;

  @Field(() => Float, { nullable: true, description: 'null: CPU is not counted on this node.' })
  get vcpus(): number | null {
    return this.cpuMilli == null ? null : vcpusOf(this.cpuMilli);
  }

  @Field(() => Float)
  get allocatedVcpus(): number {
    return vcpusOf(this.allocatedCpuMilli);
  }

  @Field(() => Float, { nullable: true, description: 'null: memory is not counted on this node.' })
  get memoryGib(): number | null {
    return this.memoryMib == null ? null : gibOf(this.memoryMib);
  }

  @Field(() => Float)
  get allocatedMemoryGib(): number {
    return gibOf(this.allocatedMemoryMib);
  }

  @Field(() => NodeState)
  @Enum({ items: () => NodeState, nativeEnumName: 'node_state' })
  state: NodeState = NodeState.IDLE;
}
