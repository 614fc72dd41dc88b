import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { boundProject, can } from '../../graphql/auth/policy';
import { findOrganization, findProject } from '../tenancy/tenancy.access';
import { QuoteGpuInput, QuoteTokensInput } from './quote.inputs';
import { GpuQuote, QuoteRefusal, TokenQuote } from './quote.payloads';
import { quoteGpu, quoteTokens, type GpuQuoteResult, type QuoteNotice, type QuoteWarning, type TokenQuoteResult } from './quote.service';

/**
 * Who may quote for an organization: callers who may read its contract (owners, admins, billing,
 * account managers, operators) and callers who may run work there (members, API keys with
 * JOBS_WRITE: they see the price they would pay). An organization the caller cannot see is
 * NOT_FOUND; anyone else is FORBIDDEN. Returns whether the caller may see commercial terms, and
 * the project whose quotas apply (an API key's own when none is named).
 */
async function authorizeQuote(
  ctx: Context,
  organizationId: string,
  projectId: string | null | undefined,
): Promise<{ seesTerms: boolean; projectId: string | null }> {
  const seesTerms = can(ctx.principal, organizationId, 'contract:read');
  const permission = seesTerms ? 'contract:read' : 'jobs:write';
  await findOrganization(ctx, organizationId, permission, 'input.organizationId');
  if (!projectId) return { seesTerms, projectId: boundProject(ctx.principal) ?? null };
  // Visibility only (another tenant's project is NOT_FOUND); the service checks it is this organization's.
  await findProject(ctx, projectId, permission, 'input.projectId');
  return { seesTerms, projectId };
}

/** Callers without contract:read get the public wording of messages that name commercial terms. */
const refusal = (n: QuoteNotice, seesTerms: boolean): QuoteRefusal => ({
  reason: n.reason,
  field: n.field,
  message: seesTerms ? n.message : (n.publicMessage ?? n.message),
});
const warning = (w: QuoteWarning, seesTerms: boolean): string => (seesTerms ? w.message : (w.publicMessage ?? w.message));

function common(q: GpuQuoteResult | TokenQuoteResult, seesTerms: boolean) {
  const terms = <T>(value: T): T | null => (seesTerms ? value : null);
  return {
    asOf: q.asOf,
    currency: q.currency,
    amount: q.price?.amount ?? null,
    listAmount: terms(q.price?.listAmount ?? null),
    discountPercent: terms(q.price?.discountPercent ?? null),
    priceBasis: terms(q.price?.basis ?? null),
    allowed: q.allowed,
    refusals: q.refusals.map((n) => refusal(n, seesTerms)),
    warnings: [...new Set(q.warnings.map((w) => warning(w, seesTerms)))],
    quotas: q.quotas.map(({ quota, ...check }) => ({ quotaId: quota.id, ...check })),
    spendCap: terms(q.spendCap),
    spendSoFarKnown: q.spendSoFarKnown,
  };
}

/** Quotes: the price of GPU work or model tokens for an organization, and what would refuse it. */
@Resolver()
export class QuoteResolver {
  @Query(() => GpuQuote, {
    description:
      'Prices GPU work for an organization: the cheapest acceptable region, list and discounted amounts, the commitment that would cover RESERVED work, and what (residency, quota, spend cap, commitment) would refuse it. Needs contract:read or jobs:write; commercial terms (list amounts, discount, commitment, spend cap) only with contract:read.',
  })
  async quoteGpu(@Arg('input', () => QuoteGpuInput) input: QuoteGpuInput, @Ctx() ctx: Context): Promise<GpuQuote> {
    const { seesTerms, projectId } = await authorizeQuote(ctx, input.organizationId, input.projectId);
    const q = await quoteGpu(ctx.em, { ...input, projectId });
    return {
      ...common(q, seesTerms),
      gpuType: q.gpuType,
      gpus: q.gpus,
      nodes: q.nodes,
      hours: q.hours,
      priceClass: q.priceClass,
      region: q.region,
      listUnitPrice: seesTerms ? q.listUnitPrice : null,
      unitPrice: q.unitPrice,
      coveredBy: seesTerms ? q.coveredBy : null,
      candidates: q.candidates.map((c) => ({
        region: c.region,
        chosen: c.chosen,
        amount: c.price?.amount ?? null,
        listAmount: seesTerms ? (c.price?.listAmount ?? null) : null,
        unitPrice: c.price?.unitPrice ?? null,
        exclusions: c.exclusions.map((n) => refusal(n, seesTerms)),
      })),
    };
  }

  @Query(() => TokenQuote, {
    description:
      'Prices model tokens for an organization: list and discounted amounts, where the model may be served under the contract, tokens-per-minute quotas, and what (residency, serving, price, spend cap) would refuse it. Same access as quoteGpu.',
  })
  async quoteTokens(@Arg('input', () => QuoteTokensInput) input: QuoteTokensInput, @Ctx() ctx: Context): Promise<TokenQuote> {
    const { seesTerms, projectId } = await authorizeQuote(ctx, input.organizationId, input.projectId);
    const q = await quoteTokens(ctx.em, { ...input, projectId });
    return {
      ...common(q, seesTerms),
      model: q.model,
      inputTokens: q.inputTokens,
      outputTokens: q.outputTokens,
      listInputPerMillion: seesTerms ? q.listInputPerMillion : null,
      listOutputPerMillion: seesTerms ? q.listOutputPerMillion : null,
      inputPerMillion: q.inputPerMillion,
      outputPerMillion: q.outputPerMillion,
      servedIn: q.servedIn,
    };
  }
}
