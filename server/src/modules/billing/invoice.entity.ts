import { ArrayType, BigIntType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime, Micros } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../tenancy/organization.entity';
import { InvoiceStatus } from './billing.enums';

/**
 * An organization's bill for one calendar month (UTC). DRAFT while the month is open and kept
 * current; FINALIZED at period close and never edited again (DESIGN.md rule 4): a correction
 * voids it and issues a replacement that names it. At most one non-void invoice per month.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'invoices' })
@Index({
  name: 'invoices_one_live_per_month',
  expression: `create unique index "invoices_one_live_per_month" on "invoices" ("organization_id", "period_start") where "status" <> 'VOID'`,
})
export class Invoice extends BaseEntity<'warnings' | 'status'> {
  @Index()
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => DateTime, { description: 'The month’s first instant (UTC).' })
  @Property({ type: 'datetime' })
  periodStart!: Date;

  @Field(() => DateTime, { description: 'The next month’s first instant: the period is [start, end).' })
  @Property({ type: 'datetime' })
  periodEnd!: Date;

  @Field(() => InvoiceStatus)
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status' })
  status: InvoiceStatus = InvoiceStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Given when it is finalized, e.g. HR-2026-11-000042.' })
  @Unique()
  @Property({ type: 'string', length: 40, nullable: true })
  number?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => Micros, { description: 'Every line at list price (committed amounts as agreed).' })
  @Property({ type: new BigIntType('bigint') })
  subtotal!: bigint;

  @Field(() => Micros, { description: 'What contract discounts and committed rates save (subtotal − discounts − credits = total).' })
  @Property({ type: new BigIntType('bigint') })
  discounts!: bigint;

  @Field(() => Micros, { description: 'SLA credits.' })
  @Property({ type: new BigIntType('bigint') })
  credits!: bigint;

  @Field(() => Micros)
  @Property({ type: new BigIntType('bigint') })
  total!: bigint;

  @Field(() => Micros, { description: 'The total less commitment fees: usage-based spend, what spend caps measure.' })
  @Property({ type: new BigIntType('bigint') })
  usageTotal!: bigint;

  @Field(() => DateTime, { description: 'When its lines were last computed from the roll-ups.' })
  @Property({ type: 'datetime' })
  computedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finalizedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  voidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  voidReason?: string | null;

  @ManyToOne(() => Invoice, { ref: true, nullable: true, deleteRule: 'restrict' })
  replaces?: Ref<Invoice> | null;

  @Field(() => [String], { description: 'Usage that could not be priced (no price in force, another currency), for a person to look at.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  warnings: string[] = [];
}
