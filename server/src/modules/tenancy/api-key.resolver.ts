import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ApiKey } from './api-key.entity';
import { Project } from './project.entity';
import { CreateApiKeyInput } from './tenancy.inputs';
import { CreateApiKeyPayload } from './tenancy.payloads';
import { createApiKey, revokeApiKey } from './api-key.service';
import { findApiKey, findProject } from './tenancy.access';
import { ApiKeyStatus, apiKeyStatus } from './api-key.status';
import { Organization } from './organization.entity';
import { ApiKeyScope, OrganizationKind } from './tenancy.enums';
import { badInput, forbidden } from '../../graphql/errors';
import { canOnPlatform } from '../../graphql/auth/policy';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyPayload, { description: 'A new key for a project. The secret is in this answer only.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    const project = await findProject(ctx, input.projectId, 'apikey:manage', 'input.projectId');
    if (input.scopes.includes(ApiKeyScope.USAGE_INGEST)) {
      const organization = await ctx.loaders.require(Organization, project.organization.id);
      if (organization.kind !== OrganizationKind.INTERNAL) {
        throw badInput('input.scopes', 'USAGE_INGEST is only for keys of the capacity owner’s organization: its data planes report usage.');
      }
      if (!canOnPlatform(ctx.principal, 'platform:usage:ingest')) throw forbidden('Only an operator may create a USAGE_INGEST key.');
    }
    // No API key scope grants apikey:manage, so the caller here is a person.
    const createdBy = ctx.principal.kind === 'user' ? ctx.principal.user : null;
    const created = createApiKey(ctx.em, { project, name: input.name, scopes: input.scopes, expiresAt: input.expiresAt, createdBy });
    Object.assign(ctx.audit, { targetType: 'ApiKey', targetId: created.apiKey.id, details: { scopes: input.scopes } });
    return created;
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key: its next request is refused.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const apiKey = await findApiKey(ctx, id, 'apikey:manage');
    revokeApiKey(apiKey);
    return apiKey;
  }

  @FieldResolver(() => Project)
  project(@Root() apiKey: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.require(Project, apiKey.project.id);
  }

  @FieldResolver(() => ApiKeyStatus)
  status(@Root() apiKey: ApiKey) {
    return apiKeyStatus(apiKey);
  }
}
