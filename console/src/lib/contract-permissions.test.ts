import { describe, expect, it } from 'vitest';
import { canEditContracts, canReadContracts } from './permissions';
import { contractPath, contractTermsPath, newContractPath, organizationContractsPath, quotePath } from './paths';

describe('contract permissions and paths', () => {
  it('shows contracts to owners, admins, billing members and platform staff only', () => {
    expect(['OWNER', 'ADMIN', 'BILLING'].map((r) => canReadContracts(r, []))).toEqual([true, true, true]);
    expect(['MEMBER', 'VIEWER', null].map((r) => canReadContracts(r, []))).toEqual([false, false, false]);
    expect(canReadContracts(null, ['ACCOUNT_MANAGER'])).toBe(true);
    expect(canReadContracts(null, ['OPERATOR'])).toBe(true);
  });

  it('lets account managers and operators edit contracts, never customers', () => {
    expect(canEditContracts(['ACCOUNT_MANAGER'])).toBe(true);
    expect(canEditContracts(['OPERATOR'])).toBe(true);
    expect(canEditContracts([])).toBe(false);
  });

  it('links every contract page', () => {
    expect(organizationContractsPath('org_1')).toBe('/orgs/org_1/contracts');
    expect(newContractPath('org_1')).toBe('/orgs/org_1/contracts/new');
    expect(contractPath('contract_1')).toBe('/contracts/contract_1');
    expect(contractTermsPath('contract_1')).toBe('/contracts/contract_1/terms');
    expect(quotePath('org_1')).toBe('/quote?org=org_1');
    expect(quotePath()).toBe('/quote');
  });
});
