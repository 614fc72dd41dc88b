import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { makeContract } from '../support/contracts';
import {
  engineStopOf,
  jobInput,
  loseStopMessages,
  priceFleet,
  readJob,
  setInternalDemand,
  stopMessagesOf,
  submit,
  waitForStatus,
  startJobWorkers,
  type JobView,
} from '../support/jobs';
import { until } from '../support/until';
import { runSchedulingPass } from '../../server/src/modules/jobs/scheduling.service';
import { reconcileJobs } from '../../server/src/modules/jobs/reconciler.service';
import type { RunningWorkers } from '../../workers/src/workers';
import { activateContract, addCommitment } from '../../server/src/modules/contracts/contract.service';
import { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { JobEvent } from '../../server/src/modules/jobs/job-event.entity';
import { JobReason, JobStatus } from '../../server/src/modules/jobs/jobs.enums';
import { SimulatedRun } from '../../server/src/drivers/simulated/simulated-run.entity';

let app: TestApp;
let world: World;
let workers: RunningWorkers;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  workers = await startJobWorkers(app);
  // Organization A runs under a contract (default terms: its ON_DEMAND work may be reclaimed).
  const now = Date.now();
  await makeContract(app.orm.em.fork(), world.orgA.id, { startsAt: new Date(now - 86_400_000), endsAt: new Date(now + 60 * 86_400_000) });
});
afterAll(async () => {
  await workers.close();
  await app.close();
});

async function pricedFleet(): Promise<Fleet> {
  const fleet = await buildFleet(app.orm.em.fork());
  await priceFleet(app.orm.em.fork(), fleet);
  return fleet;
}

const member = () => world.tokens.member;

async function runSpot(fleet: Fleet, count: number, overrides: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = (await submit(app, member(), jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT', ...overrides }))).data!
      .submitJob.job.id;
    await waitForStatus(app, member(), id, ['RUNNING']);
    ids.push(id);
  }
  return ids;
}

const setDemand = (poolId: string, gpus: number) => setInternalDemand(app, world.tokens.operator, poolId, gpus);

const statuses = async (ids: string[]) => Promise.all(ids.map((id) => readJob(app, member(), id)));

describe('internal demand', () => {
  it('is refused, naming the field, below zero or above the pool’s GPUs, and changes nothing', async () => {
    const fleet = await pricedFleet();
    for (const gpus of [-1, 33]) {
      const res = await app.gql(
        `mutation($i: SetInternalDemandInput!) { setInternalDemand(input: $i) { id } }`,
        { i: { poolId: fleet.pool.id, gpus } },
        { bearer: world.tokens.operator },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gpus' });
    }
    expect((await app.orm.em.fork().findOneOrFail(NodePool, fleet.pool.id)).internalDemandGpus).toBe(0);
  });
});

describe('preemption', () => {
  it('reclaims SPOT for internal demand, cheapest victims first, with the reason and cost, and requeues those that asked', async () => {
    const fleet = await pricedFleet();
    const [a, b, c] = await runSpot(fleet, 3);
    const [d] = await runSpot(fleet, 1, { requeueOnPreemption: true });
    // 4 × 8 SPOT on a 32-GPU pool; the owner now wants 16: two SPOT jobs must go — the two that lose least (the newest).
    await setDemand(fleet.pool.id, 16);
    const preempted = await waitForStatus(app, member(), c!, ['PREEMPTED']);
    expect(preempted.reason).toBe('PREEMPTED_FOR_INTERNAL_DEMAND');
    expect(preempted.preemptedBy).toBe(`pool:${fleet.pool.id}`);
    expect(preempted.statusMessage).toContain('internal demand of 16 GPUs');
    const requeued = await waitForStatus(app, member(), d!, ['PENDING']);
    expect(requeued.attempt).toBe(2);
    const [ja, jb] = await statuses([a!, b!]);
    expect([ja!.status, jb!.status]).toEqual(['RUNNING', 'RUNNING']);

    const em = app.orm.em.fork();
    const event = await em.findOneOrFail(JobEvent, { job: c!, toStatus: JobStatus.PREEMPTED });
    expect(event.details).toMatchObject({ causedBy: `pool:${fleet.pool.id}`, noticeSeconds: 0, slaCreditOwed: false });
    expect(typeof event.details!['lostGpuSeconds']).toBe('number');
    // The engine was told to stop the preempted attempts.
    const end = Date.now() + 10_000;
    let stopped = 0;
    while (stopped < 2 && Date.now() < end) {
      stopped = await app.orm.em.fork().count(SimulatedRun, { marker: { $in: [c!, d!] }, stopState: 'PREEMPTED' });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stopped).toBe(2);

    // The requeued attempt waits for capacity, and runs as attempt 2 once the owner's demand falls.
    await setDemand(fleet.pool.id, 0);
    const again = await waitForStatus(app, member(), d!, ['RUNNING']);
    expect(again.attempt).toBe(2);
    expect(await app.orm.em.fork().count(SimulatedRun, { marker: `${d}.2` })).toBe(1);
  });

  it('lets RESERVED work inside its commitment preempt SPOT, and never preempts RESERVED work for internal demand', async () => {
    const fleet = await pricedFleet();
    const em = app.orm.em.fork();
    const now = Date.now();
    const contract = await makeContract(em, world.orgB.id, {
      startsAt: new Date(now - 86_400_000),
      endsAt: new Date(now + 60 * 86_400_000),
    });
    await addCommitment(em, contract, {
      gpuType: fleet.gpuType,
      region: fleet.region,
      pool: await em.findOneOrFail(NodePool, fleet.pool.id),
      gpus: 16,
      startsAt: contract.startsAt,
      endsAt: contract.endsAt,
      ratePerGpuHour: 1_500_000n,
      createdBy: null,
    });
    await em.flush();
    await em.transactional((tx) => activateContract(tx, contract));

    const spot = await runSpot(fleet, 4);
    const reserved = (
      await submit(app, world.tokens.outsider, jobInput(world.projectB.id, fleet.gpuType.id, { capacityClass: 'RESERVED' }))
    ).data!.submitJob.job.id;
    const running = await waitForStatus(app, world.tokens.outsider, reserved, ['RUNNING']);
    expect(running.unitPrice).toBe('1500000');
    const victims = (await statuses(spot)).filter((j) => j.status === 'PREEMPTED');
    expect(victims).toHaveLength(1);
    expect(victims[0]!.reason).toBe('PREEMPTED_FOR_JOB');
    expect(victims[0]!.preemptedBy).toBe(reserved);

    // The owner asks for the whole pool: it may take everything but the committed 16 GPUs.
    await setDemand(fleet.pool.id, 32);
    const end = Date.now() + 10_000;
    let left: JobView[] = [];
    do {
      await new Promise((r) => setTimeout(r, 100));
      left = (await statuses(spot)).filter((j) => j.status === 'RUNNING');
    } while (left.length > 1 && Date.now() < end);
    expect(left).toHaveLength(1);
    expect((await readJob(app, world.tokens.outsider, reserved)).status).toBe('RUNNING');
  });

  it('reclaims ON_DEMAND only where allowed, after its notice period', async () => {
    const fleet = await pricedFleet();
    const em = app.orm.em.fork();
    const pool = await em.findOneOrFail(NodePool, fleet.pool.id);
    pool.onDemandReclaimable = true;
    pool.reclaimNoticeSeconds = 2;
    await em.flush();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = (await submit(app, member(), jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
      await waitForStatus(app, member(), id, ['RUNNING']);
      ids.push(id);
    }
    await setDemand(fleet.pool.id, 24);
    // Notice first: the jobs keep running and are told when they will be stopped.
    const end = Date.now() + 10_000;
    let noticed = 0;
    while (noticed < 2 && Date.now() < end) {
      noticed = await app.orm.em.fork().count(JobEvent, { job: { $in: ids }, reason: JobReason.RECLAIM_NOTICE });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(noticed).toBe(2);
    expect((await statuses(ids)).filter((j) => j.status === 'RUNNING')).toHaveLength(3);
    const noticedAt = Date.now();
    const victim = (await app.orm.em.fork().findOneOrFail(JobEvent, { job: { $in: ids }, reason: JobReason.RECLAIM_NOTICE })).job.id;
    const preempted = await waitForStatus(app, member(), victim, ['PREEMPTED']);
    expect(Date.now() - noticedAt).toBeGreaterThan(500);
    const event = await app.orm.em.fork().findOneOrFail(JobEvent, { job: victim, toStatus: JobStatus.PREEMPTED });
    expect(event.details).toMatchObject({ noticeSeconds: 2 });
    expect(preempted.statusMessage).toContain('after 2 s notice');
    const final = await statuses(ids);
    expect(final.filter((j) => j.status === 'PREEMPTED')).toHaveLength(2);
  });

  it('stops a preempted (and requeued) or cancelled attempt whose stop message was lost, when the engine still runs it', async () => {
    const fleet = await pricedFleet();
    const [requeued] = await runSpot(fleet, 1, { requeueOnPreemption: true });
    const cancelled = (await submit(app, member(), jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
    await waitForStatus(app, member(), cancelled, ['RUNNING']);

    // With the workers down nothing is relayed: the cancel and the scheduling pass write their stop messages, then they are lost.
    await workers.close();
    try {
      const res = await app.gql<{ cancelJob: { status: string } }>(
        `mutation($id: ID!) { cancelJob(id: $id) { status } }`,
        { id: cancelled },
        { bearer: member() },
      );
      expect(res.data?.cancelJob.status).toBe('CANCELLED');
      await setDemand(fleet.pool.id, 32);
      expect((await runSchedulingPass(app.orm.em.fork())).preempted).toBe(1);
      expect(await loseStopMessages(app, [requeued!, cancelled])).toBe(2);
    } finally {
      workers = await startJobWorkers(app);
    }
    // Requeued: nothing on the job names its first attempt any more.
    const job = await readJob(app, member(), requeued!);
    expect([job.status, job.attempt, job.externalId]).toEqual(['PENDING', 2, null]);

    // The reconciler finds both attempts still running in the engine and stops them, the first attempt by its own marker.
    const stoppedRun = (marker: string) =>
      until(
        `engine run ${marker} to be stopped`,
        async () => {
          const run = await app.orm.em.fork().findOneOrFail(SimulatedRun, { marker });
          return run.stoppedAt ? run : null;
        },
        { intervalMs: 50 },
      );
    const preempted = await stoppedRun(requeued!);
    expect(preempted.stopState).toBe('PREEMPTED');
    expect(preempted.stopReason).toContain('internal demand of 32 GPUs');
    expect((await stoppedRun(cancelled)).stopState).toBe('CANCELLED');
    for (const [marker, state] of [
      [requeued!, 'PREEMPTED'],
      [cancelled, 'CANCELLED'],
    ] as const) {
      const stop = await until(`the engine to confirm ${marker} ended`, async () => {
        const s = await engineStopOf(app, marker);
        return s.confirmedAt ? s : null;
      });
      expect(stop.engineState).toBe(state);
    }
    // Confirmed stops are not asked again, however often the reconciler runs.
    const asked = [await stopMessagesOf(app, requeued!), await stopMessagesOf(app, cancelled)];
    expect(Math.min(...asked)).toBeGreaterThanOrEqual(2);
    await reconcileJobs(app.orm.em.fork(), app.deps.secrets, app.deps.log, { provisionRetryMs: 30_000 });
    expect([await stopMessagesOf(app, requeued!), await stopMessagesOf(app, cancelled)]).toEqual(asked);
    // The requeued job still waits as attempt 2: stopping its first attempt started nothing.
    expect((await readJob(app, member(), requeued!)).status).toBe('PENDING');
    expect(await app.orm.em.fork().count(SimulatedRun, { marker: `${requeued}.2` })).toBe(0);
    await setDemand(fleet.pool.id, 0);
  });
});
