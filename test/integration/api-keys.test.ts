import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';

const CREATE =
  'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix scopes status expiresAt lastUsedAt } } }';
const PROJECT = 'query($id: ID!) { project(id: $id) { id name } }';

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
});
afterAll(() => app.close());

async function create(input: Record<string, unknown>) {
  const res = await app.gql<{
    createApiKey: { secret: string; apiKey: { id: string; prefix: string; status: string; lastUsedAt: string | null } };
  }>(CREATE, { i: { projectId: world.projectA.id, name: 'ci', scopes: ['READ'], ...input } }, { bearer: world.tokens.member });
  expect(res.errors).toBeUndefined();
  return res.data!.createApiKey;
}

describe('API keys', () => {
  it('shows the secret once and stores only its prefix and a hash', async () => {
    const { secret, apiKey } = await create({});
    expect(secret).toMatch(new RegExp(`^hrk_${apiKey.prefix}\\.[A-Za-z0-9_-]{43}$`));
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ prefix: string; secret_hash: string }[]>('select * from api_keys where id = ?', [apiKey.id]);
    expect(row!.prefix).toBe(apiKey.prefix);
    expect(row!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.split('.')[1]);
    // The key is never readable again.
    const listed = await app.gql<{ project: { apiKeys: { nodes: Record<string, unknown>[] } } }>(
      'query($id: ID!) { project(id: $id) { apiKeys(first: 100) { nodes { id prefix name } } } }',
      { id: world.projectA.id },
      { bearer: world.tokens.admin },
    );
    expect(JSON.stringify(listed.data)).not.toContain(secret.split('.')[1]);
  });

  it('authenticates as the project, records last use, and is refused after revocation', async () => {
    const { secret, apiKey } = await create({});
    const used = await app.gql<{ project: { id: string } }>(PROJECT, { id: world.projectA.id }, { bearer: secret });
    expect(used.data?.project.id).toBe(world.projectA.id);
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ used: boolean }[]>("select last_used_at > now() - interval '1 minute' as used from api_keys where id = ?", [apiKey.id]);
    expect(row!.used).toBe(true);

    const revoked = await app.gql<{ revokeApiKey: { status: string } }>(
      'mutation($id: ID!) { revokeApiKey(id: $id) { status } }',
      { id: apiKey.id },
      { bearer: world.tokens.admin },
    );
    expect(revoked.data?.revokeApiKey.status).toBe('REVOKED');
    const after = await app.gql(PROJECT, { id: world.projectA.id }, { bearer: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const again = await app.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, { bearer: world.tokens.admin });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('is refused once expired', async () => {
    const { secret, apiKey } = await create({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await app.gql(PROJECT, { id: world.projectA.id }, { bearer: secret })).errors).toBeUndefined();
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update api_keys set expires_at = now() - interval '1 second' where id = ?`, [apiKey.id]);
    const after = await app.gql(PROJECT, { id: world.projectA.id }, { bearer: secret });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry in the past, naming the field', async () => {
    const res = await app.gql(
      CREATE,
      { i: { projectId: world.projectA.id, name: 'x', scopes: ['READ'], expiresAt: '2001-01-01T00:00:00Z' } },
      { bearer: world.tokens.member },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
  });

  it('sees only its own project: another project of the same organization is NOT_FOUND', async () => {
    const { secret } = await create({});
    const other = await app.gql(PROJECT, { id: world.projectA2.id }, { bearer: secret });
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const list = await app.gql<{ organization: { projects: { nodes: { id: string }[] } } }>(
      'query($id: ID!) { organization(id: $id) { projects(first: 10) { nodes { id } } } }',
      { id: world.orgA.id },
      { bearer: secret },
    );
    expect(list.data?.organization.projects.nodes.map((p) => p.id)).toEqual([world.projectA.id]);
  });

  it('refuses a malformed or unknown bearer credential outright', async () => {
    for (const bearer of ['hrk_nothing', 'hrk_aaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'garbage']) {
      const res = await app.gql(PROJECT, { id: world.projectA.id }, { bearer });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('stops working when its organization is suspended', async () => {
    const { secret } = await create({});
    const suspended = await app.gql(
      'mutation($i: SetOrganizationStatusInput!) { setOrganizationStatus(input: $i) { id status } }',
      { i: { id: world.orgA.id, status: 'SUSPENDED' } },
      { bearer: world.tokens.operator },
    );
    expect(suspended.errors, JSON.stringify(suspended.errors)).toBeUndefined();
    try {
      const res = await app.gql(PROJECT, { id: world.projectA.id }, { bearer: secret });
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      // Members lose access too.
      const member = await app.gql(PROJECT, { id: world.projectA.id }, { bearer: world.tokens.member });
      expect(member.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    } finally {
      await app.gql(
        'mutation($i: SetOrganizationStatusInput!) { setOrganizationStatus(input: $i) { id } }',
        { i: { id: world.orgA.id, status: 'ACTIVE' } },
        { bearer: world.tokens.operator },
      );
    }
  });
});
