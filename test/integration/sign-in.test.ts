import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, TEST_PASSWORD, type World } from '../support/world';

const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { token expiresAt user { id email } } }';
const VIEWER = '{ viewer { user { id } memberships { role organization { id } } } }';

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp({ SIGNIN_FREE_FAILURES: '3' });
  world = await buildWorld(app.orm);
});
afterAll(() => app.close());

describe('signing in', () => {
  it('sets an HTTP-only session cookie and returns a bearer token; both identify the user', async () => {
    const res = await app.post(
      JSON.stringify({ query: SIGN_IN, variables: { email: world.users.member.email.toUpperCase(), password: TEST_PASSWORD } }),
    );
    const body = (await res.json()) as { data: { signIn: { token: string; user: { id: string } } } };
    expect(body.data.signIn.user.id).toBe(world.users.member.id);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hr_session=hrs_[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Expires=/);

    const byCookie = await app.gql<{ viewer: { user: { id: string } } }>(VIEWER, {}, { cookie: cookie.split(';')[0] });
    expect(byCookie.data?.viewer.user.id).toBe(world.users.member.id);
    const byBearer = await app.gql<{ viewer: { user: { id: string } } }>(VIEWER, {}, { bearer: body.data.signIn.token });
    expect(byBearer.data?.viewer.user.id).toBe(world.users.member.id);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await app.gql(SIGN_IN, { email: world.users.viewer.email, password: 'not-the-password-1' });
    const unknown = await app.gql(SIGN_IN, { email: `nobody-${world.tag}@test.example`, password: 'whatever-it-is-1' });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('slows down repeated failures for an email, then refuses even the right password until the wait is over', async () => {
    const email = world.users.billing.email;
    for (let i = 0; i < 3; i++) {
      const failed = await app.gql(SIGN_IN, { email, password: `wrong-password-${i}` });
      expect(failed.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    await app.gql(SIGN_IN, { email, password: 'wrong-password-4' });
    const blocked = await app.gql(SIGN_IN, { email, password: TEST_PASSWORD });
    expect(blocked.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions['retryAfterSeconds']).toBeGreaterThan(0);
    // Another email is not affected.
    const other = await app.gql(SIGN_IN, { email: world.users.viewer.email, password: TEST_PASSWORD });
    expect(other.errors).toBeUndefined();
  });

  it('blocks an address that fails too often across many emails', async () => {
    const strict = await startTestApp({ SIGNIN_IP_FAILURES: '3' });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await strict.gql(SIGN_IN, { email: `probe-${i}@test.example`, password: 'wrong-password-0' });
        expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      }
      const blocked = await strict.gql(SIGN_IN, { email: 'probe-new@test.example', password: 'wrong-password-0' });
      expect(blocked.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.extensions['retryAfterSeconds']).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });

  it('signs out: the token is refused on its next request', async () => {
    const signed = await app.gql<{ signIn: { token: string } }>(SIGN_IN, { email: world.users.admin.email, password: TEST_PASSWORD });
    const token = signed.data!.signIn.token;
    const out = await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, { bearer: token });
    expect(out.data?.signOut).toBe(true);
    const after = await app.gql(VIEWER, {}, { bearer: token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('treats an expired session as signed out', async () => {
    const signed = await app.gql<{ signIn: { token: string } }>(SIGN_IN, { email: world.users.owner.email, password: TEST_PASSWORD });
    const token = signed.data!.signIn.token;
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update sessions set expires_at = now() - interval '1 second' where user_id = ?`, [world.users.owner.id]);
    const viaBearer = await app.gql(VIEWER, {}, { bearer: token });
    expect(viaBearer.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const viaCookie = await app.gql<{ viewer: unknown }>(VIEWER, {}, { cookie: `hr_session=${token}` });
    expect(viaCookie.data?.viewer).toBeNull();
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const res = await app.gql(VIEWER, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password only with the current one, and never to a weak one', async () => {
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    const wrong = await app.gql(
      CHANGE,
      { i: { currentPassword: 'not-it-at-all-1', newPassword: 'Brand-New-Pass-77' } },
      { bearer: world.tokens.viewer },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
    const weak = await app.gql(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }, { bearer: world.tokens.viewer });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });
    const ok = await app.gql(
      CHANGE,
      { i: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-New-Pass-77' } },
      { bearer: world.tokens.viewer },
    );
    expect(ok.errors).toBeUndefined();
    const old = await app.gql(SIGN_IN, { email: world.users.viewer.email, password: TEST_PASSWORD });
    expect(old.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const fresh = await app.gql(SIGN_IN, { email: world.users.viewer.email, password: 'Brand-New-Pass-77' });
    expect(fresh.errors).toBeUndefined();
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ password_hash: string }[]>('select password_hash from users where id = ?', [world.users.member.id]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });
});
