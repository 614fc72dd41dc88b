import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A job to enqueue, written in the same transaction as the state change that wants it
 * (DESIGN.md rule 3). The relay enqueues it with BullMQ `jobId` = this row's id, then stamps it.
 */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['dispatchedAt', 'id'] })
export class OutboxMessage {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Property({ type: 'string', length: 80 })
  jobName!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;
}
