import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';

interface AuditRow {
  action: string;
  outcome: string;
  actorType: string;
  actorId: string | null;
  organizationId: string | null;
  targetType: string | null;
  targetId: string | null;
  requestId: string;
  errorCode: string | null;
}
const EVENTS = `query($org: ID, $actor: ID, $action: String, $from: DateTimeISO, $to: DateTimeISO, $after: String) {
  auditEvents(first: 100, organizationId: $org, actorId: $actor, action: $action, from: $from, to: $to, after: $after) {
    nodes { action outcome actorType actorId organizationId targetType targetId requestId errorCode at }
    pageInfo { hasNextPage endCursor }
  }
}`;

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
});
afterAll(() => app.close());

async function events(vars: Record<string, unknown>, bearer = world.tokens.admin) {
  const res = await app.gql<{ auditEvents: { nodes: AuditRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    EVENTS,
    vars,
    { bearer },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.auditEvents;
}

describe('audit', () => {
  it('records an allowed mutation with actor, organization, target and request id', async () => {
    const res = await app.post(
      JSON.stringify({
        query: 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
        variables: { i: { organizationId: world.orgA.id, name: 'Audited', slug: 'audited' } },
      }),
      { authorization: `Bearer ${world.tokens.admin}`, 'x-request-id': 'req-audit-1' },
    );
    const body = (await res.json()) as { data: { createProject: { id: string } } };
    const { nodes } = await events({ org: world.orgA.id, action: 'createProject' });
    expect(nodes[0]).toMatchObject({
      action: 'createProject',
      outcome: 'ALLOWED',
      actorType: 'USER',
      actorId: world.users.admin.id,
      organizationId: world.orgA.id,
      targetType: 'Project',
      targetId: body.data.createProject.id,
      requestId: 'req-audit-1',
    });
  });

  it('records a denied mutation, and the denied change is not made', async () => {
    const res = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgA.id, name: 'Nope', slug: 'nope' } },
      { bearer: world.tokens.viewer },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const { nodes } = await events({ org: world.orgA.id, actor: world.users.viewer.id });
    expect(nodes[0]).toMatchObject({ action: 'createProject', outcome: 'DENIED', errorCode: 'FORBIDDEN', actorId: world.users.viewer.id });
    const count = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>("select count(*) as n from projects where slug = 'nope'");
    expect(Number(count[0]!.n)).toBe(0);
  });

  it('records a cross-tenant attempt in the targeted organization’s trail', async () => {
    await app.gql(
      'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }',
      { i: { id: world.orgA.id, name: 'Hijacked' } },
      { bearer: world.tokens.outsider },
    );
    const { nodes } = await events({ org: world.orgA.id, actor: world.users.outsider.id });
    expect(nodes[0]).toMatchObject({ action: 'updateOrganization', outcome: 'DENIED', errorCode: 'NOT_FOUND' });
  });

  it('records anonymous attempts and API key actors', async () => {
    await app.gql('mutation { signOut }');
    const key = await world.apiKey(['PROJECTS_WRITE' as never]);
    await app.gql(
      'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
      { i: { id: world.projectA.id, description: 'by key' } },
      { bearer: key.secret },
    );
    const byKey = await events({ org: world.orgA.id, actor: key.id });
    expect(byKey.nodes[0]).toMatchObject({
      action: 'updateProject',
      outcome: 'ALLOWED',
      actorType: 'API_KEY',
      targetId: world.projectA.id,
    });
    const all = await events({ action: 'signOut' }, world.tokens.operator);
    expect(all.nodes.some((n) => n.actorType === 'ANONYMOUS' && n.outcome === 'DENIED' && n.errorCode === 'UNAUTHENTICATED')).toBe(true);
  });

  it('rolls a failed mutation back whole: a sign-up whose organization slug is taken leaves no user behind', async () => {
    const email = `half-${world.tag}@test.example`;
    const res = await app.gql('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
      i: { email, name: 'Half', password: 'Fresh-Password-93', organizationName: 'Dup', organizationSlug: world.orgA.slug },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    const users = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from users where email = ?', [email]);
    expect(Number(users[0]!.n)).toBe(0);
    const failed = await events({ action: 'signUp' }, world.tokens.operator);
    expect(failed.nodes[0]).toMatchObject({ outcome: 'FAILED', errorCode: 'CONFLICT' });
  });

  it('filters by time range and pages with cursors', async () => {
    const before = new Date();
    for (let i = 0; i < 3; i++) {
      await app.gql(
        'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
        { i: { id: world.projectA.id, description: `v${i}` } },
        { bearer: world.tokens.admin },
      );
    }
    const inRange = await events({ org: world.orgA.id, action: 'updateProject', from: before.toISOString(), actor: world.users.admin.id });
    expect(inRange.nodes).toHaveLength(3);
    const none = await events({ org: world.orgA.id, action: 'updateProject', to: before.toISOString(), actor: world.users.admin.id });
    expect(none.nodes).toHaveLength(0);
    const page1 = await app.gql<{ auditEvents: { nodes: { action: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      'query($org: ID) { auditEvents(first: 2, organizationId: $org, action: "updateProject") { nodes { action } pageInfo { endCursor hasNextPage } } }',
      { org: world.orgA.id },
      { bearer: world.tokens.admin },
    );
    expect(page1.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    const page2 = await events({ org: world.orgA.id, action: 'updateProject', after: page1.data!.auditEvents.pageInfo.endCursor });
    expect(page2.nodes.length).toBeGreaterThanOrEqual(1);
  });

  it('shows operators every organization’s events, and refuses that to customers', async () => {
    const all = await events({}, world.tokens.operator);
    expect(new Set(all.nodes.map((n) => n.organizationId)).size).toBeGreaterThan(0);
    const res = await app.gql(EVENTS, {}, { bearer: world.tokens.admin });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
