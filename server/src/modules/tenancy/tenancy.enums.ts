import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  CUSTOMER = 'CUSTOMER',
  /** The capacity owner: its own work comes first. */
  INTERNAL = 'INTERNAL',
}

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

export enum MembershipRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  VIEWER = 'VIEWER',
  BILLING = 'BILLING',
}

export enum PlatformRole {
  OPERATOR = 'OPERATOR',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
}

/** What an API key may do; each scope grants a fixed set of permissions (auth/policy.ts). */
export enum ApiKeyScope {
  READ = 'READ',
  PROJECTS_WRITE = 'PROJECTS_WRITE',
  JOBS_WRITE = 'JOBS_WRITE',
  BILLING_READ = 'BILLING_READ',
  AUDIT_READ = 'AUDIT_READ',
  /** Sending usage events for every tenant: only for keys of the capacity owner's organization, created by an operator. */
  USAGE_INGEST = 'USAGE_INGEST',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });
