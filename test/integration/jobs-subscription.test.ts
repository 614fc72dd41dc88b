import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { jobInput, priceFleet, submit, startJobWorkers, waitForStatus } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';

let app: TestApp;
let world: World;
let fleet: Fleet;
let workers: RunningWorkers;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork());
  await priceFleet(app.orm.em.fork(), fleet);
  workers = await startJobWorkers(app);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await workers.close();
  await app.close();
});

function client(bearer?: string, headers: Record<string, string> = {}): Client {
  const c = createClient({
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(c);
  return c;
}

interface EventPayload {
  jobEvents: { toStatus: string; reason: string; job: { id: string; status: string } };
}

/** Collects events until `done` says stop; rejects on a GraphQL error. */
function collect(c: Client, query: string, variables: Record<string, unknown>, done: (events: EventPayload['jobEvents'][]) => boolean) {
  const events: EventPayload['jobEvents'][] = [];
  return new Promise<EventPayload['jobEvents'][]>((resolve, reject) => {
    const stop = c.subscribe<EventPayload>(
      { query, variables },
      {
        next: (msg) => {
          if (msg.errors?.length) return reject(new Error(JSON.stringify(msg.errors)));
          events.push(msg.data!.jobEvents);
          if (done(events)) {
            stop();
            resolve(events);
          }
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => resolve(events),
      },
    );
  });
}

const waitForRunning = (id: string) => waitForStatus(app, world.tokens.member, id, ['RUNNING']);

const BY_PROJECT = `subscription($p: ID!) { jobEvents(projectId: $p) { toStatus reason job { id status } } }`;
const EVERYTHING = `subscription { jobEvents { toStatus reason job { id status } } }`;
const BY_JOB = `subscription($j: ID!) { jobEvents(jobId: $j) { toStatus reason job { id status } } }`;

describe('jobEvents over graphql-ws', () => {
  it('streams a job’s transitions live, up to RUNNING, each with its job’s current status', async () => {
    const c = client(world.tokens.member);
    let jobId = '';
    const seen = collect(c, BY_PROJECT, { p: world.projectA.id }, (events) =>
      events.some((e) => e.job.id === jobId && e.toStatus === 'RUNNING'),
    );
    // Subscriptions start asynchronously: give the server a moment to register it before submitting.
    await new Promise((r) => setTimeout(r, 300));
    jobId = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
    const events = (await seen).filter((e) => e.job.id === jobId);
    expect(events.map((e) => e.toStatus)).toEqual(['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING']);
    expect(events.at(-1)!.job.status).toBe('RUNNING');
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: jobId }, { bearer: world.tokens.member });
  });

  it("never delivers another tenant's events, and refuses a job it cannot see", async () => {
    const outsider = client(world.tokens.outsider);
    const mine = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    await expect(collect(outsider, BY_JOB, { j: mine }, () => true)).rejects.toThrow(/NOT_FOUND/);

    // The outsider watches everything it may read: a job of organization A must not show up.
    const leaked: string[] = [];
    const watch = collect(outsider, EVERYTHING, {}, (events) => {
      leaked.push(...events.map((e) => e.job.id));
      return false;
    });
    void watch.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const other = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: other }, { bearer: world.tokens.member });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(leaked).toEqual([]);
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: mine }, { bearer: world.tokens.member });
  });

  it('replays what a client missed after the last event it saw, then goes on live', async () => {
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    const first = await app.gql<{ job: { events: { nodes: { id: string }[] } } }>(
      `query($id: ID!) { job(id: $id) { events(first: 1) { nodes { id } } } }`,
      { id },
      { bearer: world.tokens.member },
    );
    const pendingEvent = first.data!.job.events.nodes.at(-1)!.id;
    await waitForRunning(id);
    const c = client(world.tokens.member);
    const seen = collect(
      c,
      `subscription($j: ID!, $after: ID!) { jobEvents(jobId: $j, after: $after) { toStatus reason job { id status } } }`,
      { j: id, after: pendingEvent },
      (got) => got.some((e) => e.toStatus === 'CANCELLED'),
    );
    // The missed events arrive first; then the cancellation, live.
    await new Promise((r) => setTimeout(r, 500));
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
    const events = await seen;
    expect(events.map((e) => e.toStatus)).toEqual(['ADMITTED', 'PROVISIONING', 'RUNNING', 'CANCELLED']);
  });

  it('refuses an anonymous subscription, and a cookie sent from another site', async () => {
    await expect(collect(client(), BY_PROJECT, { p: world.projectA.id }, () => true)).rejects.toThrow(/UNAUTHENTICATED/);
    const crossSite = client(undefined, { cookie: `hr_session=${world.tokens.member}`, origin: 'https://evil.example' });
    await expect(collect(crossSite, BY_PROJECT, { p: world.projectA.id }, () => true)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
