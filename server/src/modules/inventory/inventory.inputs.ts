import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsSlug } from '../../graphql/input-rules';
import { ClusterHealth, DriverKind, GpuVendor, Interconnect, Jurisdiction } from './inventory.enums';

const CODE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const GPU_CODE = /^[A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?$/;

@InputType()
export class CreateRegionInput {
  @Field(() => String, { description: 'e.g. eu-west' })
  @Matches(CODE, { message: 'code: lower-case letters, digits and dashes, up to 40 characters' })
  code!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => Jurisdiction)
  jurisdiction!: Jurisdiction;
}

@InputType()
export class UpdateRegionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;
}

@InputType()
export class CreateGpuTypeInput {
  @Field(() => String, { description: 'e.g. H100-80GB' })
  @Matches(GPU_CODE, { message: 'code: upper-case letters, digits and dashes, up to 40 characters' })
  code!: string;

  @Field(() => GpuVendor)
  vendor!: GpuVendor;

  @Field(() => Int)
  @Min(1)
  @Max(4096)
  memoryGb!: number;

  @Field(() => Interconnect)
  interconnect!: Interconnect;
}

@InputType()
export class UpdateGpuTypeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(4096)
  memoryGb?: number;

  @Field(() => Interconnect, { nullable: true })
  @IsOptional()
  interconnect?: Interconnect;
}

@InputType()
export class GpuTypeMappingInput {
  @Field(() => String, { description: 'The engine’s name, e.g. Slurm gres type h100.' })
  @Length(1, 40)
  engineType!: string;

  @Field(() => String, { description: 'A Headroom GPU type code, e.g. H100-80GB.' })
  @Length(1, 40)
  gpuTypeCode!: string;
}

@InputType({
  description: 'How to reach the engine. SLURM: endpoint, user and token. SIMULATED: nothing (simulatedHealth rehearses failures).',
})
export class ClusterConnectionInput {
  @Field(() => String, { nullable: true, description: 'slurmrestd base URL, e.g. http://slurm-head:6820' })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'endpoint: an http(s) URL' })
  endpoint?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  user?: string;

  @Field(() => String, { nullable: true, description: 'A Slurm JWT. Stored encrypted; never returned.' })
  @IsOptional()
  @Length(1, 8192)
  token?: string;

  @Field(() => [String], { nullable: true, description: 'Partitions to sell from (all when empty).' })
  @IsOptional()
  @ArrayMaxSize(50)
  partitions?: string[];

  @Field(() => [GpuTypeMappingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  gpuTypeMap?: GpuTypeMappingInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(100)
  @Max(60_000)
  timeoutMs?: number;

  @Field(() => ClusterHealth, { nullable: true })
  @IsOptional()
  simulatedHealth?: ClusterHealth;
}

@InputType()
export class CreateClusterInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => String)
  @IsSlug('name')
  name!: string;

  @Field(() => DriverKind)
  driver!: DriverKind;

  @Field(() => ClusterConnectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  connection?: ClusterConnectionInput;
}

@InputType()
export class UpdateClusterInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ClusterConnectionInput, { description: 'Replaces the connection; a token left out keeps the stored one.' })
  @ValidateNested()
  connection!: ClusterConnectionInput;
}

@InputType()
export class CreateNodePoolInput {
  @Field(() => ID)
  clusterId!: string;

  @Field(() => ID)
  gpuTypeId!: string;

  @Field(() => String)
  @IsSlug('name')
  name!: string;

  @Field(() => Int)
  @Min(1)
  @Max(64)
  gpusPerNode!: number;

  @Field(() => Int)
  @Min(0)
  @Max(20_000)
  nodeCount!: number;

  @Field(() => Int)
  @Min(0)
  internalFloorGpus!: number;

  @Field(() => Boolean, { defaultValue: false })
  onDemandReclaimable!: boolean;

  @Field(() => Int, { defaultValue: 3600 })
  @Min(0)
  @Max(7 * 86_400)
  reclaimNoticeSeconds!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'vCPUs of each node (e.g. 96); left out: CPU is not counted. Jobs that give none get their GPUs’ share.',
  })
  @IsOptional()
  vcpusPerNode?: number | null;

  @Field(() => Float, { nullable: true, description: 'Memory of each node in GiB (e.g. 1024); left out: memory is not counted.' })
  @IsOptional()
  memoryGibPerNode?: number | null;
}

@InputType()
export class UpdateNodePoolInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(20_000)
  nodeCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  internalFloorGpus?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  onDemandReclaimable?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(7 * 86_400)
  reclaimNoticeSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'vCPUs of each node; left out: unchanged; null: CPU is no longer counted.' })
  @IsOptional()
  vcpusPerNode?: number | null;

  @Field(() => Float, { nullable: true, description: 'Memory of each node in GiB; left out: unchanged; null: no longer counted.' })
  @IsOptional()
  memoryGibPerNode?: number | null;
}

@InputType({ description: 'The owner’s own demand on a pool, set by operators.' })
export class SetInternalDemandInput {
  @Field(() => ID)
  poolId!: string;

  @Field(() => Int, {
    description:
      'GPUs the owner’s own work wants in the pool now; above what is idle, it reclaims SPOT, then reclaimable ON_DEMAND after notice.',
  })
  @Min(0)
  gpus!: number;
}
