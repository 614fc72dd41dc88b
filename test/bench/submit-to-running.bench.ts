/**
 * End to end on the simulated driver: jobs submitted through the GraphQL API (an integrator's API
 * key) until each is RUNNING — HTTP, the mutation's transaction (job, event, audit, outbox),
 * the outbox relay, BullMQ, a scheduling pass, provisioning and the engine — with the API
 * server and the workers as their own processes, as in production.
 *
 *   npm run build && npm run bench -- submit-to-running
 *
 * Jobs arrive open-loop at a fixed rate (BENCH_RATE, default 300/s) for BENCH_SECONDS (default
 * 20); each asks 1 GPU ON_DEMAND on a fleet of 2 × 500 nodes × 8 GPUs. Latency is from the moment
 * the client sent the request to the RUNNING event; throughput is jobs RUNNING over the time from
 * the first submission to the last job RUNNING. With BENCH_BATCH=n (default 1), jobs go n to a
 * request through `submitJobs` (a sweep), at the same rate of jobs. The processes are warmed up
 * first with BENCH_WARMUP_SECONDS (default 5) of the same load, not counted, until those jobs run:
 * long-running processes are measured, not their first seconds of compiling hot code.
 */
import { bench, describe } from 'vitest';
import { createTestDatabase } from '../support/app';
import { freePort } from '../support/ports';
import { buildWorld } from '../support/world';
import { makeCluster, makeGpuType, makePool, makeRegion } from '../support/fleet';
import { priceFleet } from '../support/jobs';
import { cpuSecondsOf, processEnv, startProcess, stopProcess, waitForHttp } from './support/processes';
import { keepAliveClient } from './support/http-client';
import { initOrm } from '../../server/src/db/orm';
import { ApiKeyScope } from '../../server/src/modules/tenancy/tenancy.enums';

const RATE = Number(process.env['BENCH_RATE'] ?? 300);
const WORKERS = process.env['BENCH_WORKERS'] !== '0';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const BATCH = Math.max(1, Number(process.env['BENCH_BATCH'] ?? 1));
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 5);
const MAX_IN_FLIGHT = 64;

async function run() {
  const db = await createTestDatabase();
  const orm = await initOrm({ clientUrl: db.url, poolMax: 4 });
  const world = await buildWorld(orm);
  const em = orm.em.fork();
  const region = await makeRegion(em);
  const gpuType = await makeGpuType(em);
  for (let c = 0; c < 2; c++) await makePool(em, await makeCluster(em, region), gpuType, { nodes: 500, floor: 0 });
  await em.flush();
  await priceFleet(orm.em.fork(), { region, gpuType });
  const key = await world.apiKey([ApiKeyScope.JOBS_WRITE]);

  const port = await freePort();
  const env = processEnv(db.url, port, { WORKER_CONCURRENCY: '32' });
  const server = startProcess('server/dist/main.js', env);
  const workers = WORKERS ? startProcess('workers/dist/main.js', env) : startProcess('-e', {});
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/readyz`);
    const total = RATE * SECONDS;
    const sent = new Map<string, number>();
    const failures: string[] = [];
    const input = (i: number, prefix: string) => ({
      projectId: world.projectA.id,
      name: `${prefix}-${i}`,
      script: 'sleep 3600',
      gpuTypeIds: [gpuType.id],
      gpusPerNode: 1,
      capacityClass: 'ON_DEMAND',
      maxDurationSeconds: 7200,
    });
    // Request r carries jobs r × BATCH … r × BATCH + BATCH − 1.
    const body = (r: number, prefix: string) =>
      BATCH === 1
        ? JSON.stringify({
            query: 'mutation($i: SubmitJobInput!) { submitJob(input: $i) { job { id } } }',
            variables: { i: input(r, prefix) },
          })
        : JSON.stringify({
            query: 'mutation($i: [SubmitJobInput!]!) { submitJobs(inputs: $i) { job { id } } }',
            variables: { i: Array.from({ length: BATCH }, (_, k) => input(r * BATCH + k, prefix)) },
          });
    const client = keepAliveClient(MAX_IN_FLIGHT);
    const submitOne = async (r: number, prefix: string, sent: Map<string, number>) => {
      const at = Date.now();
      try {
        const json = (await client.postJson(`${url}/graphql`, body(r, prefix), { authorization: `Bearer ${key.secret}` })) as {
          data?: { submitJob?: { job: { id: string } }; submitJobs?: { job: { id: string } }[] };
          errors?: unknown[];
        };
        const answers = json.data ? (json.data.submitJobs ?? [json.data.submitJob!]) : [];
        for (const answer of answers) sent.set(answer.job.id, at);
        if (!json.data) failures.push(JSON.stringify(json.errors));
      } catch (error) {
        failures.push(String(error));
      }
    };
    /** Offers `jobs` jobs at RATE, open loop with at most MAX_IN_FLIGHT requests at once (like a client's pool). */
    const offer = async (jobs: number, prefix: string, sent: Map<string, number>) => {
      const from = Date.now();
      const inflight = new Set<Promise<void>>();
      for (let r = 0; r < jobs / BATCH; r++) {
        const wait = from + (r * BATCH * 1000) / RATE - Date.now();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        while (inflight.size >= MAX_IN_FLIGHT) await Promise.race(inflight);
        const p: Promise<void> = submitOne(r, prefix, sent).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      await Promise.all(inflight);
    };
    /** Waits until the jobs named `prefix-…` are all RUNNING (or a minute passes); how many are. */
    const runningOf = async (prefix: string, count: number) => {
      const deadline = Date.now() + 60_000;
      let running = 0;
      while (Date.now() < deadline) {
        const [row] = await orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>(`select count(*) as n from jobs where status = 'RUNNING' and name like ?`, [`${prefix}-%`]);
        running = Number(row!.n);
        if (running >= count) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      return running;
    };
    if (WARMUP_SECONDS > 0) {
      const warm = new Map<string, number>();
      await offer(RATE * WARMUP_SECONDS, 'warmup', warm);
      await runningOf('warmup', warm.size);
    }

    const cpuAtStart = [cpuSecondsOf(server.pid), cpuSecondsOf(workers.pid)];
    const started = Date.now();
    await offer(total, 'bench', sent);
    const submittedIn = (Date.now() - started) / 1000;

    const running = await runningOf('bench', sent.size);
    const [serverCpu, workersCpu] = [cpuSecondsOf(server.pid), cpuSecondsOf(workers.pid)].map((now, i) => now - cpuAtStart[i]!);
    client.close();
    const rows = (
      await orm.em
        .fork()
        .getConnection()
        .execute<{ job_id: string; at: Date; created_at: Date }[]>(
          `select e.job_id, e.at, j.created_at from job_events e join jobs j on j.id = e.job_id where e.to_status = 'RUNNING'`,
        )
    ).filter((r) => sent.has(r.job_id));
    // Inside Headroom: from the job's row (the mutation's commit) to RUNNING — relay, BullMQ, pass, provisioning.
    const inside = rows.map((r) => new Date(r.at).getTime() - new Date(r.created_at).getTime()).sort((a, b) => a - b);
    const pctOf = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
    const latencies = rows
      .flatMap((r) => (sent.has(r.job_id) ? [new Date(r.at).getTime() - sent.get(r.job_id)!] : []))
      .sort((a, b) => a - b);
    const lastRunning = Math.max(...rows.map((r) => new Date(r.at).getTime()));
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    console.log(
      [
        '',
        `Submit → RUNNING end to end (GraphQL + Postgres + outbox + BullMQ + scheduler + simulated engine; API server and workers in their own processes)`,
        `  offered: ${RATE} jobs/s for ${SECONDS} s (${total} jobs${BATCH > 1 ? `, ${BATCH} a request` : ''}; after ${WARMUP_SECONDS} s of the same load to warm up, not counted); submitted in ${submittedIn.toFixed(1)} s; ${failures.length} refused${failures.length ? ` (first: ${failures[0]})` : ''}`,
        `  RUNNING: ${running} of ${sent.size}; sustained ${(latencies.length / ((lastRunning - started) / 1000)).toFixed(0)} jobs/s (first submission → last RUNNING)`,
        `  latency submit → RUNNING: p50 ${pct(50)} ms   p90 ${pct(90)} ms   p99 ${pct(99)} ms   max ${latencies.at(-1)} ms`,
        `  of which inside (job written → RUNNING): p50 ${pctOf(inside, 50)} ms   p90 ${pctOf(inside, 90)} ms   p99 ${pctOf(inside, 99)} ms`,
        `  API throughput (submissions answered): ${(sent.size / submittedIn).toFixed(0)}/s with up to ${MAX_IN_FLIGHT} requests in flight`,
        `  CPU per job: API server ${((serverCpu! * 1000) / sent.size).toFixed(1)} ms, workers ${((workersCpu! * 1000) / sent.size).toFixed(1)} ms (first submission → all RUNNING)`,
        '  floor: 300 jobs/s sustained, p99 < 1 s',
        '',
      ].join('\n'),
    );
  } finally {
    await Promise.all([stopProcess(server), stopProcess(workers)]);
    await orm.close();
    await db.drop();
  }
}

describe('submit → RUNNING', () => {
  bench('end to end at the offered rate (printed above)', run, { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0 });
});
