/**
 * What the console offers to whom. The server decides (and answers FORBIDDEN); these only keep
 * buttons away from people who cannot use them. They mirror the server's policy
 * (server/src/graphql/auth/policy.ts): keep the two in step.
 */

/** People who may create and revoke a project's API keys (`apikey:manage`). */
const KEY_MANAGERS: readonly string[] = ['OWNER', 'ADMIN', 'MEMBER'];

/** Members who may submit and cancel GPU jobs (`jobs:write`); viewers and billing members read them. */
const JOB_WRITERS: readonly string[] = ['OWNER', 'ADMIN', 'MEMBER'];

/** Members who may read invoices and spend (`billing:read`). */
const BILLING_READERS: readonly string[] = ['OWNER', 'ADMIN', 'BILLING'];

/** Members who may read an organization's audit trail (`audit:read`). */
const AUDIT_READERS: readonly string[] = ['OWNER', 'ADMIN'];

export function canManageApiKeys(role: string | null | undefined): boolean {
  return !!role && KEY_MANAGERS.includes(role);
}

/**
 * Owners, admins and members submit and cancel jobs. Platform staff read every tenant's jobs but
 * never act for a customer (operators have no `jobs:write`).
 */
export function canWriteJobs(role: string | null | undefined): boolean {
  return !!role && JOB_WRITERS.includes(role);
}

/** Owners and admins read their organization's audit log; operators read every organization's. */
export function canReadAuditLog(role: string | null | undefined, platformRoles: readonly string[]): boolean {
  return (!!role && AUDIT_READERS.includes(role)) || platformRoles.includes('OPERATOR');
}

/** Operators and account managers see the fleet and the capacity ledger. */
export function isPlatformStaff(platformRoles: readonly string[]): boolean {
  return platformRoles.includes('OPERATOR') || platformRoles.includes('ACCOUNT_MANAGER');
}

/** Only operators change the fleet (floors, health checks); account managers read it. */
export function canOperateFleet(platformRoles: readonly string[]): boolean {
  return platformRoles.includes('OPERATOR');
}

/** Owners, admins and billing members read invoices and spend; so do account managers, for every organization. */
export function canReadBilling(role: string | null | undefined, platformRoles: readonly string[]): boolean {
  return (!!role && BILLING_READERS.includes(role)) || platformRoles.includes('ACCOUNT_MANAGER');
}

/** Account managers correct finalized invoices (void and re-issue) and close months by hand. */
export function canCorrectInvoices(platformRoles: readonly string[]): boolean {
  return platformRoles.includes('ACCOUNT_MANAGER');
}

/** Members who read their organization's contract and its commercial terms (`contract:read`). */
const CONTRACT_READERS: readonly string[] = ['OWNER', 'ADMIN', 'BILLING'];

/** Owners, admins and billing members read their contract; platform staff read every one. */
export function canReadContracts(role: string | null | undefined, platformRoles: readonly string[]): boolean {
  return (!!role && CONTRACT_READERS.includes(role)) || isPlatformStaff(platformRoles);
}

/** Account managers and operators draft, activate, amend and terminate contracts and set quotas. */
export function canEditContracts(platformRoles: readonly string[]): boolean {
  return isPlatformStaff(platformRoles);
}
