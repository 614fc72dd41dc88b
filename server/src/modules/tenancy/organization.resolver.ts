import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection';
import { requirePlatform, requireSignedIn } from '../../graphql/auth/guards';
import { boundProject, can, visibleOrganizations } from '../../graphql/auth/policy';
import { forbidden } from '../../graphql/errors';
import { Organization } from './organization.entity';
import { Project } from './project.entity';
import { Membership } from './membership.entity';
import { CreateOrganizationInput, SetOrganizationStatusInput, UpdateOrganizationInput } from './tenancy.inputs';
import { createOrganization, listOrganizations } from './organization.service';
import { requireUserByEmail } from './user.service';
import { findOrganization, roleIn } from './tenancy.access';
import { MembershipRole, OrganizationKind } from './tenancy.enums';

export const OrganizationConnection = ConnectionType(Organization);
export const ProjectConnection = ConnectionType(Project);
export const MembershipConnection = ConnectionType(Membership);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations you belong to (operators and account managers: all).' })
  organizations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    requireSignedIn(ctx);
    const visible = visibleOrganizations(ctx.principal);
    // A key sees its own organization only with READ; people see every organization they belong to.
    const readable = visible === 'all' ? visible : visible.filter((id) => can(ctx.principal, id, 'org:read'));
    if (ctx.principal.kind === 'apiKey' && readable.length === 0) throw forbidden('Missing permission org:read.');
    return listOrganizations(ctx.em, readable, args);
  }

  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findOrganization(ctx, id, 'org:read');
  }

  @Mutation(() => Organization, { description: 'Operators and account managers: a new organization, optionally with an owner.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:organizations:create');
    if (input.kind === OrganizationKind.INTERNAL) requirePlatform(ctx, 'platform:organizations:status');
    const owner = input.ownerEmail ? await requireUserByEmail(ctx.em, input.ownerEmail, 'input.ownerEmail') : null;
    const org = await createOrganization(ctx.em, { name: input.name, slug: input.slug, kind: input.kind, owner });
    Object.assign(ctx.audit, { organizationId: org.id, targetType: 'Organization', targetId: org.id });
    return org;
  }

  @Mutation(() => Organization)
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, input.id, 'org:update', 'input.id');
    org.name = input.name;
    return org;
  }

  @Mutation(() => Organization, {
    description: 'Operators: suspend or reactivate an organization. Suspended members and keys lose access.',
  })
  async setOrganizationStatus(@Arg('input', () => SetOrganizationStatusInput) input: SetOrganizationStatusInput, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, input.id, 'org:read', 'input.id');
    requirePlatform(ctx, 'platform:organizations:status');
    org.status = input.status;
    return org;
  }

  @FieldResolver(() => ProjectConnection)
  projects(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    const bound = boundProject(ctx.principal);
    return ctx.loaders.page(Project, 'organization', org.id, args, bound ? { property: 'id', value: bound } : undefined);
  }

  @FieldResolver(() => MembershipConnection)
  members(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    if (!can(ctx.principal, org.id, 'member:read')) throw forbidden('Missing permission member:read.');
    return ctx.loaders.page(Membership, 'organization', org.id, args);
  }

  @FieldResolver(() => MembershipRole, { nullable: true, description: 'Your role here, if you are a member.' })
  viewerRole(@Root() org: Organization, @Ctx() ctx: Context) {
    return roleIn(ctx, org.id) ?? null;
  }
}
