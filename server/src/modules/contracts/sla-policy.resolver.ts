import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { findPlatformObject } from '../../graphql/platform-objects';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { SlaService, SlaWindow } from './contracts.enums';
import { SlaPolicy } from './sla-policy.entity';
import type { SlaTarget } from './sla-policy.terms';
import { CreateSlaPolicyInput, UpdateSlaPolicyInput } from './sla-policy.inputs';
import { createSlaPolicy, listSlaPolicies, updateSlaPolicy } from './sla-policy.service';

@ObjectType('SlaCreditTier', { description: 'Availability below `belowPercent` earns `creditPercent` of the affected monthly charge.' })
export class SlaCreditTierView {
  @Field(() => Float)
  belowPercent!: number;

  @Field(() => Float)
  creditPercent!: number;
}

@ObjectType('SlaTarget', { description: 'One service’s availability promise and the credits owed when it is missed.' })
export class SlaTargetView {
  @Field(() => SlaService)
  service!: SlaService;

  @Field(() => Float)
  availabilityPercent!: number;

  @Field(() => SlaWindow)
  window!: SlaWindow;

  @Field(() => [SlaCreditTierView], { description: 'Highest threshold first; the lowest threshold crossed decides the credit.' })
  creditTiers!: SlaCreditTierView[];
}

export const SlaPolicyConnection = ConnectionType(SlaPolicy);

/**
 * Loads an SLA policy for platform staff (operators and account managers): FORBIDDEN for anyone
 * else (naming no policy), then BAD_USER_INPUT for a wrong-kind ID, then NOT_FOUND. Customers see
 * their own contract's policy through the contract. `node(id:)` and `slaPolicy` share it.
 */
export function findSlaPolicy(ctx: Context, id: string, field = 'id'): Promise<SlaPolicy> {
  return findPlatformObject(ctx, { entity: SlaPolicy, kind: 'slaPolicy', label: 'SlaPolicy' }, id, 'platform:contracts:write', field);
}

@Resolver(() => SlaPolicy)
export class SlaPolicyResolver {
  @Query(() => SlaPolicyConnection, { description: 'Operators and account managers: the SLA policies contracts may name, newest first.' })
  slaPolicies(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:contracts:write');
    return listSlaPolicies(ctx.em, args);
  }

  @Query(() => SlaPolicy, { description: 'Operators and account managers.' })
  slaPolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findSlaPolicy(ctx, id);
  }

  @Mutation(() => SlaPolicy, { description: 'Operators and account managers: a new SLA policy with its targets and credit tiers.' })
  async createSlaPolicy(@Arg('input', () => CreateSlaPolicyInput) input: CreateSlaPolicyInput, @Ctx() ctx: Context) {
    ctx.audit.targetType = 'SlaPolicy';
    requirePlatform(ctx, 'platform:contracts:write');
    const policy = await createSlaPolicy(ctx.em, input);
    Object.assign(ctx.audit, { targetId: policy.id, details: { name: policy.name, targets: policy.targets } });
    return policy;
  }

  @Mutation(() => SlaPolicy, {
    description: 'Operators and account managers: renames a policy or replaces its targets. Every contract naming it follows.',
  })
  async updateSlaPolicy(@Arg('input', () => UpdateSlaPolicyInput) input: UpdateSlaPolicyInput, @Ctx() ctx: Context) {
    const policy = await findSlaPolicy(ctx, input.id, 'input.id');
    const before = { name: policy.name, targets: policy.targets };
    await updateSlaPolicy(ctx.em, policy, { name: input.name ?? undefined, targets: input.targets ?? undefined });
    ctx.audit.details = { from: before, to: { name: policy.name, targets: policy.targets } };
    return policy;
  }

  @FieldResolver(() => [SlaTargetView], { description: 'At most one per service.' })
  targets(@Root() policy: SlaPolicy): SlaTarget[] {
    return policy.targets;
  }
}
