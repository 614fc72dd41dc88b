import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { Cluster } from '../inventory/cluster.entity';
import { Job } from './job.entity';

/** How an attempt is stopped: cancelled by someone, or preempted for higher-priority work. */
export type StopMode = 'CANCEL' | 'PREEMPT';

/**
 * An attempt Headroom ended (cancelled or preempted) that its engine must stop. Written in the
 * transaction that ends the attempt, with its stop message, and kept open until the engine reports
 * the attempt ended: the reconciler asks again while it does not, whatever happened to the message —
 * also after a requeue gave the job a new attempt and marker, when the job row no longer names this one.
 */
@Entity({ tableName: 'engine_stops' })
@Index({ properties: ['confirmedAt'] })
export class EngineStop extends BaseEntity<'requestedAt' | 'confirmedAt' | 'engineState'> {
  @ManyToOne(() => Job, { ref: true, deleteRule: 'cascade' })
  job!: Ref<Job>;

  @Property({ type: 'string', length: 40 })
  organizationId!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  @ManyToOne(() => Cluster, { ref: true, deleteRule: 'restrict' })
  cluster!: Ref<Cluster>;

  /** The attempt's engine marker (Slurm job name and comment); one stop per attempt. */
  @Property({ type: 'string', length: 80, unique: true })
  marker!: string;

  @Property({ type: 'string', length: 10 })
  mode!: StopMode;

  @Property({ type: 'text' })
  reason!: string;

  /** When the engine was last asked to stop it. */
  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  /** When the engine reported the attempt ended (or had not known it for too long): nothing left to stop. */
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  /** What the engine reported then: its end state (CANCELLED, PREEMPTED, SUCCEEDED…), or GONE. */
  @Property({ type: 'string', length: 20, nullable: true })
  engineState?: string | null;
}
