import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../graphql/connection';
import { DateTime } from '../../graphql/scalars';

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Required unless you are an operator.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user or API key ID.' })
  @IsOptional()
  @MaxLength(40)
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The operation name, e.g. createApiKey.' })
  @IsOptional()
  @MaxLength(80)
  action?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Inclusive.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Exclusive.' })
  @IsOptional()
  to?: Date | null;
}
