import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { ApiKey } from './api-key.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { PlatformRole } from './tenancy.enums';

@ObjectType()
export class SignInPayload {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'A bearer token for scripts. The console uses the HTTP-only cookie set alongside.' })
  token!: string;

  @Field(() => DateTime)
  expiresAt!: Date;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The whole key. Shown once: only a hash is kept.' })
  secret!: string;
}

@ObjectType({ description: 'Who is calling: a person (with memberships and platform roles) or an API key.' })
export class Viewer {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => [Membership])
  memberships!: Membership[];

  @Field(() => [PlatformRole])
  platformRoles!: PlatformRole[];
}
