import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { conflict } from '../../graphql/errors';
import { paginate, type ConnectionArgs } from '../../graphql/connection';
import { Organization } from './organization.entity';
import { Membership } from './membership.entity';
import type { User } from './user.entity';
import { MembershipRole, OrganizationKind, OrganizationStatus } from './tenancy.enums';

export interface CreateOrganizationProps {
  name: string;
  slug: string;
  kind?: OrganizationKind;
  /** Becomes its OWNER. */
  owner?: User | null;
}

/** Creates an organization (and its owner's membership), refusing a slug already taken. */
export async function createOrganization(em: EntityManager, props: CreateOrganizationProps): Promise<Organization> {
  await assertSlugFree(em, props.slug);
  if (props.kind === OrganizationKind.INTERNAL && (await em.count(Organization, { kind: OrganizationKind.INTERNAL })) > 0) {
    throw conflict('There is already an INTERNAL organization: the capacity owner is one organization.', { field: 'input.kind' });
  }
  const org = em.create(Organization, {
    id: newId('organization'),
    name: props.name,
    slug: props.slug,
    kind: props.kind ?? OrganizationKind.CUSTOMER,
    status: OrganizationStatus.ACTIVE,
  });
  em.persist(org);
  if (props.owner) {
    em.persist(em.create(Membership, { id: newId('membership'), organization: org, user: props.owner, role: MembershipRole.OWNER }));
  }
  return org;
}

async function assertSlugFree(em: EntityManager, slug: string): Promise<void> {
  if (await em.count(Organization, { slug })) throw conflict(`The slug "${slug}" is taken.`, { field: 'input.slug' });
}

/** Organizations the caller sees ('all' for platform roles), newest first. */
export function listOrganizations(em: EntityManager, visible: 'all' | string[], args: ConnectionArgs) {
  return paginate(em, Organization, visible === 'all' ? {} : { id: { $in: visible } }, args);
}
