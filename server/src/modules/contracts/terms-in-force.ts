import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract } from './contract.entity';
import { ContractVersion } from './contract-version.entity';
import { ContractStatus } from './contracts.enums';
import { contractTermsSchema, type ContractTerms } from './contract-terms';

export interface TermsInForce {
  contract: Contract;
  version: ContractVersion;
  terms: ContractTerms;
}

/**
 * The terms an organization is held to at `at`: the version in force of its ACTIVE contract whose
 * period contains `at`, or null (pay as you go: list prices, no cap, no residency limit). Admission,
 * quotes and billing all read terms through here.
 */
export async function termsInForce(em: EntityManager, organizationId: string, at: Date = new Date()): Promise<TermsInForce | null> {
  const contract = await em.findOne(
    Contract,
    { organization: organizationId, status: ContractStatus.ACTIVE, startsAt: { $lte: at }, endsAt: { $gt: at } },
    { orderBy: { startsAt: 'desc' } },
  );
  if (!contract) return null;
  const version = await em.findOne(
    ContractVersion,
    { contract, effectiveFrom: { $lte: at }, $or: [{ effectiveTo: null }, { effectiveTo: { $gt: at } }] },
    { orderBy: { number: 'desc' } },
  );
  if (!version) return null;
  return { contract, version, terms: contractTermsSchema.parse(version.terms) };
}
