import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { conflict, forbidden } from '../../graphql/errors';
import { Membership } from './membership.entity';
import { requireUserByEmail } from './user.service';
import { MembershipRole } from './tenancy.enums';
import type { Organization } from './organization.entity';

/** Only an OWNER may make someone an OWNER, or change or remove an OWNER. */
function assertMayTouchOwner(actorRole: MembershipRole | undefined, roles: (MembershipRole | undefined)[]): void {
  if (roles.includes(MembershipRole.OWNER) && actorRole !== MembershipRole.OWNER) {
    throw forbidden('Only an owner may grant, change or remove the OWNER role.');
  }
}

async function assertNotLastOwner(em: EntityManager, membership: Membership): Promise<void> {
  if (membership.role !== MembershipRole.OWNER) return;
  const owners = await em.count(Membership, { organization: membership.organization, role: MembershipRole.OWNER });
  if (owners <= 1) throw conflict('An organization keeps at least one owner.', { field: 'role' });
}

/** Adds an existing user to an organization with a role. */
export async function addMember(
  em: EntityManager,
  organization: Organization,
  props: { email: string; role: MembershipRole; actorRole: MembershipRole | undefined },
): Promise<Membership> {
  assertMayTouchOwner(props.actorRole, [props.role]);
  const user = await requireUserByEmail(em, props.email, 'input.email');
  if (await em.count(Membership, { organization, user })) {
    throw conflict(`${props.email} is already a member.`, { field: 'input.email' });
  }
  const membership = em.create(Membership, { id: newId('membership'), organization, user, role: props.role });
  em.persist(membership);
  return membership;
}

/** Changes a member's role; the last owner cannot be demoted. */
export async function changeMemberRole(
  em: EntityManager,
  membership: Membership,
  role: MembershipRole,
  actorRole: MembershipRole | undefined,
): Promise<Membership> {
  assertMayTouchOwner(actorRole, [membership.role, role]);
  if (role !== MembershipRole.OWNER) await assertNotLastOwner(em, membership);
  membership.role = role;
  return membership;
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(em: EntityManager, membership: Membership, actorRole: MembershipRole | undefined): Promise<void> {
  assertMayTouchOwner(actorRole, [membership.role]);
  await assertNotLastOwner(em, membership);
  em.remove(membership);
}
