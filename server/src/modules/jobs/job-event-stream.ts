import { EventEmitter, on } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../lib/logger';

/** The Postgres channel a trigger on `job_events` notifies when an event row commits. */
export const JOB_EVENTS_CHANNEL = 'headroom_job_events';

/** What the trigger sends: enough to decide who may see the event; the row is read afterwards. */
export interface JobEventNotice {
  id: string;
  jobId: string;
  organizationId: string;
  projectId: string;
}

interface ListeningClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (msg: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  removeAllListeners(): void;
}

interface KnexClient {
  acquireConnection(): Promise<ListeningClient>;
  releaseConnection(connection: ListeningClient): Promise<void>;
}

/**
 * Job events as they commit, from every process: one connection per process LISTENs and fans
 * notices out to subscribers. Postgres delivers a notification only when its transaction commits,
 * so a subscriber never sees an event that was rolled back. Reconnects after a lost connection.
 */
export class JobEventStream {
  private readonly emitter = new EventEmitter();
  private client: ListeningClient | null = null;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const knex = this.orm.em.getConnection().getKnex() as unknown as { client: KnexClient };
    const client = await knex.client.acquireConnection();
    client.on('notification', (msg) => {
      if (msg.channel !== JOB_EVENTS_CHANNEL || !msg.payload) return;
      try {
        this.emitter.emit('notice', JSON.parse(msg.payload) as JobEventNotice);
      } catch (error) {
        this.log.warn({ err: error }, 'job event notice is not JSON');
      }
    });
    const lost = (error?: Error) => {
      if (this.stopped || this.client !== client) return;
      this.log.warn({ err: error }, 'job event stream lost its connection; reconnecting');
      this.client = null;
      client.removeAllListeners();
      setTimeout(() => void this.start().catch((e: unknown) => this.log.error({ err: e }, 'job event stream could not reconnect')), 1_000);
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.query(`LISTEN ${JOB_EVENTS_CHANNEL}`);
    this.client = client;
  }

  /** Notices from now on, until the consumer stops iterating. */
  async *notices(signal?: AbortSignal): AsyncGenerator<JobEventNotice> {
    for await (const [notice] of on(this.emitter, 'notice', { signal })) yield notice as JobEventNotice;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    if (!client) return;
    await client.query(`UNLISTEN ${JOB_EVENTS_CHANNEL}`).catch(() => undefined);
    client.removeAllListeners();
    const knex = this.orm.em.getConnection().getKnex() as unknown as { client: KnexClient };
    await knex.client.releaseConnection(client).catch(() => undefined);
  }
}
