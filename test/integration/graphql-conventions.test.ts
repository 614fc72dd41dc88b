import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '500', BODY_LIMIT_BYTES: '20000' });
  world = await buildWorld(app.orm);
});
afterAll(() => app.close());

const auth = () => ({ bearer: world.tokens.admin });

describe('query limits', () => {
  it('refuses a query deeper than the limit before running it', async () => {
    const deep =
      '{ viewer { memberships { organization { projects(first: 1) { nodes { organization { projects(first: 1) { nodes { id } } } } } } } } }';
    const res = await app.gql(deep, {}, auth());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', max: 6 });
  });

  it('refuses too many aliases', async () => {
    const res = await app.gql(
      '{ a: viewer { platformRoles } b: viewer { platformRoles } c: viewer { platformRoles } d: viewer { platformRoles } }',
      {},
      auth(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
  });

  it('refuses a query whose estimated cost is too high, and allows a cheap one', async () => {
    const costly = '{ organizations(first: 100) { nodes { projects(first: 100) { nodes { id } } } } }';
    const res = await app.gql(costly, {}, auth());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    const cheap = await app.gql('{ organizations(first: 5) { nodes { projects(first: 5) { nodes { id } } } } }', {}, auth());
    expect(cheap.errors).toBeUndefined();
  });

  it('requires `first` between 1 and 100 on every connection', async () => {
    for (const first of [0, 101, -1]) {
      const res = await app.gql('query($f: Int!) { organizations(first: $f) { nodes { id } } }', { f: first }, auth());
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const missing = await app.gql('{ organizations { nodes { id } } }', {}, auth());
    expect(missing.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a forged cursor', async () => {
    const res = await app.gql('{ organizations(first: 5, after: "bm90LWEtY3Vyc29y") { nodes { id } } }', {}, auth());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site form post (text/plain) and a GET without a preflight header', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { platformRoles } }')}`);
    expect(get.status).toBe(400);
    const withHeader = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { platformRoles } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(withHeader.status).toBe(200);
  });
});

describe('bad input', () => {
  it('answers malformed JSON with BAD_REQUEST', async () => {
    const res = await app.post('{"query": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an oversized body with 413', async () => {
    const res = await app.post(JSON.stringify({ query: `{ viewer { platformRoles } } # ${'x'.repeat(30_000)}` }));
    expect(res.status).toBe(413);
  });

  it('names the field for unknown input fields, wrong types and oversized strings', async () => {
    const unknown = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgA.id, name: 'x', slug: 'x', colour: 'red' } },
      auth(),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i' });
    expect(unknown.errors?.[0]?.message).toContain('colour');
    const wrongType = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgA.id, name: 42, slug: 'x' } },
      auth(),
    );
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.name' });
    const long = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgA.id, name: 'n'.repeat(121), slug: 'long' } },
      auth(),
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('refuses an ID of the wrong kind, naming the field, and another tenant’s ID as NOT_FOUND', async () => {
    const wrongKind = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.projectA.id, name: 'x', slug: 'x' } },
      auth(),
    );
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    const otherTenant = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgB.id, name: 'x', slug: 'x' } },
      auth(),
    );
    expect(otherTenant.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const garbage = await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: 'not-an-id' }, auth());
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses duplicate slugs and emails with CONFLICT naming the field, and writes nothing', async () => {
    const dupSlug = await app.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: world.orgA.id, name: 'Again', slug: world.projectA.slug } },
      auth(),
    );
    expect(dupSlug.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    const dupEmail = await app.gql('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
      i: {
        email: world.users.member.email,
        name: 'Twin',
        password: 'Fresh-Password-93',
        organizationName: 'Twin',
        organizationSlug: `twin-${world.tag}`,
      },
    });
    expect(dupEmail.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const orgs = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from organizations where slug = ?', [`twin-${world.tag}`]);
    expect(Number(orgs[0]!.n)).toBe(0);
  });

  it('refuses a weak password with the reason', async () => {
    for (const password of ['short1!', 'aaaaaaaaaaaaaaaa', 'password12345', 'alllowercaseletters']) {
      const res = await app.gql('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
        i: {
          email: `weak-${world.tag}@test.example`,
          name: 'Weak',
          password,
          organizationName: 'Weak',
          organizationSlug: `weak-${world.tag}`,
        },
      });
      expect(res.errors?.[0]?.extensions, password).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
      expect(res.errors?.[0]?.message).toMatch(/^Weak password: /);
    }
  });

  it('refuses adding a member twice, and lets only an owner grant OWNER', async () => {
    const ADD = 'mutation($i: AddMemberInput!) { addMember(input: $i) { id } }';
    const twice = await app.gql(ADD, { i: { organizationId: world.orgA.id, email: world.users.member.email, role: 'VIEWER' } }, auth());
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const owner = await app.gql(ADD, { i: { organizationId: world.orgA.id, email: world.users.outsider.email, role: 'OWNER' } }, auth());
    expect(owner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await app.gql(
      ADD,
      { i: { organizationId: world.orgA.id, email: `nobody-${world.tag}@test.example`, role: 'MEMBER' } },
      auth(),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('keeps the last owner: demoting or removing them is a CONFLICT', async () => {
    const res = await app.gql<{ organization: { members: { nodes: { id: string; role: string; user: { id: string } }[] } } }>(
      'query($id: ID!) { organization(id: $id) { members(first: 20) { nodes { id role user { id } } } } }',
      { id: world.orgA.id },
      auth(),
    );
    const owner = res.data!.organization.members.nodes.find((m) => m.role === 'OWNER')!;
    const demote = await app.gql(
      'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
      { i: { membershipId: owner.id, role: 'ADMIN' } },
      { bearer: world.tokens.owner },
    );
    expect(demote.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const byAdmin = await app.gql('mutation($id: ID!) { removeMember(id: $id) }', { id: owner.id }, auth());
    expect(byAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('objects and errors', () => {
  it('resolves node(id:) to the typed object, and updates persist', async () => {
    await app.gql(
      'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
      { i: { id: world.projectA.id, description: 'persisted' } },
      auth(),
    );
    const res = await app.gql<{ node: { __typename: string; description: string } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on Project { description } } }',
      { id: world.projectA.id },
      auth(),
    );
    expect(res.data?.node).toEqual({ __typename: 'Project', description: 'persisted' });
  });

  it('shows an unexpected failure only as INTERNAL_SERVER_ERROR with the request id', async () => {
    const sql = (q: string) => app.orm.em.fork().getConnection().execute(q);
    await sql(
      `create function fail_update() returns trigger language plpgsql as $$ begin raise exception 'secret internal detail'; end $$`,
    );
    await sql('create trigger fail_update before update on projects for each row execute function fail_update()');
    try {
      const res = await app.post(
        JSON.stringify({
          query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
          variables: { i: { id: world.projectA2.id, description: 'x' } },
        }),
        { authorization: `Bearer ${world.tokens.admin}`, 'x-request-id': 'req-masked-1' },
      );
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-masked-1' });
      expect(body.errors[0]!.message).not.toMatch(/secret|trigger|update/i);
      expect(body.errors[0]!.message).toContain('req-masked-1');
    } finally {
      await sql('drop trigger fail_update on projects');
      await sql('drop function fail_update');
    }
  });
});
