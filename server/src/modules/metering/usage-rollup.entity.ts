import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';

/**
 * Usage per organization, project, SKU and hour (and the month whose invoice bills it), kept
 * current by the roll-up worker: what usage reports, CSV exports and rating read (the API shows
 * them through `usage`, not as this entity).
 */
@Entity({ tableName: 'usage_rollups' })
@Index({ properties: ['organizationId', 'billedMonth'] })
@Index({ properties: ['organizationId', 'hour'] })
@Index({ properties: ['updatedAt'] })
export class UsageRollup {
  @PrimaryKey({ type: 'string', length: 40 })
  organizationId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  projectId!: string;

  @PrimaryKey({ type: 'string', length: 160 })
  sku!: string;

  @PrimaryKey({ type: 'datetime' })
  hour!: Date;

  @PrimaryKey({ type: 'datetime' })
  billedMonth!: Date;

  @Enum({ items: () => UsageKind, nativeEnumName: 'usage_kind' })
  kind!: UsageKind;

  @Property({ type: 'string', length: 40, nullable: true })
  gpuTypeId?: string | null;

  @Enum({ items: () => CapacityClass, nativeEnumName: 'capacity_class', nullable: true })
  capacityClass?: CapacityClass | null;

  @Property({ type: 'string', length: 40, nullable: true })
  regionId?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  modelId?: string | null;

  @Property({ type: new BigIntType('bigint') })
  quantity!: bigint;

  @Property({ type: 'integer' })
  events!: number;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
