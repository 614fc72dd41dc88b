import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { jobInput, priceFleet } from '../support/jobs';
import { Job } from '../../server/src/modules/jobs/job.entity';
import { JobEvent } from '../../server/src/modules/jobs/job-event.entity';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity';
import { Quota } from '../../server/src/modules/contracts/quota.entity';
import { QuotaKind } from '../../server/src/modules/contracts/contracts.enums';
import { ApiKeyScope } from '../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../server/src/lib/ids';
import { MAX_BATCH, submitJobs } from '../../server/src/modules/jobs/job-submit-batch.service';
import type { SubmitJobRequest } from '../../server/src/modules/jobs/job-submit.service';

const SUBMIT_JOBS = `mutation($inputs: [SubmitJobInput!]!) { submitJobs(inputs: $inputs) { created job { id name status project { id } } } }`;
type Answer = { created: boolean; job: { id: string; name: string; status: string; project: { id: string } } }[];

let app: TestApp;
let world: World;
let fleet: Fleet;
let key: string;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork());
  await priceFleet(app.orm.em.fork(), fleet);
  key = (await world.apiKey([ApiKeyScope.JOBS_WRITE])).secret;
});
afterAll(() => app.close());

const sweep = (tag: string, count: number, overrides: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: count }, (_, i) => jobInput(world.projectA.id, fleet.gpuType.id, { name: `${tag}-${i}`, ...overrides(i) }));
const jobsNamed = (prefix: string) => app.orm.em.fork().find(Job, { name: { $like: `${prefix}-%` } });

describe('submitJobs: a sweep in one request', () => {
  it('submits every job of the batch, in order, each with its first event and its own audit event', async () => {
    const res = await app.gql<{ submitJobs: Answer }>(SUBMIT_JOBS, { inputs: sweep('sweep', 3) }, { bearer: key });
    expect(res.errors).toBeUndefined();
    const answers = res.data!.submitJobs;
    expect(answers.map((a) => [a.job.name, a.created, a.job.status, a.job.project.id])).toEqual(
      [0, 1, 2].map((i) => [`sweep-${i}`, true, 'PENDING', world.projectA.id]),
    );
    const em = app.orm.em.fork();
    for (const { job } of answers) {
      expect(await em.count(JobEvent, { job: job.id, toStatus: 'PENDING' as never })).toBe(1);
      expect(await em.count(AuditEvent, { action: 'submitJobs', targetId: job.id, outcome: 'ALLOWED' as never })).toBe(1);
    }
  });

  it('refuses the whole batch when one job is bad, naming the input, and writes none of it', async () => {
    const res = await app.gql(SUBMIT_JOBS, { inputs: sweep('bad', 3, (i) => (i === 1 ? { gpusPerNode: 0 } : {})) }, { bearer: key });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs.1.gpusPerNode' });
    expect(await jobsNamed('bad')).toHaveLength(0);
    const empty = await app.gql(SUBMIT_JOBS, { inputs: [] }, { bearer: key });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    const tooMany = await app.gql(SUBMIT_JOBS, { inputs: sweep('many', MAX_BATCH + 1) }, { bearer: key });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect(tooMany.errors?.[0]?.message).toContain(`${MAX_BATCH + 1} given`);
    expect(await jobsNamed('many')).toHaveLength(0);
  });

  it('counts the batch against QUEUED_JOBS quotas: the job past the limit is named and none is written', async () => {
    const waiting = await app.orm.em.fork().count(Job, { project: world.projectA.id, status: 'PENDING' as never });
    const em = app.orm.em.fork();
    const quota = em.create(Quota, {
      id: newId('quota'),
      organization: world.orgA.id,
      project: world.projectA.id,
      kind: QuotaKind.QUEUED_JOBS,
      limit: waiting + 2,
    });
    await em.flush();
    try {
      const res = await app.gql(SUBMIT_JOBS, { inputs: sweep('quota', 3) }, { bearer: key });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'QUOTA_EXCEEDED',
        field: 'inputs.2',
        limit: waiting + 2,
        inUse: waiting + 2,
      });
      expect(await jobsNamed('quota')).toHaveLength(0);
    } finally {
      await app.orm.em.fork().nativeDelete(Quota, { id: quota.id });
    }
  });

  it('keeps idempotency per job: a repeated batch returns the same jobs, a key given twice in one batch is refused', async () => {
    const inputs = sweep('keyed', 2, (i) => ({ idempotencyKey: `sweep-key-${i}` }));
    const first = (await app.gql<{ submitJobs: Answer }>(SUBMIT_JOBS, { inputs }, { bearer: key })).data!.submitJobs;
    const again = (await app.gql<{ submitJobs: Answer }>(SUBMIT_JOBS, { inputs }, { bearer: key })).data!.submitJobs;
    expect(again.map((a) => [a.job.id, a.created])).toEqual(first.map((a) => [a.job.id, false]));
    expect(await jobsNamed('keyed')).toHaveLength(2);

    const twice = await app.gql(SUBMIT_JOBS, { inputs: sweep('twice', 2, () => ({ idempotencyKey: 'same-key' })) }, { bearer: key });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs.1.idempotencyKey' });
    const changed = await app.gql(SUBMIT_JOBS, { inputs: [inputs[0], { ...inputs[1], maxDurationSeconds: 600 }] }, { bearer: key });
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'inputs.1.idempotencyKey' });
  });

  it('refuses a batch that spans organizations, even for a caller who may submit in both', async () => {
    const request = (organizationId: string, projectId: string) => ({
      ...(jobInput(projectId, fleet.gpuType.id, { name: 'spanning' }) as unknown as SubmitJobRequest),
      organizationId,
      projectId,
      submittedBy: 'SYSTEM:test',
    });
    await expect(
      submitJobs(
        app.orm.em.fork(),
        app.deps.secrets,
        [request(world.orgA.id, world.projectA.id), request(world.orgB.id, world.projectB.id)],
        () => {
          throw new Error('nothing is written, so nothing is audited');
        },
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'inputs' } });
    expect(await app.orm.em.fork().count(Job, { name: 'spanning' })).toBe(0);
  });

  it("refuses a job in another organization's project, naming the input", async () => {
    const res = await app.gql(
      SUBMIT_JOBS,
      { inputs: [...sweep('mixed', 1), { ...sweep('mixed', 1)[0], projectId: world.projectB.id }] },
      { bearer: world.tokens.member },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await jobsNamed('mixed')).toHaveLength(0);
  });
});
