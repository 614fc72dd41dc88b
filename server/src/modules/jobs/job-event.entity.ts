import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { Job } from './job.entity';
import { JobReason, JobStatus } from './jobs.enums';

/**
 * One transition of a job (from, to, reason, actor, at). Append-only. A trigger notifies
 * listeners (the `jobEvents` subscription) when the row commits.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'job_events' })
@Index({ properties: ['job', 'id'] })
export class JobEvent {
  [OptionalProps]?: 'at' | 'details';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @ManyToOne(() => Job, { ref: true, deleteRule: 'cascade' })
  job!: Ref<Job>;

  @Property({ type: 'string', length: 40 })
  organizationId!: string;

  @Field(() => JobStatus, { nullable: true })
  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status', nullable: true })
  fromStatus?: JobStatus | null;

  @Field(() => JobStatus)
  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status' })
  toStatus!: JobStatus;

  @Field(() => JobReason)
  @Enum({ items: () => JobReason, nativeEnumName: 'job_reason' })
  reason!: JobReason;

  @Field(() => String)
  @Property({ type: 'text' })
  message!: string;

  /** `USER:usr_…`, `API_KEY:key_…` or `SYSTEM:<component>`. */
  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  actor!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
