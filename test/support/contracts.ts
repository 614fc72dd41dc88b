import type { EntityManager } from '@mikro-orm/postgresql';
import { createContract } from '../../server/src/modules/contracts/contract.service';
import { DEFAULT_TERMS, type ContractTerms } from '../../server/src/modules/contracts/contract-terms';
import { ContractStatus } from '../../server/src/modules/contracts/contracts.enums';
import { Organization } from '../../server/src/modules/tenancy/organization.entity';
import type { Contract } from '../../server/src/modules/contracts/contract.entity';

let year = 2100;

/**
 * A contract for an organization, flushed. Each call gets its own future year unless dates are
 * given, so several ACTIVE ones never overlap. `status: ACTIVE` is set directly (no reservations).
 */
export async function makeContract(
  em: EntityManager,
  organizationId: string,
  options: { status?: ContractStatus; terms?: ContractTerms; startsAt?: Date; endsAt?: Date } = {},
): Promise<Contract> {
  const y = year++;
  const contract = createContract(em, {
    organization: await em.findOneOrFail(Organization, organizationId),
    name: `Contract ${y}`,
    currency: 'USD',
    startsAt: options.startsAt ?? new Date(Date.UTC(y, 0, 1)),
    endsAt: options.endsAt ?? new Date(Date.UTC(y + 1, 0, 1)),
    accountManager: null,
    createdBy: null,
    terms: options.terms ?? DEFAULT_TERMS,
  });
  if (options.status) contract.status = options.status;
  await em.flush();
  return contract;
}
