import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { Cluster } from './cluster.entity';
import { GpuType } from './gpu-type.entity';
import { LifecycleStatus } from './inventory.enums';
import { gibOf, vcpusOf } from './compute-units';

/**
 * Like nodes in one cluster: the unit capacity is counted, sold and protected in. The internal
 * floor is held for the owner's own work; `floor + commitments ≤ total` always (DESIGN.md rule 1).
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'node_pools' })
@Unique({ properties: ['cluster', 'name'] })
export class NodePool extends BaseEntity<
  'status' | 'onDemandReclaimable' | 'reclaimNoticeSeconds' | 'internalDemandGpus' | 'totalGpus' | 'vcpusPerNode' | 'memoryGibPerNode'
> {
  @Index()
  @ManyToOne(() => Cluster, { ref: true, deleteRule: 'restrict' })
  cluster!: Ref<Cluster>;

  @Index()
  @ManyToOne(() => GpuType, { ref: true, deleteRule: 'restrict' })
  gpuType!: Ref<GpuType>;

  @Field(() => String, { description: 'Unique in its cluster; for Slurm, the partition (and GPU type when a partition mixes them).' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpusPerNode!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  nodeCount!: number;

  /** CPU of each node, millicores; null: CPU is not counted in this pool. */
  @Property({ type: 'integer', nullable: true })
  cpuMilliPerNode?: number | null;

  /** Memory of each node, MiB; null: memory is not counted in this pool. */
  @Property({ type: 'integer', nullable: true })
  memoryMibPerNode?: number | null;

  @Field(() => Int, { description: 'GPUs held back for the owner’s own (INTERNAL) work.' })
  @Property({ type: 'integer' })
  internalFloorGpus!: number;

  @Field(() => Int, { description: 'GPUs the owner’s own work wants now; above the floor it reclaims sellable capacity.' })
  @Property({ type: 'integer', default: 0 })
  internalDemandGpus: number = 0;

  @Field(() => Boolean, { description: 'Whether ON_DEMAND work here may be reclaimed for internal demand (SPOT always may).' })
  @Property({ type: 'boolean', default: false })
  onDemandReclaimable: boolean = false;

  @Field(() => Int, { description: 'Notice given before reclaiming ON_DEMAND work, in seconds.' })
  @Property({ type: 'integer', default: 3600 })
  reclaimNoticeSeconds: number = 3600;

  /** The engine's name for this pool's GPU type (Slurm gres type), when it differs from ours. */
  @Property({ type: 'string', length: 40, nullable: true })
  driverGpuType?: string | null;

  @Field(() => LifecycleStatus)
  @Enum({ items: () => LifecycleStatus, nativeEnumName: 'lifecycle_status' })
  status: LifecycleStatus = LifecycleStatus.ACTIVE;

  @Field(() => Float, {
    nullable: true,
    description: 'vCPUs of each node; null: CPU is not counted. A job that gives none gets this × its GPUs per node ÷ the node’s GPUs.',
  })
  get vcpusPerNode(): number | null {
    return this.cpuMilliPerNode == null ? null : vcpusOf(this.cpuMilliPerNode);
  }

  @Field(() => Float, {
    nullable: true,
    description: 'Memory of each node in GiB; null: memory is not counted. A job that gives none gets its GPUs’ share of it.',
  })
  get memoryGibPerNode(): number | null {
    return this.memoryMibPerNode == null ? null : gibOf(this.memoryMibPerNode);
  }

  /** Total GPUs as configured. */
  get totalGpus(): number {
    return this.gpusPerNode * this.nodeCount;
  }
}
