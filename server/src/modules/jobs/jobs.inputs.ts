import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../graphql/connection';
import { CapacityClass } from '../inventory/inventory.enums';
import { JobStatus } from './jobs.enums';

@InputType({ description: 'One environment variable. Its value is sealed at rest and never returned.' })
export class EnvironmentVariableInput {
  @Field(() => String)
  @MaxLength(128)
  name!: string;

  @Field(() => String)
  @MaxLength(65_536)
  value!: string;
}

@InputType({ description: 'GPU work to run. Give a container image (and its command) or a script.' })
export class SubmitJobInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Container image, e.g. registry.example/team/train:1.4.' })
  @IsOptional()
  @MaxLength(400)
  image?: string | null;

  @Field(() => [String], { nullable: true, description: 'The container’s command and arguments.' })
  @IsOptional()
  @ArrayMaxSize(200)
  command?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A shell script (at most 64 KiB).' })
  @IsOptional()
  script?: string | null;

  @Field(() => [ID], { description: 'Acceptable GPU types, most preferred first.' })
  @ArrayMaxSize(20)
  gpuTypeIds!: string[];

  @Field(() => Int)
  gpusPerNode!: number;

  @Field(() => Int, { defaultValue: 1, description: 'Nodes: all GPUs of a multi-node job start together or not at all.' })
  nodes!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'vCPUs on each node (e.g. 24); left out: the pool’s share for its GPUs (vCPUs per node × GPUs asked ÷ GPUs per node).',
  })
  @IsOptional()
  vcpusPerNode?: number | null;

  @Field(() => Float, { nullable: true, description: 'Memory on each node, GiB; left out: the pool’s share for its GPUs.' })
  @IsOptional()
  memoryGibPerNode?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Acceptable regions; left out: any the contract allows.' })
  @IsOptional()
  @ArrayMaxSize(40)
  regionIds?: string[] | null;

  @Field(() => CapacityClass, { description: 'RESERVED (inside a commitment), ON_DEMAND, SPOT; INTERNAL for the owner only.' })
  capacityClass!: CapacityClass;

  @Field(() => Int, { description: 'Stopped when it runs longer; also what the spend cap holds for it.' })
  maxDurationSeconds!: number;

  @Field(() => [EnvironmentVariableInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  environment?: EnvironmentVariableInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'When preempted, go back to PENDING as a new attempt.' })
  @IsOptional()
  requeueOnPreemption?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same key with the same payload returns the same job; with another payload it is a CONFLICT.',
  })
  @IsOptional()
  @MaxLength(400)
  idempotencyKey?: string | null;
}

@ArgsType()
export class JobsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Left out: every organization the caller may read jobs of.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  projectId?: string | null;

  @Field(() => [JobStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(9)
  status?: JobStatus[] | null;

  @Field(() => CapacityClass, { nullable: true })
  @IsOptional()
  capacityClass?: CapacityClass | null;

  @Field(() => ID, { nullable: true, description: 'Jobs placed in this region.' })
  @IsOptional()
  regionId?: string | null;
}
