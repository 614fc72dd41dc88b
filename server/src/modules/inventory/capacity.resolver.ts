import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { Context } from '../../graphql/context';
import { requirePlatform } from '../../graphql/auth/guards';
import { CapacityForecastRow, CapacityGrouping, CapacityLedger } from './inventory.payloads';
import { capacityForecast, capacityLedger } from './capacity.service';
import { figuresView } from './capacity.view';

@ArgsType()
class CapacityFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  gpuTypeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  clusterId?: string | null;
}

@ArgsType()
class CapacityLedgerArgs extends CapacityFilterArgs {
  @Field(() => CapacityGrouping, { defaultValue: CapacityGrouping.POOL })
  groupBy!: CapacityGrouping;
}

@ArgsType()
class CapacityForecastArgs extends CapacityFilterArgs {
  @Field(() => Int, { description: 'How many days ahead, 1 to 90.' })
  @Min(1)
  @Max(90)
  days!: number;
}

@Resolver()
export class CapacityResolver {
  @Query(() => CapacityLedger, {
    description: 'Per pool (or rolled up): total, floor, committed, allocated by class, headroom now. Operators and account managers.',
  })
  async capacityLedger(@Args(() => CapacityLedgerArgs) args: CapacityLedgerArgs, @Ctx() ctx: Context): Promise<CapacityLedger> {
    requirePlatform(ctx, 'platform:inventory:read');
    const ledger = await capacityLedger(ctx.em, args.groupBy, args);
    return {
      asOf: ledger.asOf,
      rows: ledger.rows.map((r) => ({ ...r, figures: figuresView(r.figures) })),
      totals: figuresView(ledger.totals),
    };
  }

  @Query(() => [CapacityForecastRow], { description: 'Per pool, day by day: commitments at their daily peak and what is left to sell.' })
  capacityForecast(@Args(() => CapacityForecastArgs) args: CapacityForecastArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:inventory:read');
    return capacityForecast(ctx.em, args.days, args);
  }
}
