import { randomBytes } from 'node:crypto';
import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { CapacityClass } from '../../../server/src/modules/inventory/inventory.enums';
import { submitJob, submittedBySystem } from '../../../server/src/modules/jobs/job-submit.service';
import { SecretBox } from '../../../server/src/lib/secret-box';
import { buildFleet, type Fleet } from '../../support/fleet';
import { F, N, U, row, type Entry, type Fixtures } from './matrix';

let shared: Promise<Fleet> | undefined;
const fleet = (fx: Fixtures) => (shared ??= (async () => buildFleet(fx.em()))());

// Jobs of organization A are read by its members (any role), keys of its project (READ or
// JOBS_WRITE both read jobs) and platform staff; an outsider does not learn they exist.
const READ_IN_A = row(U, 'OK', 'OK', 'OK', N, 'OK', 'OK', 'OK', 'OK');
// Submitting and cancelling is for members who run work and keys with JOBS_WRITE.
const WRITE_IN_A = row(U, F, 'OK', 'OK', N, 'OK', F, F, F);

/** A PENDING job of project A (each destructive request gets its own). */
async function aJob(fx: Fixtures): Promise<string> {
  const f = await fleet(fx);
  const em = fx.em();
  const { job } = await em.transactional((tx) =>
    submitJob(
      tx,
      new SecretBox(randomBytes(32)),
      {
        organizationId: fx.world.orgA.id,
        projectId: fx.world.projectA.id,
        submittedBy: 'SYSTEM:matrix',
        name: `matrix ${fx.unique()}`,
        script: 'echo matrix',
        gpuTypeIds: [f.gpuType.id],
        gpusPerNode: 8,
        nodes: 1,
        capacityClass: CapacityClass.SPOT,
        maxDurationSeconds: 600,
      },
      submittedBySystem(tx, 'test'),
    ),
  );
  return job.id;
}

/** A submitJob input of a small SPOT job in project A. */
async function aSubmission(fx: Fixtures, name: string) {
  return {
    projectId: fx.world.projectA.id,
    name,
    script: 'echo matrix',
    gpuTypeIds: [(await fleet(fx)).gpuType.id],
    gpusPerNode: 1,
    capacityClass: 'SPOT',
    maxDurationSeconds: 600,
  };
}

/** GPU jobs: submit, cancel, read, explain. */
export const jobEntries: Record<string, Entry> = {
  // ---- queries
  job: {
    request: async (fx) => ({
      query: 'query($id: ID!) { job(id: $id) { id status events(first: 5) { nodes { toStatus } } } }',
      variables: { id: await aJob(fx) },
    }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  jobs: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { jobs(organizationId: $org, first: 5) { nodes { id status } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  explainPlacement: {
    request: async (fx) => ({
      query: 'query($id: ID!) { explainPlacement(jobId: $id) { verdict message } }',
      variables: { id: await aJob(fx) },
    }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  // ---- mutations
  submitJob: {
    request: async (fx) => ({
      query: 'mutation($i: SubmitJobInput!) { submitJob(input: $i) { created job { id status } } }',
      variables: { i: await aSubmission(fx, 'matrix') },
    }),
    scope: ApiKeyScope.JOBS_WRITE,
    expect: WRITE_IN_A,
  },
  submitJobs: {
    request: async (fx) => ({
      query: 'mutation($i: [SubmitJobInput!]!) { submitJobs(inputs: $i) { created job { id status } } }',
      variables: { i: [await aSubmission(fx, 'matrix batch')] },
    }),
    scope: ApiKeyScope.JOBS_WRITE,
    expect: WRITE_IN_A,
  },
  cancelJob: {
    request: async (fx) => ({ query: 'mutation($id: ID!) { cancelJob(id: $id) { status } }', variables: { id: await aJob(fx) } }),
    scope: ApiKeyScope.JOBS_WRITE,
    expect: WRITE_IN_A,
  },
};
