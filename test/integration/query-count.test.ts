import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { newId } from '../../server/src/lib/ids';
import { User } from '../../server/src/modules/tenancy/user.entity';
import { Membership } from '../../server/src/modules/tenancy/membership.entity';
import { Organization } from '../../server/src/modules/tenancy/organization.entity';
import { Project } from '../../server/src/modules/tenancy/project.entity';
import { createApiKey } from '../../server/src/modules/tenancy/api-key.service';
import { ApiKeyScope, MembershipRole } from '../../server/src/modules/tenancy/tenancy.enums';

/** A list with relations must cost the same number of SQL statements for 10 rows as for 100. */
const TREE = `query($id: ID!) {
  organization(id: $id) {
    members(first: 100) { nodes { role user { email } organization { name } } }
    projects(first: 100) { nodes { name organization { slug } apiKeys(first: 5) { nodes { prefix project { name } } } } }
  }
}`;
const ORGS = `{ organizations(first: 100) { nodes { slug projects(first: 3) { nodes { name apiKeys(first: 2) { nodes { prefix } } } } } } }`;

let app: TestApp;
let world: World;

async function orgWith(rows: number, tag: string): Promise<string> {
  const em = app.orm.em.fork();
  const org = em.create(Organization, { id: newId('organization'), name: `Sized ${tag}`, slug: `sized-${tag}-${world.tag}` });
  for (let i = 0; i < rows; i++) {
    const user = em.create(User, {
      id: newId('user'),
      email: `m${i}-${tag}-${world.tag}@test.example`,
      name: `M${i}`,
      passwordHash: 'not-a-login',
    });
    em.create(Membership, { id: newId('membership'), organization: org, user, role: MembershipRole.MEMBER });
    const project = em.create(Project, { id: newId('project'), organization: org, name: `P${i}`, slug: `p${i}` });
    createApiKey(em, { project, name: 'a', scopes: [ApiKeyScope.READ] });
    createApiKey(em, { project, name: 'b', scopes: [ApiKeyScope.READ] });
  }
  await em.flush();
  return org.id;
}

async function statements(query: string, variables: Record<string, unknown>) {
  app.queries.length = 0;
  const res = await app.gql(query, variables, { bearer: world.tokens.operator });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { count: app.queries.length, data: res.data };
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
});
afterAll(() => app.close());

describe('batched relation loads', () => {
  it('runs as many statements for 100 members, projects and keys as for 10', async () => {
    const small = await orgWith(10, 'small');
    const large = await orgWith(100, 'large');
    const a = await statements(TREE, { id: small });
    const b = await statements(TREE, { id: large });
    const org = (b.data as { organization: { members: { nodes: unknown[] }; projects: { nodes: { apiKeys: { nodes: unknown[] } }[] } } })
      .organization;
    expect(org.members.nodes).toHaveLength(100);
    expect(org.projects.nodes).toHaveLength(100);
    expect(org.projects.nodes.every((p) => p.apiKeys.nodes.length === 2)).toBe(true);
    expect(b.count).toBe(a.count);
    // auth (2) + organization + members + users + projects + keys: a handful, not hundreds.
    expect(b.count).toBeLessThanOrEqual(8);
  });

  it('pages nested connections per parent, newest first, with a working cursor', async () => {
    const res = await app.gql<{
      organization: { projects: { nodes: { name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    }>(
      'query($id: ID!) { organization(id: $id) { projects(first: 1) { nodes { name } pageInfo { endCursor hasNextPage } } } }',
      { id: world.orgA.id },
      { bearer: world.tokens.admin },
    );
    const first = res.data!.organization.projects;
    expect(first.nodes.map((p) => p.name)).toEqual(['Project A2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql<{ organization: { projects: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } } }>(
      'query($id: ID!, $after: String) { organization(id: $id) { projects(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage } } } }',
      { id: world.orgA.id, after: first.pageInfo.endCursor },
      { bearer: world.tokens.admin },
    );
    expect(next.data!.organization.projects.nodes.map((p) => p.name)).toEqual(['Project A']);
    expect(next.data!.organization.projects.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps a list of organizations with nested pages constant too', async () => {
    const { count } = await statements(ORGS, {});
    expect(count).toBeLessThanOrEqual(6);
  });
});
