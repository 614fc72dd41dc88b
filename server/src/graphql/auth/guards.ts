import { forbidden, notFound, unauthenticated } from '../errors';
import type { Context } from '../context';
import { can, canOnPlatform, canReadCatalog, canSee, type OrgPermission, type PlatformPermission } from './policy';

/** Throws UNAUTHENTICATED for anonymous callers. */
export function requireSignedIn(ctx: Context): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
}

/**
 * Checks a permission on an organization and names it in the audit event. An organization the
 * caller may not see is NOT_FOUND (never FORBIDDEN: that would confirm it exists).
 */
export function requireOrg(
  ctx: Context,
  organizationId: string,
  permission: OrgPermission,
  what = 'Organization',
  id = organizationId,
): void {
  requireSignedIn(ctx);
  ctx.audit.organizationId ??= organizationId;
  if (!canSee(ctx.principal, organizationId)) throw notFound(what, id);
  if (!can(ctx.principal, organizationId, permission)) throw forbidden(`Missing permission ${permission}.`);
}

/** Checks a platform-wide permission (operators, account managers). */
export function requirePlatform(ctx: Context, permission: PlatformPermission): void {
  requireSignedIn(ctx);
  if (!canOnPlatform(ctx.principal, permission)) throw forbidden(`Missing permission ${permission}.`);
}

/** Checks the caller may read the public catalog (regions, GPU types, models, prices). */
export function requireCatalogReader(ctx: Context): void {
  requireSignedIn(ctx);
  if (!canReadCatalog(ctx.principal)) throw forbidden('Reading the catalog needs the READ scope.');
}
