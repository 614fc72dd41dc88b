import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { Organization } from '../../modules/tenancy/organization.entity';
import { Membership } from '../../modules/tenancy/membership.entity';
import { createOrganization } from '../../modules/tenancy/organization.service';
import { createProject } from '../../modules/tenancy/project.service';
import { createUser } from '../../modules/tenancy/user.service';
import { MembershipRole, OrganizationKind, PlatformRole } from '../../modules/tenancy/tenancy.enums';
import type { User } from '../../modules/tenancy/user.entity';
import { seedFleet } from './fleet';
import { seedCatalog } from '../../modules/catalog/catalog.seed';
import { seedContracts } from './contracts';
import { seedJobs } from './jobs';
import { seedUsage } from './usage';
import type { SecretBox } from '../../lib/secret-box';

export const DEMO_PASSWORD = 'Demo-Password-2026';

/** The demo personas, printed at start so a person can sign in as each. */
export const DEMO_LOGINS = [
  { persona: 'operator', email: 'operator@headroom.local' },
  { persona: 'account manager', email: 'am@headroom.local' },
  { persona: 'customer admin (Acme AI)', email: 'admin@acme.example' },
  { persona: 'customer member (Acme AI)', email: 'member@acme.example' },
  { persona: 'customer admin (Globex Research)', email: 'admin@globex.example' },
] as const;

/**
 * The demo data: the capacity owner (INTERNAL), two customers with projects, a user for each
 * persona, the fleet, contracts and a few jobs. Runs once: does nothing when the owner organization exists. Returns whether it ran.
 */
export async function seedDemo(em: EntityManager, secrets: SecretBox): Promise<boolean> {
  if (await em.count(Organization, { slug: 'headroom' })) return false;
  await em.transactional(async (tx) => {
    const user = (email: string, name: string, platformRoles: PlatformRole[] = []) =>
      createUser(tx, { email, name, password: DEMO_PASSWORD, platformRoles });
    const join = (organization: Organization, member: User, role: MembershipRole) =>
      tx.persist(tx.create(Membership, { id: newId('membership'), organization, user: member, role }));

    const operator = await user('operator@headroom.local', 'Olga Operator', [PlatformRole.OPERATOR]);
    const accountManager = await user('am@headroom.local', 'Alex Account-Manager', [PlatformRole.ACCOUNT_MANAGER]);
    const acmeAdmin = await user('admin@acme.example', 'Ada Admin');
    const acmeMember = await user('member@acme.example', 'Max Member');
    const globexAdmin = await user('admin@globex.example', 'Grace Globex');

    const owner = await createOrganization(tx, {
      name: 'Headroom Compute',
      slug: 'headroom',
      kind: OrganizationKind.INTERNAL,
      owner: operator,
    });
    await createProject(tx, owner, {
      name: 'Research training',
      slug: 'research-training',
      description: 'The owner’s own training runs: they come first.',
    });
    await createProject(tx, owner, { name: 'Production inference', slug: 'prod-inference' });

    const acme = await createOrganization(tx, { name: 'Acme AI', slug: 'acme', owner: acmeAdmin });
    join(acme, acmeMember, MembershipRole.MEMBER);
    await createProject(tx, acme, { name: 'Foundation models', slug: 'foundation-models' });
    await createProject(tx, acme, { name: 'Fine-tuning', slug: 'fine-tuning' });

    const globex = await createOrganization(tx, { name: 'Globex Research', slug: 'globex', owner: globexAdmin });
    await createProject(tx, globex, { name: 'Protein folding', slug: 'protein-folding' });

    const fleet = await seedFleet(tx);
    await seedCatalog(tx, fleet);
    await seedContracts(tx, { enterprise: acme, accountManager, ...fleet });
    await tx.flush();
    await seedJobs(tx, secrets);
    await seedUsage(tx);
  });
  return true;
}
