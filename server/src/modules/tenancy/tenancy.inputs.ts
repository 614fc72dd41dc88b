import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { DateTime } from '../../graphql/scalars';
import { ApiKeyScope, MembershipRole, OrganizationKind, OrganizationStatus } from './tenancy.enums';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { IsSlug } from '../../graphql/input-rules';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email: not an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email: not an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { description: 'At least 12 characters, mixed, not a common password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => String, { description: 'The organization to create, owned by the new user.' })
  @Length(1, 120)
  organizationName!: string;

  @Field(() => String)
  @IsSlug('organizationSlug')
  organizationSlug!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String)
  @IsSlug('slug')
  slug!: string;

  @Field(() => OrganizationKind, { defaultValue: OrganizationKind.CUSTOMER })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'An existing user who becomes the OWNER.' })
  @IsOptional()
  @IsEmail({}, { message: 'ownerEmail: not an email address' })
  ownerEmail?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;
}

@InputType()
export class SetOrganizationStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationStatus)
  status!: OrganizationStatus;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String)
  @IsSlug('slug')
  slug!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'email: not an email address' })
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  scopes!: ApiKeyScope[];

  @Field(() => DateTime, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;
}
