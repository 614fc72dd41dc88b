import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { startTestApp, type Credentials, type TestApp } from '../support/app';
import { buildWorld, TEST_PASSWORD, type PersonPersona, type World } from '../support/world';
import { schema } from '../../server/src/graphql/schema';
import { ApiKeyScope, MembershipRole } from '../../server/src/modules/tenancy/tenancy.enums';
import { createUser } from '../../server/src/modules/tenancy/user.service';
import { openSession } from '../../server/src/modules/tenancy/session.service';
import { Membership } from '../../server/src/modules/tenancy/membership.entity';
import { newId } from '../../server/src/lib/ids';

/**
 * Every query and mutation × every kind of caller. Organization A is the target; `outsider` is a
 * member of organization B only. An operation in the schema without an entry here fails the test.
 */
const PERSONAS = [
  'anonymous',
  'viewer',
  'member',
  'admin',
  'outsider',
  'keyWithScope',
  'keyWithoutScope',
  'operator',
  'accountManager',
] as const;
type Persona = (typeof PERSONAS)[number];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface Entry {
  /** Builds the request; may create what a destructive operation consumes. */
  request(
    fx: Fixtures,
  ): Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
  /** The scope the "with scope" key holds; without one, it holds every scope (and still must not pass). */
  scope?: ApiKeyScope;
  /** The operation ends the caller's session: run it with a fresh one. */
  endsSession?: boolean;
  expect: Record<Persona, Outcome>;
}

interface Fixtures {
  world: World;
  unique(): string;
  newUser(): Promise<{ id: string; email: string }>;
  newMembership(): Promise<string>;
  newApiKey(): Promise<string>;
}

const ALL_SCOPES = Object.values(ApiKeyScope);

/** Outcome rows, written out in persona order: anonymous, viewer, member, admin, outsider, key+, key-, operator, AM. */
function row(...outcomes: Outcome[]): Record<Persona, Outcome> {
  if (outcomes.length !== PERSONAS.length) throw new Error('a matrix row names every persona');
  return Object.fromEntries(PERSONAS.map((p, i) => [p, outcomes[i]])) as Record<Persona, Outcome>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';

// Read in organization A: members of A and platform staff; keys need READ.
const READ_IN_A = row(U, 'OK', 'OK', 'OK', N, 'OK', F, 'OK', 'OK');
// Admin-only change in A: keys have no scope for it, platform staff do not administer customers.
const ADMIN_IN_A = row(U, F, F, 'OK', N, F, F, F, F);
// Project changes in A: admins, and keys with PROJECTS_WRITE.
const PROJECT_WRITE_IN_A = row(U, F, F, 'OK', N, 'OK', F, F, F);
// Key management in A: members and admins; never a key.
const KEY_MANAGE_IN_A = row(U, F, 'OK', 'OK', N, F, F, F, F);
// People only (not keys), signed in.
const PEOPLE = row(U, 'OK', 'OK', 'OK', 'OK', F, F, 'OK', 'OK');
const EVERYONE = row('OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK');

const MATRIX: Record<string, Entry> = {
  // ---- queries
  viewer: { request: () => ({ query: '{ viewer { platformRoles } }' }), expect: EVERYONE },
  organizations: {
    request: () => ({ query: '{ organizations(first: 10) { nodes { id } } }' }),
    scope: ApiKeyScope.READ,
    expect: row(U, 'OK', 'OK', 'OK', 'OK', 'OK', F, 'OK', 'OK'),
  },
  organization: {
    request: ({ world }) => ({ query: 'query($id: ID!) { organization(id: $id) { id name } }', variables: { id: world.orgA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  project: {
    request: ({ world }) => ({ query: 'query($id: ID!) { project(id: $id) { id name } }', variables: { id: world.projectA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  node: {
    request: ({ world }) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: world.projectA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  auditEvents: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { auditEvents(first: 5, organizationId: $org) { nodes { id action } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.AUDIT_READ,
    expect: row(U, F, F, 'OK', N, 'OK', F, 'OK', F),
  },
  // ---- mutations
  signIn: {
    request: ({ world }) => ({
      query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }',
      variables: { e: world.users.member.email, p: TEST_PASSWORD },
    }),
    expect: EVERYONE,
  },
  signUp: {
    request: ({ unique }) => {
      const tag = unique();
      return {
        query: 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }',
        variables: {
          i: {
            email: `new-${tag}@test.example`,
            name: 'New',
            password: 'Fresh-Password-93',
            organizationName: `New ${tag}`,
            organizationSlug: `new-${tag}`,
          },
        },
      };
    },
    expect: EVERYONE,
  },
  signOut: { request: () => ({ query: 'mutation { signOut }' }), endsSession: true, expect: PEOPLE },
  changePassword: {
    request: () => ({
      query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      variables: { i: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
    }),
    expect: PEOPLE,
  },
  createOrganization: {
    request: ({ unique }) => ({
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      variables: { i: { name: 'Created', slug: `created-${unique()}` } },
    }),
    expect: row(U, F, F, F, F, F, F, 'OK', 'OK'),
  },
  updateOrganization: {
    request: ({ world }) => ({
      query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }',
      variables: { i: { id: world.orgA.id, name: world.orgA.name } },
    }),
    expect: ADMIN_IN_A,
  },
  setOrganizationStatus: {
    request: ({ world }) => ({
      query: 'mutation($i: SetOrganizationStatusInput!) { setOrganizationStatus(input: $i) { id status } }',
      variables: { i: { id: world.orgA.id, status: 'ACTIVE' } },
    }),
    expect: row(U, F, F, F, N, F, F, 'OK', F),
  },
  createProject: {
    request: ({ world, unique }) => ({
      query: 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      variables: { i: { organizationId: world.orgA.id, name: 'P', slug: `p-${unique()}` } },
    }),
    scope: ApiKeyScope.PROJECTS_WRITE,
    expect: PROJECT_WRITE_IN_A,
  },
  updateProject: {
    request: ({ world }) => ({
      query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
      variables: { i: { id: world.projectA.id, description: 'changed' } },
    }),
    scope: ApiKeyScope.PROJECTS_WRITE,
    expect: PROJECT_WRITE_IN_A,
  },
  addMember: {
    request: async ({ world, newUser }) => ({
      query: 'mutation($i: AddMemberInput!) { addMember(input: $i) { id } }',
      variables: { i: { organizationId: world.orgA.id, email: (await newUser()).email, role: 'MEMBER' } },
    }),
    expect: ADMIN_IN_A,
  },
  changeMemberRole: {
    request: async ({ newMembership }) => ({
      query: 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id role } }',
      variables: { i: { membershipId: await newMembership(), role: 'VIEWER' } },
    }),
    expect: ADMIN_IN_A,
  },
  removeMember: {
    request: async ({ newMembership }) => ({
      query: 'mutation($id: ID!) { removeMember(id: $id) }',
      variables: { id: await newMembership() },
    }),
    expect: ADMIN_IN_A,
  },
  createApiKey: {
    request: ({ world }) => ({
      query: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      variables: { i: { projectId: world.projectA.id, name: 'k', scopes: ['READ'] } },
    }),
    expect: KEY_MANAGE_IN_A,
  },
  revokeApiKey: {
    request: async ({ newApiKey }) => ({
      query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      variables: { id: await newApiKey() },
    }),
    expect: KEY_MANAGE_IN_A,
  },
};

let app: TestApp;
let world: World;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fixtures = {
    world,
    unique: () => randomBytes(4).toString('hex'),
    async newUser() {
      const em = app.orm.em.fork();
      const user = await createUser(em, { email: `u-${randomBytes(4).toString('hex')}@test.example`, name: 'U', password: TEST_PASSWORD });
      await em.flush();
      return { id: user.id, email: user.email };
    },
    async newMembership() {
      const { id } = await fixtures.newUser();
      const em = app.orm.em.fork();
      const membership = em.create(Membership, {
        id: newId('membership'),
        organization: world.orgA.id,
        user: id,
        role: MembershipRole.MEMBER,
      });
      await em.persist(membership).flush();
      return membership.id;
    },
    async newApiKey() {
      return (await world.apiKey([ApiKeyScope.READ])).id;
    },
  };
});
afterAll(() => app.close());

async function credentials(persona: Persona, entry: Entry): Promise<Credentials> {
  switch (persona) {
    case 'anonymous':
      return {};
    case 'keyWithScope':
      return { bearer: (await world.apiKey(entry.scope ? [entry.scope] : ALL_SCOPES)).secret };
    case 'keyWithoutScope':
      // A working key that lacks the scope: it holds every scope but the one this operation needs.
      return { bearer: (await world.apiKey(entry.scope ? ALL_SCOPES.filter((s) => s !== entry.scope) : [ApiKeyScope.READ])).secret };
    default: {
      const user = world.users[persona as PersonPersona];
      if (!entry.endsSession) return { bearer: world.tokens[persona as PersonPersona] };
      const em = app.orm.em.fork();
      const { token } = openSession(em, user, { ttlHours: 1 });
      await em.flush();
      return { bearer: token };
    }
  }
}

describe('authorization matrix', () => {
  it('has an entry for every query and mutation in the schema, and none for operations that do not exist', async () => {
    const s = await schema();
    const operations = [...Object.keys(s.getQueryType()!.getFields()), ...Object.keys(s.getMutationType()?.getFields() ?? {})].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  for (const [operation, entry] of Object.entries(MATRIX)) {
    it.each(PERSONAS)(`${operation} as %s`, async (persona) => {
      const request = await entry.request(fixtures);
      const result = await app.gql(request.query, request.variables ?? {}, await credentials(persona, entry));
      const outcome = result.errors?.length ? result.errors[0]!.extensions.code : 'OK';
      expect(outcome, JSON.stringify(result.errors ?? null)).toBe(entry.expect[persona]);
    });
  }
});
