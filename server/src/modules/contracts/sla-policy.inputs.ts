import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { SlaService, SlaWindow } from './contracts.enums';
import { MAX_CREDIT_TIERS } from './sla-policy.rules';

@InputType({ description: 'Availability below `belowPercent` earns `creditPercent` of the affected monthly charge.' })
export class SlaCreditTierInput {
  @Field(() => Float, { description: 'Above 0, not above the target; strictly decreasing from tier to tier.' })
  belowPercent!: number;

  @Field(() => Float, { description: 'Above 0, at most 100; strictly increasing from tier to tier.' })
  creditPercent!: number;
}

@InputType({ description: 'One service’s promise and the credits owed when it is missed.' })
export class SlaTargetInput {
  @Field(() => SlaService)
  service!: SlaService;

  @Field(() => Float, { description: 'The availability promised, e.g. 99.9: above 0, at most 100.' })
  availabilityPercent!: number;

  @Field(() => SlaWindow, { defaultValue: SlaWindow.CALENDAR_MONTH, description: 'Over what availability is measured.' })
  window!: SlaWindow;

  @Field(() => [SlaCreditTierInput], { description: `Highest threshold first; 1 to ${MAX_CREDIT_TIERS}.` })
  @ArrayMaxSize(MAX_CREDIT_TIERS)
  @ValidateNested({ each: true })
  creditTiers!: SlaCreditTierInput[];
}

@InputType()
export class CreateSlaPolicyInput {
  @Field(() => String, { description: 'Unique, ignoring case.' })
  @Length(1, 80)
  name!: string;

  @Field(() => [SlaTargetInput], { description: 'At least one; at most one per service.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  targets!: SlaTargetInput[];
}

@InputType({ description: 'Changes to an SLA policy; omitted fields stay.' })
export class UpdateSlaPolicyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Unique, ignoring case.' })
  @IsOptional()
  @Length(1, 80)
  name?: string | null;

  @Field(() => [SlaTargetInput], { nullable: true, description: 'Replaces every target.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  targets?: SlaTargetInput[] | null;
}
