import type { EntityClass } from '@mikro-orm/core';
import { ID_PREFIXES, isIdOf, type IdKind } from '../../lib/ids';
import { badInput, notFound } from '../../graphql/errors';
import { requireOrg, requireSignedIn } from '../../graphql/auth/guards';
import { boundProject, type OrgPermission } from '../../graphql/auth/policy';
import type { Context } from '../../graphql/context';
import { Organization } from './organization.entity';
import { Project } from './project.entity';
import { Membership } from './membership.entity';
import { ApiKey } from './api-key.entity';

/** Refuses an ID that is not of the expected kind, naming the argument it came in. */
export function assertIdOf(kind: IdKind, id: string, field: string): void {
  if (!isIdOf(kind, id)) throw badInput(field, `Expected an ID like ${ID_PREFIXES[kind]}_…, got "${id.slice(0, 60)}".`);
}

interface Scoped {
  id: string;
}

/**
 * Loads a tenant-owned row the caller may act on: a wrong-kind ID is BAD_USER_INPUT, a row in
 * an organization the caller cannot see is NOT_FOUND, a visible one without the permission is
 * FORBIDDEN. Every tenant-owned lookup goes through here.
 */
export async function findScoped<T extends Scoped>(
  ctx: Context,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string; orgOf: (row: T) => string; projectOf?: (row: T) => string },
  id: string,
  permission: OrgPermission,
  field: string,
): Promise<T> {
  requireSignedIn(ctx);
  assertIdOf(spec.kind, id, field);
  const row = await ctx.loaders.load(spec.entity, id);
  if (!row) {
    ctx.audit.targetType ??= spec.label;
    ctx.audit.targetId ??= id;
    throw notFound(spec.label, id);
  }
  authorizeScoped(ctx, spec.label, id, { organizationId: spec.orgOf(row), projectId: spec.projectOf?.(row) }, permission);
  return row;
}

/** findScoped's rule for a row whose organization (and project, if it has one) is known. */
function authorizeScoped(
  ctx: Context,
  label: string,
  id: string,
  owner: { organizationId: string; projectId?: string },
  permission: OrgPermission,
): void {
  ctx.audit.targetType ??= label;
  ctx.audit.targetId ??= id;
  requireOrg(ctx, owner.organizationId, permission, label, id);
  const bound = boundProject(ctx.principal);
  if (bound && owner.projectId !== undefined && owner.projectId !== bound) throw notFound(label, id);
}

export const findOrganization = (ctx: Context, id: string, permission: OrgPermission, field = 'id') =>
  findScoped(ctx, { entity: Organization, kind: 'organization', label: 'Organization', orgOf: (o) => o.id }, id, permission, field);

export const findProject = (ctx: Context, id: string, permission: OrgPermission, field = 'id') =>
  findScoped(
    ctx,
    { entity: Project, kind: 'project', label: 'Project', orgOf: (p) => p.organization.id, projectOf: (p) => p.id },
    id,
    permission,
    field,
  );

/**
 * The project a caller acts in, and its organization, under the same rules as `findProject`. An
 * API key names its own project's organization already, so acting in that project costs no query
 * (submitting a job is the API's hot path); any other project is loaded and checked.
 */
export async function projectScope(
  ctx: Context,
  id: string,
  permission: OrgPermission,
  field = 'id',
): Promise<{ projectId: string; organizationId: string }> {
  const p = ctx.principal;
  if (p.kind === 'apiKey' && p.projectId === id) {
    authorizeScoped(ctx, 'Project', id, { organizationId: p.organizationId, projectId: id }, permission);
    return { projectId: id, organizationId: p.organizationId };
  }
  const project = await findProject(ctx, id, permission, field);
  return { projectId: project.id, organizationId: project.organization.id };
}

export const findMembership = (ctx: Context, id: string, permission: OrgPermission, field = 'id') =>
  findScoped(ctx, { entity: Membership, kind: 'membership', label: 'Membership', orgOf: (m) => m.organization.id }, id, permission, field);

export const findApiKey = (ctx: Context, id: string, permission: OrgPermission, field = 'id') =>
  findScoped(
    ctx,
    { entity: ApiKey, kind: 'apiKey', label: 'ApiKey', orgOf: (k) => k.organization.id, projectOf: (k) => k.project.id },
    id,
    permission,
    field,
  );

/** The caller's membership role in an organization, if a person with one. */
export function roleIn(ctx: Context, organizationId: string) {
  return ctx.principal.kind === 'user' ? ctx.principal.memberships.get(organizationId) : undefined;
}
