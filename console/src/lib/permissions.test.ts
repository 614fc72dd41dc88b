import { describe, expect, it } from 'vitest';
import { canManageApiKeys, canOperateFleet, canReadAuditLog, canWriteJobs, isPlatformStaff } from './permissions';

describe('permissions', () => {
  it('lets owners, admins and members manage API keys; viewers, billing and non-members only read', () => {
    expect(['OWNER', 'ADMIN', 'MEMBER'].map(canManageApiKeys)).toEqual([true, true, true]);
    expect(['VIEWER', 'BILLING', null, undefined].map(canManageApiKeys)).toEqual([false, false, false, false]);
  });

  it('shows the audit log to owners, admins and operators only', () => {
    expect(canReadAuditLog('OWNER', [])).toBe(true);
    expect(canReadAuditLog('ADMIN', [])).toBe(true);
    expect(canReadAuditLog('MEMBER', [])).toBe(false);
    expect(canReadAuditLog(null, ['OPERATOR'])).toBe(true);
    expect(canReadAuditLog(null, ['ACCOUNT_MANAGER'])).toBe(false);
  });

  it('lets owners, admins and members submit and cancel jobs; viewers, billing and staff only read them', () => {
    expect(['OWNER', 'ADMIN', 'MEMBER'].map(canWriteJobs)).toEqual([true, true, true]);
    expect(['VIEWER', 'BILLING', null, undefined].map(canWriteJobs)).toEqual([false, false, false, false]);
  });

  it('separates platform staff who read the fleet from operators who change it', () => {
    expect(isPlatformStaff(['ACCOUNT_MANAGER'])).toBe(true);
    expect(isPlatformStaff([])).toBe(false);
    expect(canOperateFleet(['ACCOUNT_MANAGER'])).toBe(false);
    expect(canOperateFleet(['OPERATOR'])).toBe(true);
  });
});
