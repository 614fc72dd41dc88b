import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContract } from '../support/contracts';
import { ContractStatus } from '../../server/src/modules/contracts/contracts.enums';
import { DEFAULT_TERMS } from '../../server/src/modules/contracts/contract-terms';
import { startTestApp, type Credentials, type GqlResult, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeGpuType, makeRegion } from '../support/fleet';
import { newId } from '../../server/src/lib/ids';
import { ApiKeyScope } from '../../server/src/modules/tenancy/tenancy.enums';
import { Organization } from '../../server/src/modules/tenancy/organization.entity';
import { Project } from '../../server/src/modules/tenancy/project.entity';
import { Model } from '../../server/src/modules/catalog/model.entity';
import { Modality, ModelStatus } from '../../server/src/modules/catalog/catalog.enums';
import type { Region } from '../../server/src/modules/inventory/region.entity';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { Quota } from '../../server/src/modules/contracts/quota.entity';
import { QuotaKind } from '../../server/src/modules/contracts/contracts.enums';
import { quotasFor } from '../../server/src/modules/contracts/quota.service';

let app: TestApp;
let world: World;
let region: Region;
let otherRegion: Region;
let gpuType: GpuType;
let model: Model;

const as = (persona: keyof World['tokens']): Credentials => ({ bearer: world.tokens[persona] });
const am = () => as('accountManager');

async function ok<T>(query: string, variables: Record<string, unknown>, auth: Credentials): Promise<T> {
  const res = await app.gql<T>(query, variables, auth);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GqlResult, code: string, field?: string) {
  expect(res.errors?.length, JSON.stringify(res.data)).toBeGreaterThan(0);
  const error = res.errors![0]!;
  expect(error.extensions.code, error.message).toBe(code);
  if (field) expect(error.extensions['field'], error.message).toBe(field);
  return error;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await app.orm.em.fork().getConnection().execute<{ n: string }[]>(sql, params);
  return Number(rows[0]!.n);
}

async function newModel(em = app.orm.em.fork()): Promise<Model> {
  const created = em.create(Model, {
    id: newId('model'),
    key: `quota-test/model-${Math.random().toString(36).slice(2, 10)}`,
    family: 'test',
    parametersB: 8,
    contextWindow: 8192,
    license: 'apache-2.0',
    modalities: [Modality.TEXT],
    status: ModelStatus.GA,
  });
  await em.flush();
  return created;
}

const POLICY_FIELDS = 'id name targets { service availabilityPercent window creditTiers { belowPercent creditPercent } }';
const CREATE_POLICY = `mutation($input: CreateSlaPolicyInput!) { createSlaPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const UPDATE_POLICY = `mutation($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const QUOTA_FIELDS = 'id kind limit organization { id } project { id name } gpuType { id code } region { id code } model { id key }';
const SET_QUOTA = `mutation($input: SetQuotaInput!) { setQuota(input: $input) { ${QUOTA_FIELDS} } }`;
const QUOTAS = `query($org: ID!, $project: ID) { quotas(organizationId: $org, projectId: $project, first: 50) { nodes { ${QUOTA_FIELDS} } } }`;

interface PolicyNode {
  id: string;
  name: string;
  targets: {
    service: string;
    availabilityPercent: number;
    window: string;
    creditTiers: { belowPercent: number; creditPercent: number }[];
  }[];
}
interface QuotaNode {
  id: string;
  kind: string;
  limit: number;
  organization: { id: string };
  project: { id: string; name: string } | null;
  gpuType: { id: string; code: string } | null;
  region: { id: string; code: string } | null;
  model: { id: string; key: string } | null;
}

const ENTERPRISE_TIERS = [
  { belowPercent: 99.9, creditPercent: 10 },
  { belowPercent: 99, creditPercent: 25 },
  { belowPercent: 95, creditPercent: 100 },
];

let names = 0;
function policyInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Enterprise ${world.tag} ${++names}`,
    targets: [{ service: 'GPU_COMPUTE', availabilityPercent: 99.9, window: 'CALENDAR_MONTH', creditTiers: ENTERPRISE_TIERS }],
    ...overrides,
  };
}

const target = (overrides: Record<string, unknown>) => ({
  service: 'GPU_COMPUTE',
  availabilityPercent: 99.9,
  window: 'CALENDAR_MONTH',
  creditTiers: ENTERPRISE_TIERS,
  ...overrides,
});

async function newPolicy(overrides: Record<string, unknown> = {}): Promise<PolicyNode> {
  return (await ok<{ createSlaPolicy: PolicyNode }>(CREATE_POLICY, { input: policyInput(overrides) }, am())).createSlaPolicy;
}

const policies = () => count('select count(*) as n from sla_policies');
const quotaRows = () => count('select count(*) as n from quotas');

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  const em = app.orm.em.fork();
  region = await makeRegion(em);
  otherRegion = await makeRegion(em);
  gpuType = await makeGpuType(em);
  await em.flush();
  model = await newModel();
});
afterAll(() => app.close());

describe('SLA policies', () => {
  it('lets an account manager create a 99.9% policy with three credit tiers and read it back', async () => {
    const created = await newPolicy({
      targets: [
        target({}),
        target({ service: 'MODEL_API', availabilityPercent: 99.5, creditTiers: [{ belowPercent: 99.5, creditPercent: 10 }] }),
      ],
    });
    expect(created.id).toMatch(/^sla_/);
    expect(created.targets).toEqual([
      { service: 'GPU_COMPUTE', availabilityPercent: 99.9, window: 'CALENDAR_MONTH', creditTiers: ENTERPRISE_TIERS },
      {
        service: 'MODEL_API',
        availabilityPercent: 99.5,
        window: 'CALENDAR_MONTH',
        creditTiers: [{ belowPercent: 99.5, creditPercent: 10 }],
      },
    ]);

    const read = await ok<{ slaPolicy: PolicyNode }>(
      `query($id: ID!) { slaPolicy(id: $id) { ${POLICY_FIELDS} } }`,
      { id: created.id },
      am(),
    );
    expect(read.slaPolicy).toEqual(created);
    const byNode = await ok<{ node: PolicyNode }>(
      `query($id: ID!) { node(id: $id) { ... on SlaPolicy { ${POLICY_FIELDS} } } }`,
      { id: created.id },
      as('operator'),
    );
    expect(byNode.node).toEqual(created);
    const list = await ok<{ slaPolicies: { nodes: PolicyNode[] } }>(`{ slaPolicies(first: 100) { nodes { ${POLICY_FIELDS} } } }`, {}, am());
    expect(list.slaPolicies.nodes[0]).toEqual(created);

    const audit = await count(
      "select count(*) as n from audit_events where action = 'createSlaPolicy' and target_type = 'SlaPolicy' and target_id = ? and outcome = 'ALLOWED'",
      [created.id],
    );
    expect(audit).toBe(1);
  });

  it('defaults the window to a calendar month', async () => {
    const { window: _window, ...noWindow } = target({});
    const created = await newPolicy({ targets: [noWindow] });
    expect(created.targets[0]!.window).toBe('CALENDAR_MONTH');
  });

  it('keeps SLA policies from customers', async () => {
    const created = await newPolicy();
    for (const persona of ['owner', 'admin', 'member'] as const) {
      refused(await app.gql('query($id: ID!) { slaPolicy(id: $id) { id } }', { id: created.id }, as(persona)), 'FORBIDDEN');
      refused(await app.gql(CREATE_POLICY, { input: policyInput() }, as(persona)), 'FORBIDDEN');
    }
  });

  const badTargets: [string, Record<string, unknown>[], string][] = [
    ['no target', [], 'input.targets'],
    ['availability of 0', [target({ availabilityPercent: 0, creditTiers: [] })], 'input.targets.0.availabilityPercent'],
    ['availability above 100', [target({ availabilityPercent: 100.5 })], 'input.targets.0.availabilityPercent'],
    ['no credit tier', [target({ creditTiers: [] })], 'input.targets.0.creditTiers'],
    [
      'a threshold above the target',
      [target({ creditTiers: [{ belowPercent: 99.95, creditPercent: 10 }] })],
      'input.targets.0.creditTiers.0.belowPercent',
    ],
    [
      'thresholds not strictly decreasing',
      [
        target({
          creditTiers: [
            { belowPercent: 99, creditPercent: 10 },
            { belowPercent: 99, creditPercent: 25 },
          ],
        }),
      ],
      'input.targets.0.creditTiers.1.belowPercent',
    ],
    [
      'credits not increasing',
      [
        target({
          creditTiers: [
            { belowPercent: 99.9, creditPercent: 25 },
            { belowPercent: 99, creditPercent: 10 },
          ],
        }),
      ],
      'input.targets.0.creditTiers.1.creditPercent',
    ],
    ['a credit of 0', [target({ creditTiers: [{ belowPercent: 99.9, creditPercent: 0 }] })], 'input.targets.0.creditTiers.0.creditPercent'],
    [
      'a credit above 100',
      [
        target({
          creditTiers: [
            { belowPercent: 99.9, creditPercent: 50 },
            { belowPercent: 95, creditPercent: 150 },
          ],
        }),
      ],
      'input.targets.0.creditTiers.1.creditPercent',
    ],
    [
      'two targets for one service',
      [target({}), target({ availabilityPercent: 99.5, creditTiers: [{ belowPercent: 99, creditPercent: 5 }] })],
      'input.targets.1.service',
    ],
    [
      'a mistake in a later target',
      [target({}), target({ service: 'MODEL_API', availabilityPercent: 99.5, creditTiers: [{ belowPercent: 99.9, creditPercent: 5 }] })],
      'input.targets.1.creditTiers.0.belowPercent',
    ],
  ];

  it.each(badTargets)('refuses %s, naming the field, and writes nothing', async (_case, targets, field) => {
    const before = await policies();
    const error = refused(await app.gql(CREATE_POLICY, { input: policyInput({ targets }) }, am()), 'BAD_USER_INPUT', field);
    expect(error.message.length).toBeGreaterThan(20);
    expect(await policies()).toBe(before);
  });

  it('refuses a blank or overlong name', async () => {
    refused(await app.gql(CREATE_POLICY, { input: policyInput({ name: '' }) }, am()), 'BAD_USER_INPUT', 'input.name');
    refused(await app.gql(CREATE_POLICY, { input: policyInput({ name: '   ' }) }, am()), 'BAD_USER_INPUT', 'input.name');
    refused(await app.gql(CREATE_POLICY, { input: policyInput({ name: 'x'.repeat(81) }) }, am()), 'BAD_USER_INPUT', 'input.name');
  });

  it('refuses a name another policy has, ignoring case, as a CONFLICT on input.name', async () => {
    const first = await newPolicy();
    const before = await policies();
    const error = refused(
      await app.gql(CREATE_POLICY, { input: policyInput({ name: ` ${first.name.toUpperCase()} ` }) }, am()),
      'CONFLICT',
      'input.name',
    );
    expect(error.message).toContain(first.id);
    expect(error.extensions['slaPolicyId']).toBe(first.id);
    expect(await policies()).toBe(before);
  });

  it('gives one of two simultaneous creations of a name a CONFLICT', async () => {
    const input = policyInput();
    const results = await Promise.all([1, 2, 3].map(() => app.gql(CREATE_POLICY, { input }, am())));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const failed of results.filter((r) => r.errors)) refused(failed, 'CONFLICT', 'input.name');
  });

  it('renames a policy and replaces its targets', async () => {
    const created = await newPolicy();
    const newTargets = [
      target({ service: 'MODEL_API', availabilityPercent: 99.95, creditTiers: [{ belowPercent: 99.95, creditPercent: 15 }] }),
    ];
    const renamed = `Renamed ${world.tag} ${++names}`;
    const updated = (
      await ok<{ updateSlaPolicy: PolicyNode }>(UPDATE_POLICY, { input: { id: created.id, name: renamed, targets: newTargets } }, am())
    ).updateSlaPolicy;
    expect(updated).toEqual({ id: created.id, name: renamed, targets: newTargets });

    // Omitted fields stay; a change of case of its own name is no conflict.
    const recased = (
      await ok<{ updateSlaPolicy: PolicyNode }>(UPDATE_POLICY, { input: { id: created.id, name: renamed.toUpperCase() } }, am())
    ).updateSlaPolicy;
    expect(recased).toEqual({ ...updated, name: renamed.toUpperCase() });

    const audit = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ details: { from: { name: string }; to: { name: string } } }[]>(
        "select details from audit_events where action = 'updateSlaPolicy' and target_id = ? order by id",
        [created.id],
      );
    expect(audit[0]!.details.from.name).toBe(created.name);
    expect(audit[0]!.details.to.name).toBe(renamed);
  });

  it('refuses a bad update and leaves the policy as it was', async () => {
    const created = await newPolicy();
    const other = await newPolicy();
    refused(
      await app.gql(UPDATE_POLICY, { input: { id: created.id, name: 'Kept?', targets: [target({ availabilityPercent: 0 })] } }, am()),
      'BAD_USER_INPUT',
      'input.targets.0.availabilityPercent',
    );
    refused(
      await app.gql(UPDATE_POLICY, { input: { id: created.id, name: other.name, targets: [] } }, am()),
      'BAD_USER_INPUT',
      'input.targets',
    );
    refused(await app.gql(UPDATE_POLICY, { input: { id: created.id, name: other.name } }, am()), 'CONFLICT', 'input.name');
    const read = await ok<{ slaPolicy: PolicyNode }>(
      `query($id: ID!) { slaPolicy(id: $id) { ${POLICY_FIELDS} } }`,
      { id: created.id },
      am(),
    );
    expect(read.slaPolicy).toEqual(created);
  });

  it('refuses to change the targets of a policy an ACTIVE contract uses, so agreed terms never move', async () => {
    const policy = await newPolicy({ name: `In force ${world.tag}` });
    await makeContract(app.orm.em.fork(), world.orgA.id, {
      status: ContractStatus.ACTIVE,
      terms: { ...DEFAULT_TERMS, slaPolicyId: policy.id },
    });
    const res = await app.gql(
      UPDATE_POLICY,
      { input: { id: policy.id, targets: [target({ availabilityPercent: 99, creditTiers: [{ belowPercent: 99, creditPercent: 10 }] })] } },
      am(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.targets' });
    const renamed = await app.gql(UPDATE_POLICY, { input: { id: policy.id, name: `Renamed ${world.tag}` } }, am());
    expect(renamed.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown policy and BAD_USER_INPUT for another kind of ID', async () => {
    refused(await app.gql(UPDATE_POLICY, { input: { id: newId('slaPolicy'), name: 'x' } }, am()), 'NOT_FOUND');
    refused(await app.gql(UPDATE_POLICY, { input: { id: world.orgA.id, name: 'x' } }, am()), 'BAD_USER_INPUT', 'input.id');
    refused(await app.gql('query($id: ID!) { slaPolicy(id: $id) { id } }', { id: newId('slaPolicy') }, am()), 'NOT_FOUND');
  });
});

describe('quotas', () => {
  const scopeRows = (where: string, params: unknown[]) => count(`select count(*) as n from quotas where ${where}`, params);

  it('sets organization and project limits of every kind, shown with their objects', async () => {
    const gpus = (
      await ok<{ setQuota: QuotaNode }>(
        SET_QUOTA,
        { input: { organizationId: world.orgA.id, kind: 'CONCURRENT_GPUS', gpuTypeId: gpuType.id, regionId: region.id, limit: 64 } },
        am(),
      )
    ).setQuota;
    expect(gpus).toMatchObject({
      kind: 'CONCURRENT_GPUS',
      limit: 64,
      organization: { id: world.orgA.id },
      project: null,
      gpuType: { id: gpuType.id, code: gpuType.code },
      region: { id: region.id, code: region.code },
      model: null,
    });
    const tokens = (
      await ok<{ setQuota: QuotaNode }>(
        SET_QUOTA,
        {
          input: {
            organizationId: world.orgA.id,
            projectId: world.projectA.id,
            kind: 'TOKENS_PER_MINUTE',
            modelId: model.id,
            limit: 200_000,
          },
        },
        as('operator'),
      )
    ).setQuota;
    expect(tokens).toMatchObject({
      project: { id: world.projectA.id, name: 'Project A' },
      model: { id: model.id, key: model.key },
      gpuType: null,
    });
    const queued = (
      await ok<{ setQuota: QuotaNode }>(SET_QUOTA, { input: { organizationId: world.orgA.id, kind: 'QUEUED_JOBS', limit: 0 } }, am())
    ).setQuota;
    expect(queued).toMatchObject({ kind: 'QUEUED_JOBS', limit: 0, project: null, gpuType: null, region: null, model: null });

    // A customer member reads them all; `projectId` narrows to the project's own.
    const all = await ok<{ quotas: { nodes: QuotaNode[] } }>(QUOTAS, { org: world.orgA.id }, as('member'));
    const ids = all.quotas.nodes.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining([gpus.id, tokens.id, queued.id]));
    expect(all.quotas.nodes.find((q) => q.id === gpus.id)).toEqual(gpus);
    const ofProject = await ok<{ quotas: { nodes: QuotaNode[] } }>(
      QUOTAS,
      { org: world.orgA.id, project: world.projectA.id },
      as('viewer'),
    );
    expect(ofProject.quotas.nodes.map((q) => q.id)).toEqual([tokens.id]);
    const byNode = await ok<{ node: { id: string; limit: number } }>(
      'query($id: ID!) { node(id: $id) { id ... on Quota { limit } } }',
      { id: tokens.id },
      as('member'),
    );
    expect(byNode.node).toEqual({ id: tokens.id, limit: 200_000 });
  });

  it('updates the limit of a scope that has one instead of adding a second', async () => {
    const input = {
      organizationId: world.orgA.id,
      projectId: world.projectA2.id,
      kind: 'CONCURRENT_GPUS',
      gpuTypeId: gpuType.id,
      limit: 8,
    };
    const first = (await ok<{ setQuota: QuotaNode }>(SET_QUOTA, { input }, am())).setQuota;
    const second = (await ok<{ setQuota: QuotaNode }>(SET_QUOTA, { input: { ...input, limit: 16 } }, am())).setQuota;
    expect(second.id).toBe(first.id);
    expect(second.limit).toBe(16);
    const scope = "project_id = ? and kind = 'CONCURRENT_GPUS' and gpu_type_id = ? and region_id is null and model_id is null";
    expect(await scopeRows(scope, [world.projectA2.id, gpuType.id])).toBe(1);
    expect(await scopeRows('id = ? and "limit" = 16', [first.id])).toBe(1);

    // Naming a region as well is another scope, with a limit of its own.
    const regional = (await ok<{ setQuota: QuotaNode }>(SET_QUOTA, { input: { ...input, regionId: region.id, limit: 4 } }, am())).setQuota;
    expect(regional.id).not.toBe(first.id);
    expect(await scopeRows(scope, [world.projectA2.id, gpuType.id])).toBe(1);

    const audit = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ details: { limit: number; previousLimit: number | null }; organization_id: string }[]>(
        "select details, organization_id from audit_events where action = 'setQuota' and target_id = ? order by id",
        [first.id],
      );
    expect(audit.map((a) => a.details)).toMatchObject([
      { limit: 8, previousLimit: null },
      { limit: 16, previousLimit: 8 },
    ]);
    expect(audit[0]!.organization_id).toBe(world.orgA.id);
  });

  it('keeps one row when the same scope is set at once from several requests', async () => {
    const input = { organizationId: world.orgA.id, projectId: world.projectA.id, kind: 'CONCURRENT_GPUS', regionId: otherRegion.id };
    const results = await Promise.all([1, 2, 3, 4, 5].map((limit) => app.gql(SET_QUOTA, { input: { ...input, limit } }, am())));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(await scopeRows('project_id = ? and region_id = ? and gpu_type_id is null', [world.projectA.id, otherRegion.id])).toBe(1);
  });

  describe('refuses bad input, naming the field, and writes nothing', () => {
    const base = () => ({ organizationId: world.orgA.id, kind: 'CONCURRENT_GPUS', limit: 4 });
    const cases: [string, () => Record<string, unknown>, string, string][] = [
      ['a negative limit', () => ({ ...base(), limit: -1 }), 'BAD_USER_INPUT', 'input.limit'],
      ['a fractional limit', () => ({ ...base(), limit: 1.5 }), 'BAD_USER_INPUT', 'input.limit'],
      ['a model on CONCURRENT_GPUS', () => ({ ...base(), gpuTypeId: gpuType.id, modelId: model.id }), 'BAD_USER_INPUT', 'input.modelId'],
      ['TOKENS_PER_MINUTE without a model', () => ({ ...base(), kind: 'TOKENS_PER_MINUTE' }), 'BAD_USER_INPUT', 'input.modelId'],
      [
        'a GPU type on TOKENS_PER_MINUTE',
        () => ({ ...base(), kind: 'TOKENS_PER_MINUTE', modelId: model.id, gpuTypeId: gpuType.id }),
        'BAD_USER_INPUT',
        'input.gpuTypeId',
      ],
      [
        'a region on TOKENS_PER_MINUTE',
        () => ({ ...base(), kind: 'TOKENS_PER_MINUTE', modelId: model.id, regionId: region.id }),
        'BAD_USER_INPUT',
        'input.regionId',
      ],
      ['a region on QUEUED_JOBS', () => ({ ...base(), kind: 'QUEUED_JOBS', regionId: region.id }), 'BAD_USER_INPUT', 'input.regionId'],
      ['a model on QUEUED_JOBS', () => ({ ...base(), kind: 'QUEUED_JOBS', modelId: model.id }), 'BAD_USER_INPUT', 'input.modelId'],
      ['another kind of ID as the GPU type', () => ({ ...base(), gpuTypeId: region.id }), 'BAD_USER_INPUT', 'input.gpuTypeId'],
      ['an unknown GPU type', () => ({ ...base(), gpuTypeId: newId('gpuType') }), 'NOT_FOUND', 'input.gpuTypeId'],
      ['an unknown region', () => ({ ...base(), regionId: newId('region') }), 'NOT_FOUND', 'input.regionId'],
      ['an unknown model', () => ({ ...base(), kind: 'TOKENS_PER_MINUTE', modelId: newId('model') }), 'NOT_FOUND', 'input.modelId'],
      ['another organization’s project', () => ({ ...base(), projectId: world.projectB.id }), 'NOT_FOUND', 'input.projectId'],
      ['an unknown project', () => ({ ...base(), projectId: newId('project') }), 'NOT_FOUND', 'input.projectId'],
      ['an unknown organization', () => ({ ...base(), organizationId: newId('organization') }), 'NOT_FOUND', undefined!],
    ];
    it.each(cases)('%s', async (_case, input, code, field) => {
      const before = await quotaRows();
      const error = refused(await app.gql(SET_QUOTA, { input: input() }, am()), code, field);
      expect(error.message.length).toBeGreaterThan(10);
      expect(await quotaRows()).toBe(before);
    });
  });

  it('lets customers read their quotas but not set or remove them; outsiders learn nothing', async () => {
    const input = { organizationId: world.orgA.id, kind: 'QUEUED_JOBS', limit: 7 };
    const quota = (await ok<{ setQuota: QuotaNode }>(SET_QUOTA, { input: { ...input, projectId: world.projectA.id } }, am())).setQuota;
    const before = await quotaRows();
    for (const persona of ['owner', 'admin', 'member', 'viewer', 'billing'] as const) {
      await ok(QUOTAS, { org: world.orgA.id }, as(persona));
      refused(await app.gql(SET_QUOTA, { input }, as(persona)), 'FORBIDDEN');
      refused(await app.gql('mutation($id: ID!) { removeQuota(id: $id) }', { id: quota.id }, as(persona)), 'FORBIDDEN');
    }
    refused(await app.gql(QUOTAS, { org: world.orgA.id }, as('outsider')), 'NOT_FOUND');
    refused(await app.gql(SET_QUOTA, { input }, as('outsider')), 'NOT_FOUND');
    refused(await app.gql('mutation($id: ID!) { removeQuota(id: $id) }', { id: quota.id }, as('outsider')), 'NOT_FOUND');
    refused(await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: quota.id }, as('outsider')), 'NOT_FOUND');
    expect(await quotaRows()).toBe(before);
    const denied = await count(
      "select count(*) as n from audit_events where action = 'setQuota' and outcome = 'DENIED' and organization_id = ?",
      [world.orgA.id],
    );
    expect(denied).toBeGreaterThanOrEqual(6);
  });

  it('shows an API key bound to a project its project’s and the organization’s quotas only', async () => {
    const own = (
      await ok<{ setQuota: QuotaNode }>(
        SET_QUOTA,
        { input: { organizationId: world.orgA.id, projectId: world.projectA.id, kind: 'QUEUED_JOBS', limit: 3 } },
        am(),
      )
    ).setQuota;
    const sibling = (
      await ok<{ setQuota: QuotaNode }>(
        SET_QUOTA,
        { input: { organizationId: world.orgA.id, projectId: world.projectA2.id, kind: 'QUEUED_JOBS', limit: 3 } },
        am(),
      )
    ).setQuota;
    const key = { bearer: (await world.apiKey([ApiKeyScope.READ], world.projectA)).secret };
    const seen = (await ok<{ quotas: { nodes: QuotaNode[] } }>(QUOTAS, { org: world.orgA.id }, key)).quotas.nodes;
    expect(seen.map((q) => q.id)).toContain(own.id);
    expect(seen.map((q) => q.id)).not.toContain(sibling.id);
    expect(seen.every((q) => q.project === null || q.project.id === world.projectA.id)).toBe(true);
    expect(seen.some((q) => q.project === null)).toBe(true);
    refused(await app.gql(QUOTAS, { org: world.orgA.id, project: world.projectA2.id }, key), 'NOT_FOUND');
    refused(await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: sibling.id }, key), 'NOT_FOUND');
  });

  it('answers NOT_FOUND for a project of another organization in the filter', async () => {
    refused(await app.gql(QUOTAS, { org: world.orgA.id, project: world.projectB.id }, am()), 'NOT_FOUND');
  });

  it('removes a quota', async () => {
    const quota = (
      await ok<{ setQuota: QuotaNode }>(
        SET_QUOTA,
        { input: { organizationId: world.orgA.id, kind: 'CONCURRENT_GPUS', regionId: otherRegion.id, limit: 9 } },
        am(),
      )
    ).setQuota;
    const removed = await ok<{ removeQuota: string }>('mutation($id: ID!) { removeQuota(id: $id) }', { id: quota.id }, am());
    expect(removed.removeQuota).toBe(quota.id);
    expect(await scopeRows('id = ?', [quota.id])).toBe(0);
    refused(await app.gql('mutation($id: ID!) { removeQuota(id: $id) }', { id: quota.id }, am()), 'NOT_FOUND');
    refused(await app.gql('mutation($id: ID!) { removeQuota(id: $id) }', { id: world.orgA.id }, am()), 'BAD_USER_INPUT', 'id');
  });

  it('gives admission the limits that apply to a project: its own and the organization’s', async () => {
    const em = app.orm.em.fork();
    const org = em.create(Organization, { id: newId('organization'), name: 'Limits', slug: `limits-${world.tag}` });
    const p1 = em.create(Project, { id: newId('project'), organization: org, name: 'P1', slug: 'p1' });
    const p2 = em.create(Project, { id: newId('project'), organization: org, name: 'P2', slug: 'p2' });
    const quota = (props: Partial<Quota> & { kind: QuotaKind; limit: number }) =>
      em.create(Quota, { id: newId('quota'), organization: org, ...props } as never) as Quota;
    const orgAny = quota({ kind: QuotaKind.CONCURRENT_GPUS, limit: 100 });
    const orgGpu = quota({ kind: QuotaKind.CONCURRENT_GPUS, gpuType: gpuType as never, limit: 50 });
    const p1Gpu = quota({
      kind: QuotaKind.CONCURRENT_GPUS,
      project: p1 as never,
      gpuType: gpuType as never,
      region: region as never,
      limit: 8,
    });
    quota({ kind: QuotaKind.CONCURRENT_GPUS, project: p2 as never, limit: 2 });
    quota({ kind: QuotaKind.QUEUED_JOBS, project: p1 as never, limit: 5 });
    await em.flush();

    const limits = await quotasFor(app.orm.em.fork(), { organizationId: org.id, projectId: p1.id, kind: QuotaKind.CONCURRENT_GPUS });
    expect(limits).toEqual([
      {
        id: p1Gpu.id,
        kind: 'CONCURRENT_GPUS',
        level: 'PROJECT',
        projectId: p1.id,
        gpuTypeId: gpuType.id,
        regionId: region.id,
        modelId: null,
        limit: 8,
      },
      {
        id: orgGpu.id,
        kind: 'CONCURRENT_GPUS',
        level: 'ORGANIZATION',
        projectId: null,
        gpuTypeId: gpuType.id,
        regionId: null,
        modelId: null,
        limit: 50,
      },
      {
        id: orgAny.id,
        kind: 'CONCURRENT_GPUS',
        level: 'ORGANIZATION',
        projectId: null,
        gpuTypeId: null,
        regionId: null,
        modelId: null,
        limit: 100,
      },
    ]);
    const orgOnly = await quotasFor(app.orm.em.fork(), { organizationId: org.id, projectId: null, kind: QuotaKind.CONCURRENT_GPUS });
    expect(orgOnly.map((q) => q.id)).toEqual([orgGpu.id, orgAny.id]);
    expect(await quotasFor(app.orm.em.fork(), { organizationId: org.id, projectId: p2.id, kind: QuotaKind.TOKENS_PER_MINUTE })).toEqual([]);
  });

  it('loads the objects of a page of quotas in a constant number of statements', async () => {
    async function orgWith(rows: number, tag: string): Promise<string> {
      const em = app.orm.em.fork();
      const org = em.create(Organization, { id: newId('organization'), name: `Sized ${tag}`, slug: `quota-${tag}-${world.tag}` });
      for (let i = 0; i < rows; i++) {
        const project = em.create(Project, { id: newId('project'), organization: org, name: `P${i}`, slug: `p${i}` });
        if (i % 2 === 0) {
          const gpu = await makeGpuType(em);
          const where = await makeRegion(em);
          em.create(Quota, {
            id: newId('quota'),
            organization: org,
            project,
            kind: QuotaKind.CONCURRENT_GPUS,
            gpuType: gpu,
            region: where,
            limit: i,
          });
        } else {
          const served = await newModel(em);
          em.create(Quota, { id: newId('quota'), organization: org, project, kind: QuotaKind.TOKENS_PER_MINUTE, model: served, limit: i });
        }
      }
      await em.flush();
      return org.id;
    }
    const PAGE =
      'query($org: ID!) { quotas(organizationId: $org, first: 50) { nodes { gpuType { code } region { code } model { key } project { name } } } }';
    async function statements(org: string) {
      app.queries.length = 0;
      const res = await app.gql<{ quotas: { nodes: unknown[] } }>(PAGE, { org }, as('operator'));
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return { count: app.queries.length, rows: res.data!.quotas.nodes.length };
    }
    const small = await statements(await orgWith(4, 'small'));
    const large = await statements(await orgWith(50, 'large'));
    expect(small.rows).toBe(4);
    expect(large.rows).toBe(50);
    expect(large.count).toBe(small.count);
    // auth + organization + quotas + projects + GPU types + regions + models: a handful, not hundreds.
    expect(large.count).toBeLessThanOrEqual(9);
  });
});
