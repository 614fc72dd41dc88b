import { Args, Ctx, Float, FieldResolver, ID, Mutation, Query, Resolver, Root, Arg } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { ConnectionType, paginate } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { actorOf } from '../../graphql/auth/principal';
import { badInput } from '../../graphql/errors';
import { findOrganization, findScoped } from '../tenancy/tenancy.access';
import { Organization } from '../tenancy/organization.entity';
import { termsInForce } from '../contracts/terms-in-force';
import { monthToDateSpend, runningTotal } from '../metering/month-to-date-spend';
import { ActorType } from '../audit/audit.enums';
import { InvoiceLineKind } from './billing.enums';
import { FinalizeInvoiceArgs, InvoicesArgs, VoidInvoiceArgs } from './billing.inputs';
import { InvoiceDownloads, SpendStatus } from './billing.payloads';
import { parseMonth } from './billing-periods';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { finalizeInvoice, voidAndReissue, type BillingActor } from './invoice.service';
import { DEFAULT_CURRENCY } from './rating.service';
import { spendAlertsThisMonth } from './spend-alerts.service';

export const InvoiceConnection = ConnectionType(Invoice);

/** An invoice the caller may read (billing:read on its organization); another tenant's is NOT_FOUND. */
export const findInvoice = (ctx: Context, id: string, field = 'id') =>
  findScoped(ctx, { entity: Invoice, kind: 'invoice', label: 'Invoice', orgOf: (i) => i.organization.id }, id, 'billing:read', field);

function actorFor(ctx: Context): BillingActor {
  const actor = actorOf(ctx.principal);
  return { actorType: actor.type as ActorType, actorId: actor.id, requestId: ctx.requestId };
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, {
    description: 'An organization’s invoices, newest first: the open month’s DRAFT, FINALIZED and VOID ones.',
  })
  async invoices(@Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: Context) {
    const org = await findOrganization(ctx, args.organizationId, 'billing:read', 'organizationId');
    const where: FilterQuery<Invoice> = { organization: org.id, ...(args.status ? { status: args.status } : {}) };
    return paginate(ctx.em, Invoice, where, args);
  }

  @Query(() => Invoice, { description: 'One invoice with its lines.' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findInvoice(ctx, id);
  }

  @Query(() => SpendStatus, {
    description: 'This month’s spend (rated usage plus live jobs’ holds) against the monthly cap, with the alerts raised.',
  })
  async spendStatus(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: Context): Promise<SpendStatus> {
    const org = await findOrganization(ctx, organizationId, 'billing:read', 'organizationId');
    const now = new Date();
    const tif = await termsInForce(ctx.em, org.id, now);
    const spend = (await monthToDateSpend(ctx.em, [org.id], now)).get(org.id)!;
    const spent = runningTotal(spend);
    const cap = tif?.terms.spendCap ? BigInt(tif.terms.spendCap.monthlyMicros) : null;
    return {
      currency: tif?.contract.currency ?? DEFAULT_CURRENCY,
      cap,
      mode: tif?.terms.spendCap?.mode ?? null,
      rated: spend.ratedMicros,
      held: spend.heldMicros - spend.heldUsedMicros,
      spent,
      percent: cap && cap > 0n ? Number((spent * 10_000n) / cap) / 100 : null,
      alerts: await spendAlertsThisMonth(ctx.em, org.id, now),
    };
  }

  @Mutation(() => Invoice, {
    nullable: true,
    description:
      'Closes a month that has ended for one organization: its invoice is rated a last time, numbered and FINALIZED (null: nothing to bill).',
  })
  async finalizeInvoice(@Args(() => FinalizeInvoiceArgs) args: FinalizeInvoiceArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:billing:write');
    const org = await findOrganization(ctx, args.organizationId, 'org:read', 'organizationId');
    const month = parseMonth(args.month);
    if (!month) throw badInput('month', `A month looks like 2026-11 (got "${args.month.slice(0, 20)}").`);
    const invoice = await finalizeInvoice(ctx.em, org.id, month, actorFor(ctx));
    Object.assign(ctx.audit, { targetType: 'Invoice', targetId: invoice?.id ?? null, details: { month: args.month } });
    return invoice;
  }

  @Mutation(() => Invoice, {
    description: 'Voids a FINALIZED invoice and issues its replacement for the same month (the only way to correct one).',
  })
  async voidAndReissueInvoice(@Args(() => VoidInvoiceArgs) args: VoidInvoiceArgs, @Ctx() ctx: Context) {
    requirePlatform(ctx, 'platform:billing:write');
    const found = await findInvoice(ctx, args.id);
    const replacement = await voidAndReissue(ctx.em, found.id, args.reason, actorFor(ctx));
    Object.assign(ctx.audit, { targetType: 'Invoice', targetId: found.id, details: { replacement: replacement.id, reason: args.reason } });
    return replacement;
  }

  @FieldResolver(() => Organization)
  organization(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.require(Organization, invoice.organization.id);
  }

  @FieldResolver(() => [InvoiceLine], { description: 'In order: commitments, RESERVED, ON_DEMAND, SPOT, tokens, adjustments.' })
  lines(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return ctx.em.find(InvoiceLine, { invoice: invoice.id }, { orderBy: { position: 'asc' } });
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The voided invoice this one replaces.' })
  replaces(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return invoice.replaces ? ctx.loaders.load(Invoice, invoice.replaces.id) : null;
  }

  @FieldResolver(() => InvoiceDownloads)
  downloads(@Root() invoice: Invoice): InvoiceDownloads {
    return { json: `/exports/invoices/${invoice.id}.json`, csv: `/exports/invoices/${invoice.id}.csv` };
  }
}

@Resolver(() => InvoiceLine)
export class InvoiceLineResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Commitments: RESERVED use inside it as a share of what was committed, in percent.',
  })
  utilizationPercent(@Root() line: InvoiceLine): number | null {
    if (line.kind !== InvoiceLineKind.COMMITMENT || line.usedQuantity == null || line.quantity === 0n) return null;
    return Number((line.usedQuantity * 10_000n) / line.quantity) / 100;
  }
}
