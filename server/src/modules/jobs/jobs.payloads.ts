import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime, Micros } from '../../graphql/scalars';
import { Job } from './job.entity';
import { JobReason } from './jobs.enums';

@ObjectType()
export class SubmitJobPayload {
  @Field(() => Job)
  job!: Job;

  @Field(() => Boolean, { description: 'False when the idempotency key returned a job submitted before.' })
  created!: boolean;
}

@ObjectType({ description: 'One pool the scheduler considered, and what it concluded.' })
export class PlacementCandidate {
  @Field(() => ID)
  poolId!: string;

  @Field(() => String, { description: 'cluster/pool' })
  pool!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String)
  gpuType!: string;

  @Field(() => String, { description: 'CHOSEN, REFUSED or NOT_TRIED (a cheaper or preferred pool was chosen).' })
  outcome!: string;

  @Field(() => JobReason)
  reason!: JobReason;

  @Field(() => String)
  message!: string;

  @Field(() => Micros, { nullable: true, description: 'Per GPU-hour it would run at there.' })
  unitPrice?: bigint | null;
}

@ObjectType({ description: 'Why a job is placed where it is, or why it waits: the scheduler’s last look at it.' })
export class PlacementExplanationView {
  @Field(() => ID)
  jobId!: string;

  @Field(() => DateTime, { nullable: true, description: 'Null until the scheduler has looked at it.' })
  evaluatedAt?: Date | null;

  @Field(() => String, { description: 'QUEUED, PLACED, WAITING or REJECTED.' })
  verdict!: string;

  @Field(() => JobReason)
  reason!: JobReason;

  @Field(() => String)
  message!: string;

  @Field(() => [PlacementCandidate])
  candidates!: PlacementCandidate[];

  @Field(() => [ID], { description: 'Jobs preempted to make room for it.' })
  preempted!: string[];
}
