import type { EntityManager } from '@mikro-orm/postgresql';
import { assertWhole, badInput, notFoundAt } from '../../graphql/errors';
import { monthToDateSpend, runningTotal } from '../metering/month-to-date-spend';
import type { IdKind } from '../../lib/ids';
import { assertIdOf } from '../tenancy/tenancy.access';
import { Project } from '../tenancy/project.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { CapacityClass, LifecycleStatus, PricedClass } from '../inventory/inventory.enums';
import { Model } from '../catalog/model.entity';
import { ModelStatus } from '../catalog/catalog.enums';
import { gpuPriceAt, modelPriceAt } from '../catalog/price-book.service';
import { regionsOfModels } from '../catalog/model.service';
import { formatMicros } from '../catalog/catalog.rules';
import { Commitment } from './commitment.entity';
import { Quota } from './quota.entity';
import { CommitmentStatus, QuotaKind, SpendCapMode } from './contracts.enums';
import type { ContractTerms } from './contract-terms';
import { termsInForce, type TermsInForce } from './terms-in-force';
import {
  basisPointsToPercent,
  discountedUnitPrice,
  effectiveDiscountPercent,
  gpuDiscountBasisPoints,
  monthStart,
  priceCommittedGpuUsage,
  priceGpuUsage,
  priceTokens,
  residencyAllows,
  SECONDS_PER_HOUR,
  tokenDiscountBasisPoints,
  type PricedAmount,
} from './pricing';
import { PriceBasis, QuotaScope, QuoteRefusalReason } from './quote.payloads';

/** A year: longer work is a contract, not a quote. */
export const MAX_QUOTE_HOURS = 8_760;
export const MAX_QUOTE_GPUS = 100_000;
export const MAX_QUOTE_TOKENS = 2_000_000_000;

// ---------------------------------------------------------------------------------------------
// Month-to-date spend

/**
 * What the organization has spent or committed this calendar month (UTC), in the contract's
 * currency: rated usage plus what its live jobs hold (metering's {@link monthToDateSpend}).
 * `known` is false for an injected source that cannot say.
 */
export type MonthToDateSpend = (
  em: EntityManager,
  query: { organizationId: string; since: Date; now: Date },
) => Promise<{ micros: bigint; known: boolean }>;

const spendSoFar: MonthToDateSpend = async (em, { organizationId, now }) => {
  const spend = (await monthToDateSpend(em, [organizationId], now)).get(organizationId)!;
  return { micros: runningTotal(spend), known: true };
};

export interface QuoteOptions {
  /** Defaults to rated usage plus live jobs' holds. */
  monthToDateSpend?: MonthToDateSpend;
}

// ---------------------------------------------------------------------------------------------
// Results (plain data: the resolver decides what each caller sees)

export interface QuoteNotice {
  reason: QuoteRefusalReason;
  field: string | null;
  message: string;
  /** What a caller without contract:read is told instead, when `message` names commercial terms. */
  publicMessage?: string;
}

export interface QuoteWarning {
  message: string;
  publicMessage?: string;
}

/** A priced amount, what it was computed from, and the discount it shows (null: nothing to compare with). */
export interface QuotePrice extends PricedAmount {
  basis: PriceBasis;
  discountPercent: number | null;
}

/** A region's GPU price: the amounts, the currency, and unit prices per GPU-hour for display. */
export interface GpuCandidatePrice extends QuotePrice {
  currency: string;
  unitPrice: bigint;
  listUnitPrice: bigint | null;
}

export interface QuotaCheckResult {
  quota: Quota;
  kind: QuotaKind;
  scope: QuotaScope;
  limit: number;
  inUse: number;
  usageTracked: boolean;
  requested: number;
  exceeded: boolean;
  message: string;
}

export interface SpendCapResult {
  mode: SpendCapMode;
  monthlyCap: bigint;
  spentSoFar: bigint;
  spendSoFarKnown: boolean;
  remaining: bigint;
  wouldExceed: boolean;
}

interface QuoteCommon {
  asOf: Date;
  organizationId: string;
  projectId: string | null;
  /** The contract in force, null for pay as you go. */
  termsInForce: TermsInForce | null;
  currency: string | null;
  price: QuotePrice | null;
  quotas: QuotaCheckResult[];
  spendCap: SpendCapResult | null;
  spendSoFarKnown: boolean;
  refusals: QuoteNotice[];
  warnings: QuoteWarning[];
  allowed: boolean;
}

export interface GpuCandidate {
  region: Region;
  price: GpuCandidatePrice | null;
  commitment: Commitment | null;
  exclusions: QuoteNotice[];
  quotas: QuotaCheckResult[];
}

export interface GpuQuoteResult extends QuoteCommon {
  gpuType: GpuType;
  gpus: number;
  nodes: number | null;
  hours: number;
  seconds: number;
  priceClass: PricedClass;
  region: Region | null;
  listUnitPrice: bigint | null;
  unitPrice: bigint | null;
  coveredBy: Commitment | null;
  candidates: (GpuCandidate & { chosen: boolean })[];
}

export interface TokenQuoteResult extends QuoteCommon {
  model: Model;
  inputTokens: number;
  outputTokens: number;
  listInputPerMillion: bigint | null;
  listOutputPerMillion: bigint | null;
  inputPerMillion: bigint | null;
  outputPerMillion: bigint | null;
  servedIn: Region[];
}

// ---------------------------------------------------------------------------------------------
// Input checks shared by both quotes

async function requireRow<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  kind: IdKind,
  label: string,
  id: string,
  field: string,
): Promise<T> {
  assertIdOf(kind, id, field);
  const row = await em.findOne(entity, { id } as never);
  if (!row) throw notFoundAt(field, label, id);
  return row as T;
}

/** The project, which must be the organization's (BAD_USER_INPUT on input.projectId otherwise). */
async function requireProjectOf(em: EntityManager, organizationId: string, projectId: string | null | undefined): Promise<string | null> {
  if (!projectId) return null;
  const project = await requireRow(em, Project, 'project', 'Project', projectId, 'input.projectId');
  if (project.organization.id !== organizationId) {
    throw badInput('input.projectId', `Project ${project.slug} is not in organization ${organizationId}.`);
  }
  return project.id;
}

/** Hours → whole seconds (quotes are in hours, usage is metered in seconds). */
function secondsOf(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_QUOTE_HOURS) {
    throw badInput('input.hours', `hours: more than 0 and at most ${MAX_QUOTE_HOURS} (got ${hours}).`);
  }
  const seconds = Math.round(hours * SECONDS_PER_HOUR);
  if (seconds < 1) throw badInput('input.hours', `hours: at least one second (got ${hours}).`);
  return seconds;
}

// ---------------------------------------------------------------------------------------------
// Terms, residency, currency

function describeResidency(terms: ContractTerms, regionCodes: ReadonlyMap<string, string>): string {
  const parts = [
    ...terms.allowedJurisdictions.map((j) => `jurisdiction ${j}`),
    ...terms.allowedRegionIds.map((id) => `region ${regionCodes.get(id) ?? id}`),
  ];
  return parts.join(', ');
}

async function allowedRegionCodes(em: EntityManager, terms: ContractTerms | null): Promise<Map<string, string>> {
  const ids = terms?.allowedRegionIds ?? [];
  if (!ids.length) return new Map();
  const regions = await em.find(Region, { id: { $in: [...ids] } });
  return new Map(regions.map((r) => [r.id, r.code]));
}

function residencyRefusal(terms: ContractTerms, region: Region, codes: ReadonlyMap<string, string>, field: string): QuoteNotice {
  return {
    reason: QuoteRefusalReason.RESIDENCY,
    field,
    message: `Region ${region.code} is in ${region.jurisdiction}; the contract's data residency allows only ${describeResidency(terms, codes)}.`,
  };
}

/** The price's currency must be the contract's (amounts are never converted). */
function currencyMismatch(contractCurrency: string | null, priceCurrency: string): boolean {
  return contractCurrency !== null && contractCurrency !== priceCurrency;
}

// ---------------------------------------------------------------------------------------------
// Usage: what the organization's running work holds

interface HeldGpus {
  poolId: string;
  projectId: string | null;
  capacityClass: CapacityClass;
  gpuTypeId: string;
  regionId: string;
  gpus: number;
}

/** The organization's active allocations, summed by pool, project and class (one query). */
async function heldGpus(em: EntityManager, organizationId: string): Promise<HeldGpus[]> {
  const rows = await em.execute<
    { pool_id: string; project_id: string | null; capacity_class: CapacityClass; gpu_type_id: string; region_id: string; gpus: string }[]
  >(
    `select a.pool_id, a.project_id, a.capacity_class, p.gpu_type_id, c.region_id, sum(a.gpus) as gpus
       from capacity_allocations a
       join node_pools p on p.id = a.pool_id
       join clusters c on c.id = p.cluster_id
      where a.released_at is null and a.organization_id = ?
      group by a.pool_id, a.project_id, a.capacity_class, p.gpu_type_id, c.region_id`,
    [organizationId],
  );
  return rows.map((r) => ({
    poolId: r.pool_id,
    projectId: r.project_id,
    capacityClass: r.capacity_class,
    gpuTypeId: r.gpu_type_id,
    regionId: r.region_id,
    gpus: Number(r.gpus),
  }));
}

// ---------------------------------------------------------------------------------------------
// Quotas

async function quotasFor(em: EntityManager, organizationId: string, projectId: string | null, kind: QuotaKind): Promise<Quota[]> {
  return em.find(
    Quota,
    { organization: organizationId, kind, $or: projectId ? [{ project: null }, { project: projectId }] : [{ project: null }] },
    { populate: ['gpuType', 'region', 'model'], orderBy: { id: 'asc' } },
  );
}

function quotaScope(quota: Quota): QuotaScope {
  return quota.project ? QuotaScope.PROJECT : QuotaScope.ORGANIZATION;
}

function gpuQuotaTarget(quota: Quota): string {
  const what = quota.gpuType ? `${quota.gpuType.getEntity().code} GPUs` : 'GPUs of any type';
  const where = quota.region ? `in ${quota.region.getEntity().code}` : 'in any region';
  return `${quota.limit} ${what} ${where}`;
}

/** The CONCURRENT_GPUS quotas that apply to `gpus` more GPUs of a type in a region, checked. */
function checkGpuQuotas(
  quotas: readonly Quota[],
  held: readonly HeldGpus[],
  gpuTypeId: string,
  regionId: string,
  gpus: number,
): QuotaCheckResult[] {
  return quotas
    .filter((q) => (!q.gpuType || q.gpuType.id === gpuTypeId) && (!q.region || q.region.id === regionId))
    .map((quota) => {
      const scope = quotaScope(quota);
      const usageTracked = true;
      const inUse = held
        .filter(
          (h) =>
            (!quota.project || h.projectId === quota.project.id) &&
            (!quota.gpuType || h.gpuTypeId === quota.gpuType.id) &&
            (!quota.region || h.regionId === quota.region.id),
        )
        .reduce((sum, h) => sum + h.gpus, 0);
      const exceeded = inUse + gpus > quota.limit;
      const label = `${scope === QuotaScope.PROJECT ? 'Project' : 'Organization'} quota of ${gpuQuotaTarget(quota)}`;
      const usage = `${inUse} in use`;
      const message = exceeded
        ? `${label} reached: ${usage}, ${gpus} more asked.`
        : `${label}: ${usage}, ${gpus} more asked, ${quota.limit - inUse - gpus} left after.`;
      return { quota, kind: quota.kind, scope, limit: quota.limit, inUse, usageTracked, requested: gpus, exceeded, message };
    });
}

function checkTokenQuotas(quotas: readonly Quota[], modelId: string, tokens: number, modelKey: string): QuotaCheckResult[] {
  return quotas
    .filter((q) => !q.model || q.model.id === modelId)
    .map((quota) => {
      const scope = quotaScope(quota);
      const exceeded = tokens > quota.limit;
      const label = `${scope === QuotaScope.PROJECT ? 'Project' : 'Organization'} quota of ${quota.limit} tokens per minute for ${quota.model ? modelKey : 'every model'}`;
      const message = exceeded
        ? `${label}: these ${tokens} tokens are more than a minute allows; the gateway would spread them over at least ${Math.ceil(tokens / Math.max(quota.limit, 1))} minutes.`
        : `${label}: these ${tokens} tokens fit in a minute (tokens already used this minute are not counted).`;
      return { quota, kind: quota.kind, scope, limit: quota.limit, inUse: 0, usageTracked: false, requested: tokens, exceeded, message };
    });
}

// ---------------------------------------------------------------------------------------------
// Spend cap

async function checkSpendCap(
  em: EntityManager,
  tif: TermsInForce | null,
  organizationId: string,
  amount: bigint | null,
  field: string | null,
  now: Date,
  options: QuoteOptions,
): Promise<{ spendCap: SpendCapResult | null; spendSoFarKnown: boolean; refusals: QuoteNotice[]; warnings: QuoteWarning[] }> {
  const spend = await (options.monthToDateSpend ?? spendSoFar)(em, { organizationId, since: monthStart(now), now });
  const cap = tif?.terms.spendCap;
  if (!tif || !cap) return { spendCap: null, spendSoFarKnown: spend.known, refusals: [], warnings: [] };
  const currency = tif.contract.currency;
  const monthlyCap = BigInt(cap.monthlyMicros);
  const remaining = monthlyCap > spend.micros ? monthlyCap - spend.micros : 0n;
  const wouldExceed = amount !== null && amount > remaining;
  const spendCap: SpendCapResult = {
    mode: cap.mode,
    monthlyCap,
    spentSoFar: spend.micros,
    spendSoFarKnown: spend.known,
    remaining,
    wouldExceed,
  };
  const refusals: QuoteNotice[] = [];
  const warnings: QuoteWarning[] = [];
  if (!spend.known) {
    warnings.push({
      message: 'Month-to-date spend is not known: the spend cap is checked against this quote alone.',
    });
  }
  if (wouldExceed) {
    const spent = spend.known ? `${formatMicros(spend.micros, currency)} spent or held this month` : 'month-to-date spend counted as 0';
    const detail = `${formatMicros(amount, currency)} quoted, monthly cap ${formatMicros(monthlyCap, currency)}, ${spent}, ${formatMicros(remaining, currency)} left`;
    if (cap.mode === SpendCapMode.HARD) {
      refusals.push({
        reason: QuoteRefusalReason.SPEND_CAP,
        field,
        message: `This would pass the HARD monthly spend cap: ${detail}.`,
        publicMessage: "This would pass the organization's monthly spend cap.",
      });
    } else {
      warnings.push({
        message: `This would pass the monthly spend cap (ALERT: allowed, and alerts are raised): ${detail}.`,
        publicMessage: "This would pass the organization's monthly spend cap: it is allowed, and the organization is alerted.",
      });
    }
  }
  return { spendCap, spendSoFarKnown: spend.known, refusals, warnings };
}

// ---------------------------------------------------------------------------------------------
// GPU quotes

export interface GpuQuoteRequest {
  organizationId: string;
  projectId?: string | null;
  gpuTypeId: string;
  gpus: number;
  nodes?: number | null;
  /** Acceptable regions; empty or absent: any active region. */
  regionIds?: readonly string[] | null;
  priceClass: PricedClass;
  hours: number;
}

interface RoomInPool {
  committed: number;
  held: number;
}

/** Per pool: GPUs the org's ACTIVE commitments in force now hold there, and what its RESERVED work uses. */
function roomByPool(commitments: readonly Commitment[], held: readonly HeldGpus[], now: Date): Map<string, RoomInPool> {
  const rooms = new Map<string, RoomInPool>();
  for (const c of commitments) {
    if (!c.pool || c.startsAt > now || c.endsAt <= now) continue;
    const room = rooms.get(c.pool.id) ?? { committed: 0, held: 0 };
    room.committed += c.gpus;
    rooms.set(c.pool.id, room);
  }
  for (const h of held) {
    const room = rooms.get(h.poolId);
    if (room && h.capacityClass === CapacityClass.RESERVED) room.held += h.gpus;
  }
  return rooms;
}

/**
 * The commitment RESERVED work of `gpus` GPUs for [now, end) would run in, in one region: an
 * ACTIVE commitment of the contract for the GPU type whose period covers the whole run, with that
 * many GPUs free in its pool (its commitments' GPUs less what the org's RESERVED work holds
 * there). The cheapest rate wins. Otherwise a COMMITMENT refusal saying what is missing.
 */
function coveringCommitment(
  commitments: readonly Commitment[],
  rooms: ReadonlyMap<string, RoomInPool>,
  ask: { region: Region; gpuType: GpuType; gpus: number; now: Date; end: Date; hours: number },
  hasContract: boolean,
): { commitment: Commitment; free: number } | { refusal: QuoteNotice } {
  const what = `${ask.gpus} ${ask.gpuType.code} GPUs in ${ask.region.code} for ${ask.hours} hours`;
  const refuse = (why: string): { refusal: QuoteNotice } => ({
    refusal: {
      reason: QuoteRefusalReason.COMMITMENT,
      field: 'input.priceClass',
      message: `RESERVED needs a commitment with room: ${why}`,
      publicMessage: `RESERVED needs a commitment with room: none covers ${what}.`,
    },
  });
  if (!hasContract) return refuse('pay as you go has no commitments; ON_DEMAND or SPOT can run without one.');
  const here = commitments.filter((c) => c.region.id === ask.region.id);
  if (!here.length) return refuse(`the contract has no active ${ask.gpuType.code} commitment in ${ask.region.code}.`);
  const reasons: string[] = [];
  let best: { commitment: Commitment; free: number } | undefined;
  for (const c of here) {
    if (c.startsAt > ask.now || c.endsAt < ask.end) {
      reasons.push(`${c.id} runs ${c.startsAt.toISOString()} – ${c.endsAt.toISOString()}, not the whole ${ask.hours} hours from now`);
      continue;
    }
    const room = c.pool ? rooms.get(c.pool.id) : undefined;
    // An ACTIVE commitment always names its pool; without one, nothing can be held in it.
    const free = room ? Math.min(c.gpus, room.committed - room.held) : c.gpus;
    if (free < ask.gpus) {
      const held = room?.held ?? 0;
      reasons.push(`${c.id} commits ${c.gpus} GPUs, RESERVED work holds ${held} in its pool, ${Math.max(free, 0)} free, ${ask.gpus} asked`);
      continue;
    }
    if (!best || c.ratePerGpuHour < best.commitment.ratePerGpuHour) best = { commitment: c, free };
  }
  return best ?? refuse(`${reasons.join('; ')}.`);
}

/**
 * Prices GPU work for an organization (DESIGN.md rules 4 and 8) and says what would refuse it.
 * Read-only: nothing is reserved or written.
 *
 * - Candidate regions: the acceptable ones (`regionIds`, or every active region), each either
 *   priced or excluded with a reason: RESIDENCY (the contract's allowed jurisdictions / regions),
 *   NO_PRICE (no list price in force at `now`, or none in the contract's currency; a retired
 *   region), COMMITMENT (RESERVED without a commitment with room) or QUOTA. The cheapest eligible
 *   one is chosen (ties: region code); when none is, nothing is chosen and every exclusion is a refusal.
 * - Price: list price × GPUs × seconds less the contract's discount for the GPU type and class
 *   ({@link priceGpuUsage}, rounded once); RESERVED work inside a commitment at its committed
 *   rate ({@link priceCommittedGpuUsage}). The list price is the one in force at `now`.
 * - Quotas: CONCURRENT_GPUS quotas of the organization and of the project (GPU type or any ×
 *   region or any) against the GPUs the organization's (or the project's) live work holds.
 * - Spend cap: the amount against `cap − month-to-date spend`, where spend is rated usage plus
 *   what live jobs hold (as admission counts it). A HARD cap refuses; an ALERT cap warns. The
 *   whole amount is compared with this month's remainder, even for work running into next month.
 *
 * Bad input is thrown: BAD_USER_INPUT (a count out of range, an ID of the wrong kind, a project
 * of another organization) or NOT_FOUND naming the field (unknown GPU type, region, project).
 * The organization is assumed to exist and the caller to be allowed (the resolver checks).
 */
export async function quoteGpu(
  em: EntityManager,
  input: GpuQuoteRequest,
  now: Date = new Date(),
  options: QuoteOptions = {},
): Promise<GpuQuoteResult> {
  assertWhole('input.gpus', input.gpus, 1, MAX_QUOTE_GPUS);
  const seconds = secondsOf(input.hours);
  const nodes = input.nodes ?? null;
  if (nodes !== null) {
    assertWhole('input.nodes', nodes, 1, input.gpus);
    if (input.gpus % nodes !== 0) throw badInput('input.nodes', `${input.gpus} GPUs do not spread evenly over ${nodes} nodes.`);
  }
  const gpuType = await requireRow(em, GpuType, 'gpuType', 'GpuType', input.gpuTypeId, 'input.gpuTypeId');
  const regions = await acceptableRegions(em, input.regionIds ?? []);
  const projectId = await requireProjectOf(em, input.organizationId, input.projectId);

  const tif = await termsInForce(em, input.organizationId, now);
  const terms = tif?.terms ?? null;
  const contractCurrency = tif?.contract.currency ?? null;
  const end = new Date(now.getTime() + seconds * 1000);
  const held = await heldGpus(em, input.organizationId);
  const quotas = await quotasFor(em, input.organizationId, projectId, QuotaKind.CONCURRENT_GPUS);
  const codes = await allowedRegionCodes(em, terms);
  const reserved = input.priceClass === PricedClass.RESERVED;
  const commitments =
    reserved && tif
      ? await em.find(
          Commitment,
          { contract: tif.contract, gpuType: gpuType.id, status: CommitmentStatus.ACTIVE },
          { orderBy: { id: 'asc' } },
        )
      : [];
  const rooms = roomByPool(commitments, held, now);
  const discountBasisPoints = gpuDiscountBasisPoints(terms, gpuType.id, input.priceClass);
  const everPriced = await regionsEverPriced(em, gpuType.id, input.priceClass, regions);

  const candidates: GpuCandidate[] = [];
  for (const region of regions) {
    const candidate: GpuCandidate = { region, price: null, commitment: null, exclusions: [], quotas: [] };
    candidates.push(candidate);
    if (region.status !== LifecycleStatus.ACTIVE) {
      candidate.exclusions.push({
        reason: QuoteRefusalReason.NO_PRICE,
        field: 'input.regionIds',
        message: `Region ${region.code} is retired: nothing new runs there.`,
      });
      continue;
    }
    if (terms && !residencyAllows(terms, region)) {
      candidate.exclusions.push(residencyRefusal(terms, region, codes, 'input.regionIds'));
      continue;
    }
    const list = everPriced.has(region.id)
      ? await gpuPriceAt(em, { gpuTypeId: gpuType.id, regionId: region.id, priceClass: input.priceClass, at: now })
      : null;
    const listPrice = list && !currencyMismatch(contractCurrency, list.currency) ? list : null;
    if (reserved) {
      const covering = coveringCommitment(
        commitments,
        rooms,
        { region, gpuType, gpus: input.gpus, now, end, hours: input.hours },
        tif !== null,
      );
      if ('commitment' in covering && tif) {
        const priced = priceCommittedGpuUsage({
          ratePerGpuHour: covering.commitment.ratePerGpuHour,
          listPricePerGpuHour: listPrice?.pricePerGpuHour ?? null,
          gpus: input.gpus,
          seconds,
        });
        candidate.commitment = covering.commitment;
        candidate.price = {
          ...priced,
          basis: PriceBasis.COMMITTED_RATE,
          discountPercent: listPrice ? effectiveDiscountPercent(priced) : null,
          // Committed rates are in the contract's currency (RESERVED is covered only under a contract).
          currency: tif.contract.currency,
          unitPrice: covering.commitment.ratePerGpuHour,
          listUnitPrice: listPrice?.pricePerGpuHour ?? null,
        };
      } else if ('refusal' in covering) {
        candidate.exclusions.push(covering.refusal);
      }
    }
    if (!candidate.price && listPrice) {
      // Priced at list less the discount; for RESERVED without room this only informs (it stays excluded).
      const priced = priceGpuUsage({ listPricePerGpuHour: listPrice.pricePerGpuHour, discountBasisPoints, gpus: input.gpus, seconds });
      candidate.price = {
        ...priced,
        basis: discountBasisPoints > 0 ? PriceBasis.CONTRACT_DISCOUNT : PriceBasis.LIST,
        discountPercent: basisPointsToPercent(discountBasisPoints),
        currency: listPrice.currency,
        unitPrice: discountedUnitPrice(listPrice.pricePerGpuHour, discountBasisPoints),
        listUnitPrice: listPrice.pricePerGpuHour,
      };
    }
    if (!candidate.price && !reserved) {
      const message = list
        ? `The ${input.priceClass} list price for ${gpuType.code} in ${region.code} is in ${list.currency}; the contract is in ${contractCurrency} (amounts are never converted).`
        : `No ${input.priceClass} list price for ${gpuType.code} in ${region.code} is in force at ${now.toISOString()}.`;
      candidate.exclusions.push({ reason: QuoteRefusalReason.NO_PRICE, field: 'input.regionIds', message });
    }
    candidate.quotas = checkGpuQuotas(quotas, held, gpuType.id, region.id, input.gpus);
    for (const q of candidate.quotas) {
      if (q.exceeded) candidate.exclusions.push({ reason: QuoteRefusalReason.QUOTA, field: 'input.gpus', message: q.message });
    }
  }

  // The cheapest eligible region; equal amounts go to the first region code.
  const eligible = candidates.flatMap((c) => (c.price && !c.exclusions.length ? [{ candidate: c, amount: c.price.amount }] : []));
  eligible.sort((a, b) =>
    a.amount === b.amount ? a.candidate.region.code.localeCompare(b.candidate.region.code) : a.amount < b.amount ? -1 : 1,
  );
  const chosen = eligible[0]?.candidate ?? null;

  let refusals: QuoteNotice[];
  if (chosen) refusals = [];
  else if (!candidates.length) {
    refusals = [{ reason: QuoteRefusalReason.NO_PRICE, field: 'input.regionIds', message: 'There is no active region to run in.' }];
  } else refusals = dedupe(candidates.flatMap((c) => c.exclusions));

  const price = chosen?.price ?? null;
  const cap = await checkSpendCap(em, tif, input.organizationId, price?.amount ?? null, 'input.hours', now, options);
  refusals.push(...cap.refusals);

  return {
    asOf: now,
    organizationId: input.organizationId,
    projectId,
    termsInForce: tif,
    currency: contractCurrency ?? price?.currency ?? null,
    gpuType,
    gpus: input.gpus,
    nodes,
    hours: input.hours,
    seconds,
    priceClass: input.priceClass,
    region: chosen?.region ?? null,
    price,
    listUnitPrice: price?.listUnitPrice ?? null,
    unitPrice: price?.unitPrice ?? null,
    coveredBy: chosen?.commitment ?? null,
    candidates: candidates.map((c) => ({ ...c, chosen: c === chosen })),
    // Without a chosen region, every quota checked anywhere (the refusals say which were passed).
    quotas: chosen?.quotas ?? dedupeQuotas(candidates.flatMap((c) => c.quotas)),
    spendCap: cap.spendCap,
    spendSoFarKnown: cap.spendSoFarKnown,
    refusals,
    warnings: cap.warnings,
    allowed: refusals.length === 0,
  };
}

/**
 * The regions among `regions` that have ever had a list price for the key, in one query: only
 * those need asking for the price in force ({@link gpuPriceAt}, the price book's one definition of it).
 */
async function regionsEverPriced(
  em: EntityManager,
  gpuTypeId: string,
  priceClass: PricedClass,
  regions: readonly Region[],
): Promise<Set<string>> {
  if (!regions.length) return new Set();
  const rows = await em.execute<{ region_id: string }[]>(
    `select distinct region_id from gpu_prices where gpu_type_id = ? and price_class = ? and region_id in (${regions.map(() => '?').join(', ')})`,
    [gpuTypeId, priceClass, ...regions.map((r) => r.id)],
  );
  return new Set(rows.map((r) => r.region_id));
}

/** The acceptable regions in code order: the ones asked for (each must exist), or every active one. */
async function acceptableRegions(em: EntityManager, ids: readonly string[]): Promise<Region[]> {
  if (!ids.length) return em.find(Region, { status: LifecycleStatus.ACTIVE }, { orderBy: { code: 'asc' } });
  ids.forEach((id, i) => assertIdOf('region', id, `input.regionIds.${i}`));
  const found = new Map((await em.find(Region, { id: { $in: [...new Set(ids)] } })).map((r) => [r.id, r]));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw notFoundAt(`input.regionIds.${i}`, 'Region', id);
  });
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function dedupeQuotas(checks: QuotaCheckResult[]): QuotaCheckResult[] {
  const seen = new Set<string>();
  return checks.filter((c) => (seen.has(c.quota.id) ? false : (seen.add(c.quota.id), true)));
}

function dedupe(notices: QuoteNotice[]): QuoteNotice[] {
  const seen = new Set<string>();
  return notices.filter((n) => (seen.has(n.message) ? false : (seen.add(n.message), true)));
}

// ---------------------------------------------------------------------------------------------
// Token quotes

export interface TokenQuoteRequest {
  organizationId: string;
  projectId?: string | null;
  modelId: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * Prices a model's tokens for an organization and says what would refuse them. Read-only.
 *
 * - Price: the model's list prices in force at `now` less the contract's token discount (a
 *   discount naming the model beats the all-models one), input and output together, rounded
 *   once ({@link priceTokens}). No price in force (or none in the contract's currency) is a
 *   NO_PRICE refusal, not an error.
 * - Serving: the model must be served in an active region residency allows: served nowhere (or
 *   past its sunset) is NOT_SERVED; served only outside the allowed jurisdictions / regions is
 *   RESIDENCY. `servedIn` lists where it may run.
 * - TOKENS_PER_MINUTE quotas are reported (with a warning when the request alone is more than a
 *   minute allows): the gateway throttles, it does not refuse.
 * - Spend cap: as {@link quoteGpu}.
 *
 * Bad input is thrown: BAD_USER_INPUT (negative counts, wrong-kind IDs, a project of another
 * organization) or NOT_FOUND naming the field (unknown model, project).
 */
export async function quoteTokens(
  em: EntityManager,
  input: TokenQuoteRequest,
  now: Date = new Date(),
  options: QuoteOptions = {},
): Promise<TokenQuoteResult> {
  assertWhole('input.inputTokens', input.inputTokens, 0, MAX_QUOTE_TOKENS);
  assertWhole('input.outputTokens', input.outputTokens, 0, MAX_QUOTE_TOKENS);
  const model = await requireRow(em, Model, 'model', 'Model', input.modelId, 'input.modelId');
  const projectId = await requireProjectOf(em, input.organizationId, input.projectId);
  const tif = await termsInForce(em, input.organizationId, now);
  const terms = tif?.terms ?? null;
  const contractCurrency = tif?.contract.currency ?? null;
  const refusals: QuoteNotice[] = [];

  const served = ((await regionsOfModels(em, [model.id])).get(model.id) ?? []).filter((r) => r.status === LifecycleStatus.ACTIVE);
  const servedIn = served.filter((r) => residencyAllows(terms, r));
  if (model.status === ModelStatus.DEPRECATED && model.sunsetAt && model.sunsetAt <= now) {
    refusals.push({
      reason: QuoteRefusalReason.NOT_SERVED,
      field: 'input.modelId',
      message: `${model.key} stopped being served on ${model.sunsetAt.toISOString()}.`,
    });
  } else if (!served.length) {
    refusals.push({
      reason: QuoteRefusalReason.NOT_SERVED,
      field: 'input.modelId',
      message: `${model.key} is not served in any active region.`,
    });
  } else if (!servedIn.length && terms) {
    const codes = await allowedRegionCodes(em, terms);
    const where = served.map((r) => `${r.code} (${r.jurisdiction})`).join(', ');
    refusals.push({
      reason: QuoteRefusalReason.RESIDENCY,
      field: 'input.modelId',
      message: `${model.key} is served only in ${where}; the contract's data residency allows only ${describeResidency(terms, codes)}.`,
    });
  }

  const warnings: QuoteWarning[] = [];
  if (model.status === ModelStatus.DEPRECATED && model.sunsetAt && model.sunsetAt > now) {
    warnings.push({ message: `${model.key} is deprecated: it stops being served on ${model.sunsetAt.toISOString()}.` });
  }

  const list = await modelPriceAt(em, { modelId: model.id, at: now });
  let listPrice = list;
  if (!list) {
    refusals.push({
      reason: QuoteRefusalReason.NO_PRICE,
      field: 'input.modelId',
      message: `No list price for ${model.key} is in force at ${now.toISOString()}.`,
    });
  } else if (currencyMismatch(contractCurrency, list.currency)) {
    listPrice = null;
    refusals.push({
      reason: QuoteRefusalReason.NO_PRICE,
      field: 'input.modelId',
      message: `The list price for ${model.key} is in ${list.currency}; the contract is in ${contractCurrency} (amounts are never converted).`,
    });
  }

  const discountBasisPoints = tokenDiscountBasisPoints(terms, model.id);
  const priced = listPrice
    ? priceTokens({
        inputPerMillion: listPrice.inputPerMillionTokens,
        outputPerMillion: listPrice.outputPerMillionTokens,
        inputTokens: input.inputTokens,
        outputTokens: input.outputTokens,
        discountBasisPoints,
      })
    : null;
  const price: QuotePrice | null = priced && {
    ...priced,
    basis: discountBasisPoints > 0 ? PriceBasis.CONTRACT_DISCOUNT : PriceBasis.LIST,
    discountPercent: basisPointsToPercent(discountBasisPoints),
  };

  const tokens = input.inputTokens + input.outputTokens;
  const quotas = checkTokenQuotas(
    await quotasFor(em, input.organizationId, projectId, QuotaKind.TOKENS_PER_MINUTE),
    model.id,
    tokens,
    model.key,
  );
  warnings.push(...quotas.filter((q) => q.exceeded).map((q) => ({ message: q.message })));
  const cap = await checkSpendCap(em, tif, input.organizationId, price?.amount ?? null, null, now, options);
  refusals.push(...cap.refusals);
  warnings.push(...cap.warnings);

  return {
    asOf: now,
    organizationId: input.organizationId,
    projectId,
    termsInForce: tif,
    currency: contractCurrency ?? list?.currency ?? null,
    model,
    inputTokens: input.inputTokens,
    outputTokens: input.outputTokens,
    listInputPerMillion: listPrice?.inputPerMillionTokens ?? null,
    listOutputPerMillion: listPrice?.outputPerMillionTokens ?? null,
    inputPerMillion: listPrice ? discountedUnitPrice(listPrice.inputPerMillionTokens, discountBasisPoints) : null,
    outputPerMillion: listPrice ? discountedUnitPrice(listPrice.outputPerMillionTokens, discountBasisPoints) : null,
    servedIn,
    price,
    quotas,
    spendCap: cap.spendCap,
    spendSoFarKnown: cap.spendSoFarKnown,
    refusals,
    warnings,
    allowed: refusals.length === 0,
  };
}
