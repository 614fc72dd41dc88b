import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, paginate } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { canOnPlatform } from '../../graphql/auth/policy';
import { badInput } from '../../graphql/errors';
import { Organization } from '../tenancy/organization.entity';
import { User } from '../tenancy/user.entity';
import { findOrganization } from '../tenancy/tenancy.access';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { findGpuType, findNodePool, findRegion } from '../inventory/inventory.access';
import { Contract } from './contract.entity';
import { ContractVersion } from './contract-version.entity';
import { Commitment } from './commitment.entity';
import { SlaPolicy } from './sla-policy.entity';
import { ContractStatus } from './contracts.enums';
import { AddCommitmentInput, AmendContractInput, CreateContractInput, UpdateDraftContractInput } from './contracts.inputs';
import { ContractTermsView, TermChangeView } from './contracts.payloads';
import { contractTermsSchema, type ContractTerms } from './contract-terms';
import {
  activateContract,
  addCommitment,
  amendContract,
  createContract,
  removeCommitment,
  termsFromInput,
  terminateContract,
  updateDraft,
} from './contract.service';
import { findCommitment, findContract } from './contracts.access';

export const ContractConnection = ConnectionType(Contract);
export const ContractVersionConnection = ConnectionType(ContractVersion);
export const CommitmentConnection = ConnectionType(Commitment);

@ArgsType()
class ContractsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Required unless you are an account manager or operator.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ContractStatus, { nullable: true })
  @IsOptional()
  status?: ContractStatus | null;
}

/** The GraphQL view of stored terms. */
function termsView(terms: ContractTerms): ContractTermsView {
  return { ...terms, spendCap: terms.spendCap ? { monthly: BigInt(terms.spendCap.monthlyMicros), mode: terms.spendCap.mode } : null };
}

const me = (ctx: Context) => (ctx.principal.kind === 'user' ? ctx.principal.user : null);

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, {
    description: 'Contracts of an organization (owners, admins, billing), or of all (account managers, operators).',
  })
  async contracts(@Args(() => ContractsArgs) args: ContractsArgs, @Ctx() ctx: Context) {
    if (args.organizationId) await findOrganization(ctx, args.organizationId, 'contract:read', 'organizationId');
    else requirePlatform(ctx, 'platform:contracts:write');
    return paginate(
      ctx.em,
      Contract,
      { ...(args.organizationId ? { organization: args.organizationId } : {}), ...(args.status ? { status: args.status } : {}) },
      args,
    );
  }

  @Query(() => Contract)
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findContract(ctx, id, 'read');
  }

  @Mutation(() => Contract, { description: 'Account managers and operators: a DRAFT contract with its first version.' })
  async createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:contracts:write');
    const organization = await findOrganization(ctx, input.organizationId, 'org:read', 'input.organizationId');
    const accountManager = input.accountManagerId ? await ctx.loaders.load(User, input.accountManagerId) : me(ctx);
    if (input.accountManagerId && (!accountManager || !accountManager.platformRoles.includes('ACCOUNT_MANAGER' as never))) {
      throw badInput('input.accountManagerId', 'Not an account manager.');
    }
    const contract = createContract(ctx.em, {
      organization,
      name: input.name,
      currency: input.currency,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      accountManager,
      terms: await termsFromInput(ctx.em, input.terms),
      createdBy: me(ctx),
    });
    Object.assign(ctx.audit, { targetType: 'Contract', targetId: contract.id });
    return contract;
  }

  @Mutation(() => Contract, { description: 'Edits a DRAFT. An ACTIVE contract is refused: amend it.' })
  async updateDraftContract(@Arg('input', () => UpdateDraftContractInput) input: UpdateDraftContractInput, @Ctx() ctx: Context) {
    const contract = await findContract(ctx, input.id, 'write', 'input.id');
    return updateDraft(ctx.em, contract, {
      name: input.name ?? undefined,
      startsAt: input.startsAt ?? undefined,
      endsAt: input.endsAt ?? undefined,
      terms: input.terms ? await termsFromInput(ctx.em, input.terms) : undefined,
    });
  }

  @Mutation(() => ContractVersion, {
    description: 'A new version of an ACTIVE contract’s terms, from effectiveFrom; the history keeps what changed.',
  })
  async amendContract(@Arg('input', () => AmendContractInput) input: AmendContractInput, @Ctx() ctx: Context) {
    const contract = await findContract(ctx, input.id, 'write', 'input.id');
    const version = await amendContract(ctx.em, contract, {
      effectiveFrom: input.effectiveFrom,
      reason: input.reason,
      terms: await termsFromInput(ctx.em, input.terms),
      createdBy: me(ctx),
    });
    ctx.audit.details = { version: version.number, changes: version.changes.map((c) => c.path) };
    return version;
  }

  @Mutation(() => Commitment, {
    description: 'To a DRAFT: pending until activation. To an ACTIVE contract: an amendment that reserves its GPUs now.',
  })
  async addCommitment(@Arg('input', () => AddCommitmentInput) input: AddCommitmentInput, @Ctx() ctx: Context) {
    const contract = await findContract(ctx, input.contractId, 'write', 'input.contractId');
    const gpuType = await findGpuType(ctx, input.gpuTypeId, 'platform:contracts:write', 'input.gpuTypeId');
    const region = await findRegion(ctx, input.regionId, 'platform:contracts:write', 'input.regionId');
    const pool = input.poolId ? await findNodePool(ctx, input.poolId, 'platform:contracts:write', 'input.poolId') : null;
    Object.assign(ctx.audit, { targetType: 'Contract', targetId: contract.id });
    return addCommitment(ctx.em, contract, { ...input, gpuType, region, pool, createdBy: me(ctx) });
  }

  @Mutation(() => ID, { description: 'Removes a commitment from a DRAFT; returns its ID.' })
  async removeCommitment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { commitment, contract } = await findCommitment(ctx, id, 'write');
    removeCommitment(ctx.em, contract, commitment);
    return id;
  }

  @Mutation(() => Contract, {
    description: 'DRAFT → ACTIVE: reserves every commitment in the capacity ledger, or refuses naming the shortfall.',
  })
  async activateContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return activateContract(ctx.em, await findContract(ctx, id, 'write'));
  }

  @Mutation(() => Contract, { description: 'ACTIVE → TERMINATED: commitments release their capacity now.' })
  async terminateContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return terminateContract(ctx.em, await findContract(ctx, id, 'write'));
  }

  @FieldResolver(() => Organization)
  organization(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, contract.organization.id);
  }

  @FieldResolver(() => User, { nullable: true })
  accountManager(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.accountManager ? ctx.loaders.load(User, contract.accountManager.id) : null;
  }

  @FieldResolver(() => ContractTermsView, { description: 'The latest version’s terms.' })
  async terms(@Root() contract: Contract, @Ctx() ctx: Context) {
    // The newest version (IDs are time-ordered), batched across a list of contracts.
    const [latest] = (await ctx.loaders.page(ContractVersion, 'contract', contract.id, { first: 1 })).nodes;
    return termsView(contractTermsSchema.parse(latest!.terms));
  }

  @FieldResolver(() => ContractVersionConnection, { description: 'Every version, newest first: the amendment history.' })
  versions(@Root() contract: Contract, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(ContractVersion, 'contract', contract.id, args);
  }

  @FieldResolver(() => CommitmentConnection)
  commitments(@Root() contract: Contract, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(Commitment, 'contract', contract.id, args);
  }
}

@Resolver(() => ContractTermsView)
export class ContractTermsResolver {
  @FieldResolver(() => SlaPolicy, {
    nullable: true,
    description: 'The SLA the contract promises (readable by whoever may read the contract).',
  })
  slaPolicy(@Root() terms: ContractTermsView, @Ctx() ctx: Context) {
    return terms.slaPolicyId ? ctx.loaders.load(SlaPolicy, terms.slaPolicyId) : null;
  }
}

@Resolver(() => ContractVersion)
export class ContractVersionResolver {
  @FieldResolver(() => ContractTermsView)
  terms(@Root() version: ContractVersion) {
    return termsView(contractTermsSchema.parse(version.terms));
  }

  @FieldResolver(() => [TermChangeView], { description: 'What changed from the previous version.' })
  changes(@Root() version: ContractVersion): TermChangeView[] {
    return version.changes;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: ContractVersion, @Ctx() ctx: Context) {
    return version.createdBy ? ctx.loaders.load(User, version.createdBy.id) : null;
  }
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => GpuType)
  gpuType(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.require(GpuType, commitment.gpuType.id);
  }

  @FieldResolver(() => Region)
  region(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.require(Region, commitment.region.id);
  }

  @FieldResolver(() => NodePool, { nullable: true, description: 'Where its GPUs are reserved. Operators and account managers only.' })
  pool(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    if (!commitment.pool || !canOnPlatform(ctx.principal, 'platform:inventory:read')) return null;
    return ctx.loaders.load(NodePool, commitment.pool.id);
  }

  @FieldResolver(() => Contract)
  contract(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.require(Contract, commitment.contract.id);
  }
}
