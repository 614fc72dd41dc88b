import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection';
import { can } from '../../graphql/auth/policy';
import { forbidden } from '../../graphql/errors';
import { Project } from './project.entity';
import { Organization } from './organization.entity';
import { ApiKey } from './api-key.entity';
import { CreateProjectInput, UpdateProjectInput } from './tenancy.inputs';
import { createProject, updateProject } from './project.service';
import { findOrganization, findProject } from './tenancy.access';

export const ApiKeyConnection = ConnectionType(ApiKey);

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findProject(ctx, id, 'org:read');
  }

  @Mutation(() => Project)
  async createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, input.organizationId, 'project:write', 'input.organizationId');
    const project = await createProject(ctx.em, org, input);
    Object.assign(ctx.audit, { targetType: 'Project', targetId: project.id });
    return project;
  }

  @Mutation(() => Project)
  async updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context) {
    const project = await findProject(ctx, input.id, 'project:write', 'input.id');
    return updateProject(project, { name: input.name ?? undefined, description: input.description });
  }

  @FieldResolver(() => Organization)
  organization(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, project.organization.id);
  }

  @FieldResolver(() => ApiKeyConnection)
  apiKeys(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    if (!can(ctx.principal, project.organization.id, 'apikey:read')) throw forbidden('Missing permission apikey:read.');
    return ctx.loaders.page(ApiKey, 'project', project.id, args);
  }
}
