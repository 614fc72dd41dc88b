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
import { ALL_SCOPES, PERSONAS, type Entry, type Fixtures, type Persona } from './matrix/matrix';
import { tenancyEntries } from './matrix/tenancy.entries';
import { inventoryEntries } from './matrix/inventory.entries';
import { catalogEntries } from './matrix/catalog.entries';
import { contractEntries } from './matrix/contracts.entries';
import { slaQuotaEntries } from './matrix/sla-quotas.entries';
import { quoteEntries } from './matrix/quote.entries';
import { jobEntries } from './matrix/jobs.entries';
import { billingEntries } from './matrix/billing.entries';

/** Every domain's entries; an operation may be listed once. */
const MATRIX: Record<string, Entry> = {};
for (const entries of [
  tenancyEntries,
  inventoryEntries,
  catalogEntries,
  contractEntries,
  slaQuotaEntries,
  quoteEntries,
  jobEntries,
  billingEntries,
]) {
  for (const [operation, entry] of Object.entries(entries)) {
    if (MATRIX[operation]) throw new Error(`${operation} is in the matrix twice`);
    MATRIX[operation] = entry;
  }
}
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
    em: () => app.orm.em.fork(),
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
