import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { NodePool } from './node-pool.entity';
import { Cluster } from './cluster.entity';
import { Region } from './region.entity';
import { GpuType } from './gpu-type.entity';

export enum CapacityGrouping {
  POOL = 'POOL',
  CLUSTER = 'CLUSTER',
  REGION = 'REGION',
  GPU_TYPE = 'GPU_TYPE',
}
registerEnumType(CapacityGrouping, { name: 'CapacityGrouping' });

@ObjectType()
export class GpuTypeMapping {
  @Field(() => String)
  engineType!: string;

  @Field(() => String)
  gpuTypeCode!: string;
}

@ObjectType('ClusterConnectionSettings', {
  description: 'How Headroom reaches the engine. Credentials are never returned: `hasToken` says one is stored.',
})
export class ClusterConnection {
  @Field(() => String, { nullable: true })
  endpoint!: string | null;

  @Field(() => String, { nullable: true })
  user!: string | null;

  @Field(() => [String])
  partitions!: string[];

  @Field(() => [GpuTypeMapping])
  gpuTypeMap!: GpuTypeMapping[];

  @Field(() => Boolean)
  hasToken!: boolean;
}

@ObjectType()
export class AllocatedGpus {
  @Field(() => Int)
  internal!: number;

  @Field(() => Int)
  reserved!: number;

  @Field(() => Int)
  onDemand!: number;

  @Field(() => Int)
  spot!: number;
}

@ObjectType({ description: 'What capacity there is, what is held back, promised and in use, and what can still be sold.' })
export class CapacityFigures {
  @Field(() => Int, { description: 'GPUs as configured.' })
  totalGpus!: number;

  @Field(() => Int, { description: 'GPUs on nodes that can take work, in reachable clusters.' })
  availableGpus!: number;

  @Field(() => Int)
  internalFloorGpus!: number;

  @Field(() => Int)
  internalDemandGpus!: number;

  @Field(() => Int, { description: 'Reserved for contract commitments now.' })
  committedGpus!: number;

  @Field(() => Int, { description: 'The most reserved at any future instant.' })
  peakCommittedGpus!: number;

  @Field(() => AllocatedGpus)
  allocated!: AllocatedGpus;

  @Field(() => Int, { description: 'Sellable now as ON_DEMAND or SPOT.' })
  headroomGpus!: number;

  @Field(() => [String], { description: 'Why headroom is what it is, when that needs saying.' })
  notes!: string[];
}

@ObjectType()
export class CapacityLedgerRow {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => NodePool, { nullable: true })
  pool!: NodePool | null;

  @Field(() => Cluster, { nullable: true })
  cluster!: Cluster | null;

  @Field(() => Region, { nullable: true })
  region!: Region | null;

  @Field(() => GpuType, { nullable: true })
  gpuType!: GpuType | null;

  @Field(() => CapacityFigures)
  figures!: CapacityFigures;
}

@ObjectType()
export class CapacityLedger {
  @Field(() => DateTime)
  asOf!: Date;

  @Field(() => [CapacityLedgerRow])
  rows!: CapacityLedgerRow[];

  @Field(() => CapacityFigures)
  totals!: CapacityFigures;
}

@ObjectType()
export class CapacityDay {
  @Field(() => DateTime)
  day!: Date;

  @Field(() => Int)
  committedGpus!: number;

  @Field(() => Int)
  headroomGpus!: number;
}

@ObjectType()
export class CapacityForecastRow {
  @Field(() => NodePool)
  pool!: NodePool;

  @Field(() => String)
  label!: string;

  @Field(() => [CapacityDay])
  days!: CapacityDay[];
}
