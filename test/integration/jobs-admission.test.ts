import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { makeContract } from '../support/contracts';
import { jobInput, priceFleet, readJob, submit, waitForStatus, startJobWorkers } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';
import { Job } from '../../server/src/modules/jobs/job.entity';
import { Quota } from '../../server/src/modules/contracts/quota.entity';
import { QuotaKind, SpendCapMode } from '../../server/src/modules/contracts/contracts.enums';
import { ContractStatus } from '../../server/src/modules/contracts/contracts.enums';
import { DEFAULT_TERMS } from '../../server/src/modules/contracts/contract-terms';
import { Jurisdiction } from '../../server/src/modules/inventory/inventory.enums';
import { newId } from '../../server/src/lib/ids';

let app: TestApp;
let world: World;
let workers: RunningWorkers;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  workers = await startJobWorkers(app);
});
afterAll(async () => {
  await workers.close();
  await app.close();
});

/** A simulated pool of 4 × 8 GPUs (floor 8) of a GPU type and region of its own, priced. */
async function pricedFleet(): Promise<Fleet> {
  const fleet = await buildFleet(app.orm.em.fork());
  await priceFleet(app.orm.em.fork(), fleet);
  return fleet;
}

const explain = async (id: string, bearer = world.tokens.member) =>
  (
    await app.gql<{
      explainPlacement: {
        verdict: string;
        reason: string;
        message: string;
        candidates: { pool: string; outcome: string; reason: string; message: string }[];
      };
    }>(
      `query($id: ID!) { explainPlacement(jobId: $id) { verdict reason message candidates { pool outcome reason message } } }`,
      { id },
      { bearer },
    )
  ).data!.explainPlacement;

/** Polls until the scheduler has looked at the job and given it this reason. */
async function waitForReason(id: string, reason: string, bearer = world.tokens.member) {
  const end = Date.now() + 15_000;
  let job = await readJob(app, bearer, id);
  while (job.reason !== reason && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    job = await readJob(app, bearer, id);
  }
  expect(job.reason, job.statusMessage).toBe(reason);
  return job;
}

describe('idempotency', () => {
  it('turns 100 concurrent submissions with one key into exactly one job, and refuses the key with another payload', async () => {
    const fleet = await pricedFleet();
    const input = jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT', idempotencyKey: `burst-${world.tag}` });
    const results = await Promise.all(Array.from({ length: 100 }, () => submit(app, world.tokens.member, input)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.data!.submitJob.job.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data!.submitJob.created)).toHaveLength(1);
    expect(await app.orm.em.fork().count(Job, { idempotencyKey: `burst-${world.tag}` })).toBe(1);

    const other = await submit(app, world.tokens.member, { ...input, gpusPerNode: 4 });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey', jobId: [...ids][0] });
  });
});

describe('bad input is refused with its field, and nothing is written', () => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await pricedFleet();
  });

  const refusedAt = async (overrides: Record<string, unknown>, code: string, field: string | null, text?: string) => {
    const before = await app.orm.em.fork().count(Job, {});
    const res = await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, overrides));
    expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject(field ? { code, field } : { code });
    if (text) expect(res.errors?.[0]?.message).toContain(text);
    expect(await app.orm.em.fork().count(Job, {})).toBe(before);
  };

  it('zero or negative GPUs', async () => {
    await refusedAt({ gpusPerNode: 0 }, 'BAD_USER_INPUT', 'input.gpusPerNode');
    await refusedAt({ gpusPerNode: -4 }, 'BAD_USER_INPUT', 'input.gpusPerNode');
    await refusedAt({ nodes: 0 }, 'BAD_USER_INPUT', 'input.nodes');
  });
  it('more GPUs per node than any pool has', async () => {
    await refusedAt({ gpusPerNode: 16 }, 'BAD_USER_INPUT', 'input.gpusPerNode', 'more than 8 GPUs per node');
  });
  it('more nodes than any pool has', async () => {
    await refusedAt({ nodes: 5 }, 'BAD_USER_INPUT', 'input.nodes', 'at most 4');
  });
  it('an unknown GPU type', async () => {
    await refusedAt({ gpuTypeIds: [newId('gpuType')] }, 'NOT_FOUND', 'input.gpuTypeIds.0');
    await refusedAt({ gpuTypeIds: ['h100'] }, 'BAD_USER_INPUT', 'input.gpuTypeIds.0');
  });
  it('an oversized script', async () => {
    await refusedAt({ script: `#!/bin/bash\n${'x'.repeat(70_000)}` }, 'BAD_USER_INPUT', 'input.script', 'at most 65536');
  });
  it('both an image and a script, or neither', async () => {
    await refusedAt({ image: 'registry.example/train:1' }, 'BAD_USER_INPUT', 'input.image');
    await refusedAt({ script: null }, 'BAD_USER_INPUT', 'input.script');
  });
  it('more waiting jobs than the QUEUED_JOBS quota allows: QUOTA_EXCEEDED with the numbers', async () => {
    const em = app.orm.em.fork();
    const quota = em.create(Quota, {
      id: newId('quota'),
      organization: world.orgA.id,
      project: world.projectA2.id,
      kind: QuotaKind.QUEUED_JOBS,
      limit: 0,
    });
    await em.flush();
    try {
      await refusedAt({ projectId: world.projectA2.id }, 'QUOTA_EXCEEDED', null, 'quota of 0 waiting jobs reached (0 waiting)');
    } finally {
      await app.orm.em.fork().nativeDelete(Quota, { id: quota.id });
    }
  });
  it('INTERNAL work from a customer', async () => {
    await refusedAt({ capacityClass: 'INTERNAL' }, 'BAD_USER_INPUT', 'input.capacityClass');
  });
  it('a max duration out of range, and a bad environment variable name', async () => {
    await refusedAt({ maxDurationSeconds: 10 }, 'BAD_USER_INPUT', 'input.maxDurationSeconds');
    await refusedAt({ environment: [{ name: '1BAD', value: 'x' }] }, 'BAD_USER_INPUT', 'input.environment.0.name');
  });
  it("cancelling another tenant's job is NOT_FOUND, a viewer's attempt FORBIDDEN", async () => {
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    const outsider = await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.outsider });
    expect(outsider.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const viewer = await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.viewer });
    expect(viewer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await readJob(app, world.tokens.member, id)).status).not.toBe('CANCELLED');
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });
});

describe('admission', () => {
  it('waits on a project quota with a sentence that says which and how many, and runs when room is made', async () => {
    const fleet = await pricedFleet();
    const em = app.orm.em.fork();
    em.create(Quota, {
      id: newId('quota'),
      organization: world.orgA.id,
      project: world.projectA.id,
      kind: QuotaKind.CONCURRENT_GPUS,
      gpuType: fleet.gpuType.id,
      region: fleet.region.id,
      limit: 16,
    });
    await em.flush();
    const first = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
    const second = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.member, first, ['RUNNING']);
    await waitForStatus(app, world.tokens.member, second, ['RUNNING']);
    const third = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id))).data!.submitJob.job.id;
    const waiting = await waitForReason(third, 'QUOTA');
    expect(waiting.status).toBe('PENDING');
    expect(waiting.statusMessage).toBe(`waiting: project quota of 16 ${fleet.gpuType.code} in ${fleet.region.code} reached, 16 in use`);
    const why = await explain(third);
    expect(why.verdict).toBe('WAITING');
    expect(why.candidates).toEqual([
      expect.objectContaining({ pool: `${fleet.cluster.name}/${fleet.pool.name}`, outcome: 'REFUSED', reason: 'QUOTA' }),
    ]);
    // Another project of the organization is not held back by project A's quota.
    const elsewhere = (await submit(app, world.tokens.member, jobInput(world.projectA2.id, fleet.gpuType.id))).data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.member, elsewhere, ['RUNNING']);

    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: first }, { bearer: world.tokens.member });
    await waitForStatus(app, world.tokens.member, third, ['RUNNING']);
    for (const id of [second, third, elsewhere])
      await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });

  it('waits for capacity: ON_DEMAND never takes the internal floor, SPOT may use it', async () => {
    const fleet = await pricedFleet();
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await submit(app, world.tokens.member, jobInput(world.projectA2.id, fleet.gpuType.id))).data!.submitJob.job.id);
    for (const id of ids) await waitForStatus(app, world.tokens.member, id, ['RUNNING']);
    const fourth = (await submit(app, world.tokens.member, jobInput(world.projectA2.id, fleet.gpuType.id))).data!.submitJob.job.id;
    const waiting = await waitForReason(fourth, 'CAPACITY');
    expect(waiting.statusMessage).toBe(
      `waiting: ${fleet.cluster.name}/${fleet.pool.name} has 0 ${fleet.gpuType.code} GPUs for ON_DEMAND work, 8 asked`,
    );
    const spot = (await submit(app, world.tokens.member, jobInput(world.projectA2.id, fleet.gpuType.id, { capacityClass: 'SPOT' }))).data!
      .submitJob.job.id;
    const running = await waitForStatus(app, world.tokens.member, spot, ['RUNNING']);
    expect(running.unitPrice).toBe('1000000');
    for (const id of [...ids, fourth, spot])
      await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id }, { bearer: world.tokens.member });
  });
});

describe('contract terms are policy', () => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await pricedFleet();
    const now = Date.now();
    // Organization B: US-only data residency and a hard monthly cap of $60.
    await makeContract(app.orm.em.fork(), world.orgB.id, {
      status: ContractStatus.ACTIVE,
      startsAt: new Date(now - 86_400_000),
      endsAt: new Date(now + 30 * 86_400_000),
      terms: {
        ...DEFAULT_TERMS,
        allowedJurisdictions: [Jurisdiction.US],
        spendCap: { monthlyMicros: '60000000', mode: SpendCapMode.HARD },
      },
    });
  });

  it('refuses a region outside the residency at submission, naming the region field', async () => {
    const res = await submit(app, world.tokens.outsider, jobInput(world.projectB.id, fleet.gpuType.id, { regionIds: [fleet.region.id] }));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionIds.0' });
    expect(res.errors?.[0]?.message).toContain('outside the contract');
  });

  it('REJECTS work that could only run outside the residency, with the reason', async () => {
    const id = (await submit(app, world.tokens.outsider, jobInput(world.projectB.id, fleet.gpuType.id))).data!.submitJob.job.id;
    const job = await waitForStatus(app, world.tokens.outsider, id, ['REJECTED']);
    expect(job.reason).toBe('RESIDENCY');
    expect(job.statusMessage).toContain(`region ${fleet.region.code} (EU) is outside the contract's data residency`);
  });

  it('holds price × max duration against a hard spend cap until the job ends', async () => {
    const us = await buildFleet(app.orm.em.fork(), { jurisdiction: Jurisdiction.US });
    await priceFleet(app.orm.em.fork(), us);
    // $3 × 8 GPUs × 2 h = $48 held: the first fits under $60, the second would not.
    const first = (await submit(app, world.tokens.outsider, jobInput(world.projectB.id, us.gpuType.id))).data!.submitJob.job.id;
    await waitForStatus(app, world.tokens.outsider, first, ['RUNNING']);
    const second = (await submit(app, world.tokens.outsider, jobInput(world.projectB.id, us.gpuType.id))).data!.submitJob.job.id;
    const waiting = await waitForReason(second, 'SPEND_CAP', world.tokens.outsider);
    expect(waiting.statusMessage).toContain(
      'monthly spend cap of 60.000000 USD reached: 48.000000 USD spent or held, this job would hold 48.000000 USD',
    );
    // A job that could never fit under the cap is refused outright.
    const huge = (await submit(app, world.tokens.outsider, jobInput(world.projectB.id, us.gpuType.id, { nodes: 2 }))).data!.submitJob.job
      .id;
    const rejected = await waitForStatus(app, world.tokens.outsider, huge, ['REJECTED']);
    expect(rejected.reason).toBe('SPEND_CAP');
    await app.gql(`mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: first }, { bearer: world.tokens.outsider });
    await waitForStatus(app, world.tokens.outsider, second, ['RUNNING']);
  });

  it('REJECTS RESERVED work without a commitment', async () => {
    const id = (await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { capacityClass: 'RESERVED' }))).data!
      .submitJob.job.id;
    const job = await waitForStatus(app, world.tokens.member, id, ['REJECTED']);
    expect(job.reason).toBe('COMMITMENT');
  });
});
