import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createUser } from '../../server/src/modules/tenancy/user.service';
import { createOrganization } from '../../server/src/modules/tenancy/organization.service';
import { createProject } from '../../server/src/modules/tenancy/project.service';
import { createApiKey } from '../../server/src/modules/tenancy/api-key.service';
import { openSession } from '../../server/src/modules/tenancy/session.service';
import { Membership } from '../../server/src/modules/tenancy/membership.entity';
import { newId } from '../../server/src/lib/ids';
import { ApiKeyScope, MembershipRole, PlatformRole } from '../../server/src/modules/tenancy/tenancy.enums';
import type { Organization } from '../../server/src/modules/tenancy/organization.entity';
import { Project as ProjectEntity, type Project } from '../../server/src/modules/tenancy/project.entity';
import type { User } from '../../server/src/modules/tenancy/user.entity';

export const TEST_PASSWORD = 'Test-Password-4821';

export type PersonPersona = 'owner' | 'admin' | 'member' | 'viewer' | 'billing' | 'outsider' | 'operator' | 'accountManager';

export interface World {
  orgA: Organization;
  orgB: Organization;
  projectA: Project;
  projectA2: Project;
  projectB: Project;
  users: Record<PersonPersona, User>;
  /** Session bearer tokens per persona. */
  tokens: Record<PersonPersona, string>;
  /** A new API key on projectA with exactly these scopes. */
  apiKey(scopes: ApiKeyScope[], project?: Project): Promise<{ id: string; secret: string }>;
  /** A unique suffix for slugs and emails in this world. */
  tag: string;
}

/**
 * Two customer organizations with every role, a platform operator and an account manager, each
 * signed in. Organization A is the one under test; `outsider` belongs only to B.
 */
export async function buildWorld(orm: MikroORM): Promise<World> {
  const tag = randomBytes(3).toString('hex');
  const em = orm.em.fork();
  const person = (name: string, platformRoles: PlatformRole[] = []) =>
    createUser(em, { email: `${name}-${tag}@test.example`, name, password: TEST_PASSWORD, platformRoles });

  const users = {
    owner: await person('owner'),
    admin: await person('admin'),
    member: await person('member'),
    viewer: await person('viewer'),
    billing: await person('billing'),
    outsider: await person('outsider'),
    operator: await person('operator', [PlatformRole.OPERATOR]),
    accountManager: await person('am', [PlatformRole.ACCOUNT_MANAGER]),
  };
  const orgA = await createOrganization(em, { name: `Org A ${tag}`, slug: `org-a-${tag}`, owner: users.owner });
  const orgB = await createOrganization(em, { name: `Org B ${tag}`, slug: `org-b-${tag}`, owner: users.outsider });
  const join = (user: User, role: MembershipRole) =>
    em.persist(em.create(Membership, { id: newId('membership'), organization: orgA, user, role }));
  join(users.admin, MembershipRole.ADMIN);
  join(users.member, MembershipRole.MEMBER);
  join(users.viewer, MembershipRole.VIEWER);
  join(users.billing, MembershipRole.BILLING);
  const projectA = await createProject(em, orgA, { name: 'Project A', slug: 'project-a' });
  const projectA2 = await createProject(em, orgA, { name: 'Project A2', slug: 'project-a2' });
  const projectB = await createProject(em, orgB, { name: 'Project B', slug: 'project-b' });
  const tokens = Object.fromEntries(
    Object.entries(users).map(([persona, user]) => [persona, openSession(em, user, { ttlHours: 1 }).token]),
  ) as Record<PersonPersona, string>;
  await em.flush();

  return {
    orgA,
    orgB,
    projectA,
    projectA2,
    projectB,
    users,
    tokens,
    tag,
    async apiKey(scopes, project = projectA) {
      const fork = orm.em.fork();
      const target = await fork.findOneOrFail(ProjectEntity, project.id);
      const { apiKey, secret } = createApiKey(fork, { project: target, name: `key ${scopes.join(',')}`, scopes });
      await fork.flush();
      return { id: apiKey.id, secret };
    },
  };
}
