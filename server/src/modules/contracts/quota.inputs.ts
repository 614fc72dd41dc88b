import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '../../graphql/connection';
import { QuotaKind } from './contracts.enums';
import { MAX_QUOTA_LIMIT } from './quota.rules';

const LIMIT_MESSAGE = `limit: a whole number from 0 to ${MAX_QUOTA_LIMIT}`;

@ArgsType()
export class QuotasArgs extends ConnectionArgs {
  @Field(() => ID)
  @MaxLength(40)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this project’s quotas; left out: the organization’s and every project’s.' })
  @IsOptional()
  @MaxLength(40)
  projectId?: string | null;
}

@InputType({
  description:
    'A limit for one scope: an organization, or one of its projects, and the kind with its dimensions. Setting a scope that has a limit replaces it.',
})
export class SetQuotaInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A project of the organization; left out: the whole organization.' })
  @IsOptional()
  projectId?: string | null;

  @Field(() => QuotaKind)
  kind!: QuotaKind;

  @Field(() => ID, { nullable: true, description: 'CONCURRENT_GPUS only; left out: every GPU type.' })
  @IsOptional()
  gpuTypeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'CONCURRENT_GPUS only; left out: every region.' })
  @IsOptional()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for TOKENS_PER_MINUTE, and only there.' })
  @IsOptional()
  modelId?: string | null;

  @Field(() => Int, { description: 'GPUs, jobs or tokens per minute; 0 allows nothing in the scope.' })
  @Min(0, { message: LIMIT_MESSAGE })
  @Max(MAX_QUOTA_LIMIT, { message: LIMIT_MESSAGE })
  limit!: number;
}
