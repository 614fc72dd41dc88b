import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One job run by the simulated engine, keyed by Headroom's marker: what it ran on, when it started
 * and when it ends. Its state is computed from these times, so no process has to be awake for a
 * simulated job to finish.
 */
@Entity({ tableName: 'simulated_runs' })
@Index({ properties: ['clusterId'] })
export class SimulatedRun {
  [OptionalProps]?: 'stoppedAt' | 'stopState' | 'stopReason';

  @PrimaryKey({ type: 'string', length: 80 })
  marker!: string;

  @Property({ type: 'string', length: 40 })
  externalId!: string;

  @Property({ type: 'string', length: 40 })
  clusterId!: string;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  /** When it finishes on its own (its run time, scaled by the cluster's time factor). */
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'integer' })
  exitCode!: number;

  /** Set when it was cancelled or preempted before `endsAt`. */
  @Property({ type: 'datetime', nullable: true })
  stoppedAt?: Date | null;

  @Property({ type: 'string', length: 20, nullable: true })
  stopState?: 'CANCELLED' | 'PREEMPTED' | null;

  @Property({ type: 'text', nullable: true })
  stopReason?: string | null;
}
