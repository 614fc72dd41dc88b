import { ArrayType, BigIntType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../tenancy/organization.entity';
import { Project } from '../tenancy/project.entity';
import { CapacityClass } from '../inventory/inventory.enums';
import { Cluster } from '../inventory/cluster.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { Region } from '../inventory/region.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Commitment } from '../contracts/commitment.entity';
import { JobReason, JobStatus } from './jobs.enums';
import { gibOf, vcpusOf } from '../inventory/compute-units';
import type { PlacementExplanation } from '../../scheduler/explanation';

/**
 * GPU work a customer (or the owner) asked for: what it runs, where it may run, and where it is in
 * its lifecycle. The environment's values are sealed; only the names are ever shown.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'jobs' })
@Unique({ properties: ['organization', 'idempotencyKey'] })
@Index({ properties: ['organization', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['pool', 'admittedAt'] })
export class Job extends BaseEntity<
  | 'attempt'
  | 'provisionFailures'
  | 'nodeNames'
  | 'environmentNames'
  | 'regionIds'
  | 'reason'
  | 'statusMessage'
  | 'spendHoldMicros'
  | 'statusChangedAt'
  | 'status'
  | 'command'
  | 'requeueOnPreemption'
  | 'marker'
  | 'gpus'
  | 'vcpusPerNode'
  | 'memoryGibPerNode'
> {
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Index()
  @ManyToOne(() => Project, { ref: true, deleteRule: 'restrict' })
  project!: Ref<Project>;

  /** Who asked: `USER:usr_…` or `API_KEY:key_…`. */
  @Field(() => String, { description: 'Who submitted it: USER:usr_… or API_KEY:key_….' })
  @Property({ type: 'string', length: 60 })
  submittedBy!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Container image to run (with `command` as its arguments).' })
  @Property({ type: 'string', length: 300, nullable: true })
  image?: string | null;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  command: string[] = [];

  /** Lazy (up to 64 KiB): the resolver loads it only when asked. */
  @Property({ type: 'text', nullable: true, lazy: true })
  script?: string | null;

  /** Acceptable GPU types, in the order the customer prefers them. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  gpuTypeIds!: string[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  gpusPerNode!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  nodeCount!: number;

  /** CPU asked on each node, millicores; null: the pool's share per GPU, decided at placement. */
  @Property({ type: 'integer', nullable: true })
  cpuMilliPerNode?: number | null;

  /** Memory asked on each node, MiB; null: the pool's share per GPU. */
  @Property({ type: 'integer', nullable: true })
  memoryMibPerNode?: number | null;

  @Field(() => Float, { nullable: true, description: 'vCPUs asked on each node; null: the pool’s share for its GPUs.' })
  get vcpusPerNode(): number | null {
    return this.cpuMilliPerNode == null ? null : vcpusOf(this.cpuMilliPerNode);
  }

  @Field(() => Float, { nullable: true, description: 'Memory asked on each node, GiB; null: the pool’s share for its GPUs.' })
  get memoryGibPerNode(): number | null {
    return this.memoryMibPerNode == null ? null : gibOf(this.memoryMibPerNode);
  }

  /** Acceptable regions; empty: any the contract allows. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  regionIds: string[] = [];

  @Field(() => CapacityClass)
  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class' })
  capacityClass!: CapacityClass;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxDurationSeconds!: number;

  @Field(() => [String], { description: 'The environment variables’ names; their values are sealed and never shown.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  environmentNames: string[] = [];

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  environmentSealed?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  requeueOnPreemption: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  idempotencyKey?: string | null;

  /** SHA-256 of the submitted payload: the same key with another payload is a CONFLICT. */
  @Property({ type: 'string', length: 64, hidden: true })
  requestHash!: string;

  @Field(() => JobStatus)
  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status' })
  status: JobStatus = JobStatus.PENDING;

  @Field(() => JobReason, { description: 'Why it is in this status (waiting, refused, ended, preempted).' })
  @Enum({ items: () => JobReason, nativeEnumName: 'job_reason' })
  reason: JobReason = JobReason.QUEUED;

  @Field(() => String, {
    description: 'The reason in a sentence, e.g. "waiting: project quota of 16 H100-80GB in eu-west reached, 16 in use".',
  })
  @Property({ type: 'text', default: '' })
  statusMessage: string = '';

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  statusChangedAt: Date = new Date();

  @Field(() => Int, { description: 'Runs so far: 1, then one more per requeue after preemption.' })
  @Property({ type: 'integer', default: 1 })
  attempt: number = 1;

  @Property({ type: 'integer', default: 0 })
  provisionFailures: number = 0;

  @ManyToOne(() => Cluster, { ref: true, nullable: true, deleteRule: 'restrict' })
  cluster?: Ref<Cluster> | null;

  @Index()
  @ManyToOne(() => NodePool, { ref: true, nullable: true, deleteRule: 'restrict' })
  pool?: Ref<NodePool> | null;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @ManyToOne(() => GpuType, { ref: true, nullable: true, deleteRule: 'restrict' })
  gpuType?: Ref<GpuType> | null;

  @Field(() => [String], { description: 'Nodes it was placed on (SIMULATED) or that the engine reports (Slurm).' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  nodeNames: string[] = [];

  @Field(() => String, { nullable: true, description: 'The engine’s id for the current attempt (a Slurm job id).' })
  @Property({ type: 'string', length: 80, nullable: true })
  externalId?: string | null;

  /** The scheduler's last look at this job: the candidates and why each was taken or refused. */
  @Property({ type: 'json', nullable: true, lazy: true })
  placement?: PlacementExplanation | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  admittedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  exitCode?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  currency?: string | null;

  @Field(() => Micros, { nullable: true, description: 'Price per GPU-hour it runs at (after discounts; the committed rate for RESERVED).' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  unitPrice?: bigint | null;

  @Field(() => Micros, { nullable: true })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  listUnitPrice?: bigint | null;

  @ManyToOne(() => Commitment, { ref: true, nullable: true, deleteRule: 'restrict' })
  commitment?: Ref<Commitment> | null;

  @Field(() => Micros, { description: 'Held against the monthly spend cap until it ends: its price × max duration.' })
  @Property({ type: new BigIntType('bigint'), default: 0 })
  spendHoldMicros: bigint = 0n;

  /** Usage is recorded up to here. */
  @Property({ type: 'datetime', nullable: true })
  usageRecordedUntil?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Reclaim notice: the time it will be preempted for internal demand.' })
  @Property({ type: 'datetime', nullable: true })
  reclaimAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What preempted it: a job id or pool:npl_… (internal demand).' })
  @Property({ type: 'string', length: 80, nullable: true })
  preemptedBy?: string | null;

  /** The marker its current attempt is known by in the engine (Slurm job name and comment). */
  get marker(): string {
    return attemptMarker(this.id, this.attempt);
  }

  get gpus(): number {
    return this.gpusPerNode * this.nodeCount;
  }
}

/** The marker attempt `attempt` of job `id` is known by in its engine: the job's id, then `<id>.<attempt>`. */
export function attemptMarker(id: string, attempt: number): string {
  return attempt === 1 ? id : `${id}.${attempt}`;
}
