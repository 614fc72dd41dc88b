import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, Micros, Quantity } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { InvoiceLineKind } from './billing.enums';
import { Invoice } from './invoice.entity';

/** One line of an invoice: what was used (or committed), at what price, for how much. */
@ObjectType()
@Entity({ tableName: 'invoice_lines' })
@Index({ properties: ['invoice', 'position'] })
export class InvoiceLine extends BaseEntity {
  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'cascade' })
  invoice!: Ref<Invoice>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => InvoiceLineKind)
  @Enum({ items: () => InvoiceLineKind, nativeEnumName: 'invoice_line_kind' })
  kind!: InvoiceLineKind;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 160, nullable: true })
  sku?: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'The month the usage happened in (an adjustment’s is earlier than the invoice’s).',
  })
  @Property({ type: 'datetime', nullable: true })
  usageMonth?: Date | null;

  @Field(() => Quantity, { description: 'In `unit`.' })
  @Property({ type: new BigIntType('bigint') })
  quantity!: bigint;

  @Field(() => String, { description: 'GPU_SECOND, TOKEN or COMMITTED_GPU_SECOND.' })
  @Property({ type: 'string', length: 24 })
  unit!: string;

  @Field(() => Micros, {
    nullable: true,
    description: 'List price per GPU-hour or per million tokens (the committed rate for commitments).',
  })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  unitPrice?: bigint | null;

  @Field(() => Int, { description: 'The contract discount applied, in basis points (1250 = 12.5%).' })
  @Property({ type: 'integer' })
  discountBasisPoints!: number;

  @Field(() => Micros)
  @Property({ type: new BigIntType('bigint') })
  listAmount!: bigint;

  @Field(() => Micros)
  @Property({ type: new BigIntType('bigint') })
  discountAmount!: bigint;

  @Field(() => Micros)
  @Property({ type: new BigIntType('bigint') })
  amount!: bigint;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  commitmentId?: string | null;

  @Field(() => Quantity, { nullable: true, description: 'Commitments: RESERVED GPU-seconds used inside it this month.' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  usedQuantity?: bigint | null;
}
