import { notFound } from '../../graphql/errors';
import { requireOrg, requirePlatform, requireSignedIn } from '../../graphql/auth/guards';
import type { Context } from '../../graphql/context';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Contract } from './contract.entity';
import { Commitment } from './commitment.entity';

/**
 * A contract the caller may read (`contract:read` on its organization: owners, admins, billing,
 * account managers, operators) or, with `write`, change (account managers and operators).
 * Another tenant's contract is NOT_FOUND; a member without commercial access is FORBIDDEN.
 */
export async function findContract(ctx: Context, id: string, access: 'read' | 'write', field = 'id'): Promise<Contract> {
  requireSignedIn(ctx);
  assertIdOf('contract', id, field);
  Object.assign(ctx.audit, { targetType: 'Contract', targetId: id });
  const contract = await ctx.loaders.load(Contract, id);
  if (!contract) throw notFound('Contract', id);
  requireOrg(ctx, contract.organization.id, 'contract:read', 'Contract', id);
  if (access === 'write') requirePlatform(ctx, 'platform:contracts:write');
  return contract;
}

/** A commitment and its contract, with the same rules. */
export async function findCommitment(
  ctx: Context,
  id: string,
  access: 'read' | 'write',
  field = 'id',
): Promise<{ commitment: Commitment; contract: Contract }> {
  requireSignedIn(ctx);
  assertIdOf('commitment', id, field);
  const commitment = await ctx.loaders.load(Commitment, id);
  if (!commitment) throw notFound('Commitment', id);
  const contract = await findContract(ctx, commitment.contract.id, access, field);
  Object.assign(ctx.audit, { targetType: 'Commitment', targetId: id });
  return { commitment, contract };
}
