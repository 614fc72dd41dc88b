import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';
import { AddMemberInput, ChangeMemberRoleInput } from './tenancy.inputs';
import { addMember, changeMemberRole, removeMember } from './membership.service';
import { findMembership, findOrganization, roleIn } from './tenancy.access';

@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => Membership, { description: 'Adds an existing user to the organization.' })
  async addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, input.organizationId, 'member:manage', 'input.organizationId');
    const membership = await addMember(ctx.em, org, { email: input.email, role: input.role, actorRole: roleIn(ctx, org.id) });
    Object.assign(ctx.audit, { targetType: 'Membership', targetId: membership.id, details: { role: input.role } });
    return membership;
  }

  @Mutation(() => Membership)
  async changeMemberRole(@Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() ctx: Context) {
    const membership = await findMembership(ctx, input.membershipId, 'member:manage', 'input.membershipId');
    ctx.audit.details = { from: membership.role, to: input.role };
    return changeMemberRole(ctx.em, membership, input.role, roleIn(ctx, membership.organization.id));
  }

  @Mutation(() => ID, { description: 'Removes a member; returns the removed membership ID.' })
  async removeMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const membership = await findMembership(ctx, id, 'member:manage');
    await removeMember(ctx.em, membership, roleIn(ctx, membership.organization.id));
    return id;
  }

  @FieldResolver(() => User)
  user(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.require(User, membership.user.id);
  }

  @FieldResolver(() => Organization)
  organization(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, membership.organization.id);
  }
}
