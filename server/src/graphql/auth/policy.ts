import { ApiKeyScope, MembershipRole, PlatformRole } from '../../modules/tenancy/tenancy.enums';
import type { Principal } from './principal';

/**
 * Authorization, in one place. A permission is held on one organization (through a membership
 * role, an API key's scopes, or a platform role that reaches every organization) or on the
 * platform itself. Resolvers ask `can…`; nothing else decides who may do what.
 */
export type OrgPermission =
  | 'org:read'
  | 'org:update'
  | 'project:write'
  | 'member:read'
  | 'member:manage'
  | 'apikey:read'
  | 'apikey:manage'
  | 'audit:read'
  | 'billing:read'
  /** The organization's contract: commercial and data terms, commitments, quotes. */
  | 'contract:read'
  /** GPU jobs, their events, placement explanations. */
  | 'jobs:read'
  | 'jobs:write'
  /** Usage reports and exports (GPU-seconds, tokens); not money. */
  | 'usage:read';

export type PlatformPermission =
  | 'platform:organizations:create'
  | 'platform:organizations:status'
  | 'platform:audit:read'
  | 'platform:users:read'
  /** Clusters, pools, floors and the capacity ledger. */
  | 'platform:inventory:read'
  | 'platform:inventory:write'
  /** Models and list prices. */
  | 'platform:catalog:write'
  /** Contracts, commitments, SLA policies and quotas of any organization. */
  | 'platform:contracts:write'
  /** Sending usage events for any organization (trusted data planes). */
  | 'platform:usage:ingest'
  /** Closing billing periods, voiding and re-issuing invoices. */
  | 'platform:billing:write';

// Owners and admins hold the same permissions; only an owner may touch the OWNER role (membership.service).
const ADMINISTER: readonly OrgPermission[] = [
  'org:read',
  'org:update',
  'project:write',
  'member:read',
  'member:manage',
  'apikey:read',
  'apikey:manage',
  'audit:read',
  'billing:read',
  'contract:read',
  'jobs:read',
  'jobs:write',
  'usage:read',
];

const ROLE_PERMISSIONS: Record<MembershipRole, readonly OrgPermission[]> = {
  OWNER: ADMINISTER,
  ADMIN: ADMINISTER,
  MEMBER: ['org:read', 'member:read', 'apikey:read', 'apikey:manage', 'jobs:read', 'jobs:write', 'usage:read'],
  VIEWER: ['org:read', 'member:read', 'apikey:read', 'jobs:read', 'usage:read'],
  BILLING: ['org:read', 'member:read', 'billing:read', 'contract:read', 'jobs:read', 'usage:read'],
};

/** What each API key scope grants. Keys never manage members or other keys. */
const SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly OrgPermission[]> = {
  READ: ['org:read', 'jobs:read', 'usage:read'],
  PROJECTS_WRITE: ['project:write'],
  JOBS_WRITE: ['jobs:read', 'jobs:write'],
  BILLING_READ: ['billing:read', 'usage:read'],
  AUDIT_READ: ['audit:read'],
  // Platform-wide, and only in the capacity owner's organization (SCOPE_PLATFORM_PERMISSIONS).
  USAGE_INGEST: [],
};

/**
 * What a scope grants on the platform: only keys of the capacity owner's (INTERNAL) organization,
 * which its trusted data planes use to report usage for every tenant.
 */
const SCOPE_PLATFORM_PERMISSIONS: Partial<Record<ApiKeyScope, readonly PlatformPermission[]>> = {
  USAGE_INGEST: ['platform:usage:ingest'],
};

/** What platform roles may do in any organization, and on the platform. */
const PLATFORM_ORG_PERMISSIONS: Record<PlatformRole, readonly OrgPermission[]> = {
  OPERATOR: ['org:read', 'member:read', 'apikey:read', 'audit:read', 'contract:read', 'jobs:read', 'usage:read'],
  ACCOUNT_MANAGER: ['org:read', 'member:read', 'billing:read', 'contract:read', 'jobs:read', 'usage:read'],
};

const PLATFORM_PERMISSIONS: Record<PlatformRole, readonly PlatformPermission[]> = {
  OPERATOR: [
    'platform:organizations:create',
    'platform:organizations:status',
    'platform:audit:read',
    'platform:users:read',
    'platform:inventory:read',
    'platform:inventory:write',
    'platform:catalog:write',
    'platform:contracts:write',
    'platform:usage:ingest',
  ],
  ACCOUNT_MANAGER: [
    'platform:organizations:create',
    'platform:users:read',
    'platform:inventory:read',
    'platform:contracts:write',
    'platform:billing:write',
  ],
};

/** Organizations the principal may see: 'all' for platform roles, else a list. */
export function visibleOrganizations(principal: Principal): 'all' | string[] {
  if (principal.kind === 'anonymous') return [];
  if (principal.kind === 'apiKey') return [principal.organizationId];
  if (principal.platformRoles.size > 0) return 'all';
  return [...principal.memberships.keys()];
}

/** True when the principal may know that the organization exists. */
export function canSee(principal: Principal, organizationId: string): boolean {
  const visible = visibleOrganizations(principal);
  return visible === 'all' || visible.includes(organizationId);
}

/** True when the principal holds the permission on the organization. */
export function can(principal: Principal, organizationId: string, permission: OrgPermission): boolean {
  switch (principal.kind) {
    case 'anonymous':
      return false;
    case 'apiKey':
      return (
        principal.organizationId === organizationId && [...principal.scopes].some((scope) => SCOPE_PERMISSIONS[scope].includes(permission))
      );
    case 'user': {
      const role = principal.memberships.get(organizationId);
      if (role && ROLE_PERMISSIONS[role].includes(permission)) return true;
      return [...principal.platformRoles].some((r) => PLATFORM_ORG_PERMISSIONS[r].includes(permission));
    }
  }
}

/** True when a platform role grants the permission in every organization (operators reading every tenant's jobs). */
export function canInEveryOrganization(principal: Principal, permission: OrgPermission): boolean {
  return principal.kind === 'user' && [...principal.platformRoles].some((r) => PLATFORM_ORG_PERMISSIONS[r].includes(permission));
}

/**
 * True when the principal holds a platform-wide permission: people through their platform roles;
 * API keys only through a platform scope, and only keys of the capacity owner's organization.
 */
export function canOnPlatform(principal: Principal, permission: PlatformPermission): boolean {
  if (principal.kind === 'apiKey') {
    return principal.internal && [...principal.scopes].some((scope) => SCOPE_PLATFORM_PERMISSIONS[scope]?.includes(permission));
  }
  return principal.kind === 'user' && [...principal.platformRoles].some((r) => PLATFORM_PERMISSIONS[r].includes(permission));
}

/** The project an API key is bound to; undefined for people (who see every project of their organizations). */
export function boundProject(principal: Principal): string | undefined {
  return principal.kind === 'apiKey' ? principal.projectId : undefined;
}

/**
 * The public catalog (regions, GPU types, models, list prices): every signed-in person, and API
 * keys with READ.
 */
export function canReadCatalog(principal: Principal): boolean {
  if (principal.kind === 'user') return true;
  return principal.kind === 'apiKey' && principal.scopes.has(ApiKeyScope.READ);
}
