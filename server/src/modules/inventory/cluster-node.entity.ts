import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { NodePool } from './node-pool.entity';
import { NodeState } from './inventory.enums';

/** One machine of a pool, as last seen: its state and how many of its GPUs are taken. */
@ObjectType('ClusterNode', { implements: Node })
@Entity({ tableName: 'cluster_nodes' })
@Unique({ properties: ['pool', 'name'] })
export class ClusterNode extends BaseEntity<'allocatedGpus' | 'state'> {
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

  @Field(() => NodeState)
  @Enum({ items: () => NodeState, nativeEnumName: 'node_state' })
  state: NodeState = NodeState.IDLE;
}
