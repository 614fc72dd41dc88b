/**
 * Usage ingestion through the API, deduplicated into Postgres (issue 6 floor: 20,000 events/s
 * sustained on the 2-core machine, batched). The compiled API server runs as its own process (no
 * workers; BENCH_SERVERS replicas, default 1, each client sticking to one); BENCH_CLIENTS clients (default 4) each send `ingestUsage` batches of 1,000 events
 * (GraphQL variables, an INTERNAL organization's USAGE_INGEST key) back to back for BENCH_SECONDS
 * (default 15; the bodies are built before the clock starts). Then a share of the same batches (BENCH_REPLAY_SHARE, default 0.5) is sent again:
 * every event is a duplicate. Finally the bench counts `usage_events` (each event stored exactly
 * once) and times rolling all of them up into hourly roll-ups (rollUpUsage, one transaction, in
 * the bench process).
 *
 *   npm run build && npx vitest bench --run test/bench/usage-ingest.bench.ts
 *
 * Events: 50 customer organizations with a project each; 80% GPU-seconds (ON_DEMAND or SPOT, one
 * GPU type and region), 20% input or output tokens of one model; dated within the last hour.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import { createTestDatabase } from '../support/app';
import { makeGpuType, makeRegion } from '../support/fleet';
import { makeModel } from '../support/catalog';
import { priceFleet } from '../support/jobs';
import { percentile, startApiServer, type ApiServer } from './support/api-server';
import { initOrm } from '../../server/src/db/orm';
import { createOrganization } from '../../server/src/modules/tenancy/organization.service';
import { createProject } from '../../server/src/modules/tenancy/project.service';
import { createApiKey } from '../../server/src/modules/tenancy/api-key.service';
import { ApiKeyScope, OrganizationKind } from '../../server/src/modules/tenancy/tenancy.enums';
import { MAX_USAGE_BATCH } from '../../server/src/modules/metering/usage-ingest.rules';
import { rollUpUsage } from '../../server/src/modules/metering/usage-rollup.service';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 4);
/** API server replicas (the server is stateless; production runs several behind a load balancer). */
const SERVERS = Number(process.env['BENCH_SERVERS'] ?? 1);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);
const REPLAY_SHARE = Number(process.env['BENCH_REPLAY_SHARE'] ?? 0.5);
const CUSTOMERS = 50;
const BATCH = MAX_USAGE_BATCH;
/** Bodies made in advance: enough for 40 batches a second (40,000 events/s); the phase ends early if they run out. */
const MAX_BATCHES_PER_SECOND = 40;

const INGEST = `mutation($events: [UsageEventInput!]!) {
  ingestUsage(events: $events) { accepted duplicates rejected { index field reason } adjusted { index } }
}`;

interface Phase {
  batches: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  failures: string[];
  latencies: number[];
  seconds: number;
  /** CPU seconds the API server process used during the phase. */
  serverCpu: number;
}

/** Sends the batches `next()` hands out, CLIENTS at a time, until it returns undefined. */
async function drive(servers: ApiServer[], key: string, next: () => number | undefined, bodyOf: (b: number) => string): Promise<Phase> {
  const phase: Phase = { batches: 0, accepted: 0, duplicates: 0, rejected: 0, failures: [], latencies: [], seconds: 0, serverCpu: 0 };
  const started = performance.now();
  const cpu = () => servers.reduce((sum, s) => sum + s.cpuSeconds(), 0);
  const cpuBefore = cpu();
  const client = async (_: unknown, c: number) => {
    // Each client talks to one replica, as a load balancer would spread them.
    const server = servers[c % servers.length]!;
    for (let b = next(); b !== undefined; b = next()) {
      const body = bodyOf(b);
      const at = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body,
      });
      const json = (await res.json()) as {
        data?: { ingestUsage: { accepted: number; duplicates: number; rejected: unknown[] } };
        errors?: unknown[];
      };
      phase.latencies.push(performance.now() - at);
      phase.batches += 1;
      if (!json.data) {
        phase.failures.push(JSON.stringify(json.errors).slice(0, 300));
        continue;
      }
      phase.accepted += json.data.ingestUsage.accepted;
      phase.duplicates += json.data.ingestUsage.duplicates;
      phase.rejected += json.data.ingestUsage.rejected.length;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  phase.seconds = (performance.now() - started) / 1000;
  phase.serverCpu = cpu() - cpuBefore;
  phase.latencies.sort((a, b) => a - b);
  return phase;
}

async function run() {
  const db = await createTestDatabase();
  const orm = await initOrm({ clientUrl: db.url, poolMax: 4 });
  const tag = randomBytes(3).toString('hex');
  const em = orm.em.fork();
  const region = await makeRegion(em);
  const gpuType = await makeGpuType(em);
  await em.flush();
  await priceFleet(orm.em.fork(), { region, gpuType });
  const modelId = await makeModel(orm.em.fork(), { priced: true });
  const owner = await createOrganization(em, { name: 'Capacity owner', slug: `owner-${tag}`, kind: OrganizationKind.INTERNAL });
  const dataPlane = await createProject(em, owner, { name: 'Data plane', slug: 'data-plane' });
  const key = createApiKey(em, { project: dataPlane, name: 'metering', scopes: [ApiKeyScope.USAGE_INGEST] }).secret;
  const customers: { organizationId: string; projectId: string }[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const org = await createOrganization(em, { name: `Customer ${i}`, slug: `customer-${i}-${tag}` });
    const project = await createProject(em, org, { name: 'Main', slug: 'main' });
    customers.push({ organizationId: org.id, projectId: project.id });
  }
  await em.flush();

  // Batch b always holds the same 1,000 events, so a replay sends exactly the same ones.
  const base = Date.now() - 60_000;
  const bodyOf = (b: number) => {
    const events = [];
    for (let i = 0; i < BATCH; i++) {
      const n = b * BATCH + i;
      const common = {
        dedupKey: `${tag}-${n}`,
        ...customers[n % CUSTOMERS]!,
        occurredAt: new Date(base - (n % 3_600) * 1000).toISOString(),
      };
      const r = Math.floor(n / CUSTOMERS) % 10;
      events.push(
        r < 8
          ? {
              ...common,
              kind: 'GPU_SECONDS',
              quantity: String(60 * (1 + (n % 8))),
              gpuTypeId: gpuType.id,
              regionId: region.id,
              capacityClass: r < 5 ? 'ON_DEMAND' : 'SPOT',
            }
          : { ...common, kind: r === 8 ? 'INPUT_TOKENS' : 'OUTPUT_TOKENS', quantity: String(1_000 + (n % 5_000)), modelId },
      );
    }
    return JSON.stringify({ query: INGEST, variables: { events } });
  };

  // The request bodies are made before the clock starts: the data planes are other machines, and
  // building 400 kB of JSON per batch here would take CPU from the server being measured.
  const bodies = Array.from({ length: Math.ceil(SECONDS * MAX_BATCHES_PER_SECOND) }, (_, b) => bodyOf(b));
  const servers = await Promise.all(Array.from({ length: SERVERS }, () => startApiServer(db.url)));
  const load = loadavg()[0]!;
  try {
    let sent = 0;
    const end = performance.now() + SECONDS * 1000;
    const fresh = await drive(
      servers,
      key,
      () => (performance.now() < end && sent < bodies.length ? sent++ : undefined),
      (b) => bodies[b]!,
    );
    const replayed = Array.from({ length: Math.floor(fresh.batches * REPLAY_SHARE) }, (_, i) => Math.floor(i / REPLAY_SHARE));
    const replay = await drive(
      servers,
      key,
      () => replayed.shift(),
      (b) => bodies[b]!,
    );

    const sql = orm.em.fork().getConnection();
    const [stored] = await sql.execute<{ rows: string; keys: string }[]>(
      'select count(*)::text as rows, count(distinct dedup_key)::text as keys from usage_events',
    );
    const startedRollUp = performance.now();
    const rolled = await orm.em.fork().transactional((tx) => rollUpUsage(tx));
    const rollUpSeconds = (performance.now() - startedRollUp) / 1000;
    const [rollups] = await sql.execute<{ rows: string; events: string }[]>(
      'select count(*)::text as rows, coalesce(sum(events), 0)::text as events from usage_rollups',
    );

    const rate = (events: number, seconds: number) => `${Math.round(events / seconds).toLocaleString('en')} events/s`;
    const line = (name: string, p: Phase) =>
      `  ${name}: ${p.batches} batches × ${BATCH} in ${p.seconds.toFixed(1)} s → ${rate(p.batches * BATCH, p.seconds)}; ` +
      `accepted ${p.accepted}, duplicates ${p.duplicates}, rejected ${p.rejected}, failed batches ${p.failures.length}` +
      `${p.failures.length ? ` (first: ${p.failures[0]})` : ''}\n` +
      `    per-batch latency p50 ${percentile(p.latencies, 50).toFixed(0)} ms   p99 ${percentile(p.latencies, 99).toFixed(0)} ms   max ${p.latencies.at(-1)?.toFixed(0)} ms; ` +
      `API server CPU ${((1000 * p.serverCpu) / p.batches).toFixed(0)} ms per batch (${(p.serverCpu / p.seconds).toFixed(2)} cores busy)`;
    const total = (fresh.batches + replay.batches) * BATCH;
    console.log(
      [
        '',
        `Usage ingestion through GraphQL (${SERVERS} API server process${SERVERS > 1 ? 'es' : ''}, ${CLIENTS} clients, batches of ${BATCH}, ${CUSTOMERS} customer organizations; load average ${load.toFixed(1)} at the start)`,
        line('new events', fresh),
        line(`replay of ${Math.round(REPLAY_SHARE * 100)}% (all duplicates)`, replay),
        `  accepted (new): ${rate(fresh.accepted, fresh.seconds)}; including duplicates: ${rate(total, fresh.seconds + replay.seconds)} over both phases`,
        `  usage_events: expected ${fresh.batches * BATCH} (accepted ${fresh.accepted + replay.accepted}), stored ${stored!.rows} rows, ${stored!.keys} distinct dedup keys`,
        `  roll-up of every event (rollUpUsage, one transaction): ${rolled.events} events in ${rollUpSeconds.toFixed(2)} s → ${rate(rolled.events, rollUpSeconds)}; ` +
          `${rollups!.rows} hourly roll-up rows holding ${rollups!.events} events`,
        '  floor: 20,000 events/s sustained, batched',
        '',
      ].join('\n'),
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await orm.close();
    await db.drop();
  }
}

describe('usage ingestion', () => {
  bench('batched through the API (printed above)', run, { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0 });
});
