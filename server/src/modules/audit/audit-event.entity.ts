import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../graphql/node';
import { DateTime } from '../../graphql/scalars';
import { ActorType, AuditOutcome } from './audit.enums';

/**
 * One audited action, allowed or not. Append-only: no updatedAt, never edited. Plain ID columns
 * (no foreign keys) so the trail outlives what it names.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'audit_events' })
@Index({ properties: ['organizationId', 'id'] })
@Index({ properties: ['actorId', 'id'] })
@Index({ properties: ['action', 'id'] })
export class AuditEvent {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  organizationId?: string | null;

  @Field(() => ActorType)
  @Enum({ items: () => ActorType, nativeEnumName: 'actor_type' })
  actorType!: ActorType;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  actorId?: string | null;

  /** The operation, e.g. `createApiKey`. */
  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  targetId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  requestId!: string;

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome, nativeEnumName: 'audit_outcome' })
  outcome!: AuditOutcome;

  /** The error code when the outcome is not ALLOWED. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  errorCode?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;

  @Field(() => DateTime)
  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
