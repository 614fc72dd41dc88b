import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '../../graphql/connection';
import { InvoiceStatus } from './billing.enums';

@ArgsType()
export class InvoicesArgs extends ConnectionArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => InvoiceStatus, { nullable: true })
  @IsOptional()
  status?: InvoiceStatus | null;
}

@ArgsType()
export class FinalizeInvoiceArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: 'The month, e.g. 2026-11; it must have ended.' })
  month!: string;
}

@ArgsType()
export class VoidInvoiceArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why it is corrected: kept on the voided invoice and in the audit log.' })
  @MinLength(3, { message: 'reason: say why, in at least 3 characters' })
  @MaxLength(500)
  reason!: string;
}
