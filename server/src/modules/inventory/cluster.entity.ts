import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { BaseEntity } from '../../db/base.entity';
import { Region } from './region.entity';
import { ClusterHealth, DriverKind, LifecycleStatus } from './inventory.enums';

/**
 * A cluster engine Headroom drives. `settings` holds what is safe to show (endpoint, user,
 * partitions); `secretsCiphertext` holds credentials, encrypted, never returned by the API.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'clusters' })
export class Cluster extends BaseEntity<'status' | 'health' | 'settings'> {
  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 63 })
  name!: string;

  @Field(() => DriverKind)
  @Enum({ items: () => DriverKind, nativeEnumName: 'driver_kind' })
  driver!: DriverKind;

  @Property({ type: 'json' })
  settings: Record<string, unknown> = {};

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  secretsCiphertext?: string | null;

  @Field(() => LifecycleStatus)
  @Enum({ items: () => LifecycleStatus, nativeEnumName: 'lifecycle_status' })
  status: LifecycleStatus = LifecycleStatus.ACTIVE;

  @Field(() => ClusterHealth)
  @Enum({ items: () => ClusterHealth, nativeEnumName: 'cluster_health' })
  health: ClusterHealth = ClusterHealth.UNKNOWN;

  @Field(() => String, { nullable: true, description: 'What the last health check found.' })
  @Property({ type: 'string', length: 500, nullable: true })
  healthMessage?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the cluster last answered a health check.' })
  @Property({ type: 'datetime', nullable: true })
  lastHeartbeatAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastCheckedAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the inventory was last synchronised from the engine.' })
  @Property({ type: 'datetime', nullable: true })
  lastSyncedAt?: Date | null;
}
