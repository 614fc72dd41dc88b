import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Credentials, type GqlResult, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeCluster, makePool } from '../support/fleet';
import { newId } from '../../server/src/lib/ids';
import { ApiKeyScope, MembershipRole } from '../../server/src/modules/tenancy/tenancy.enums';
import { Organization } from '../../server/src/modules/tenancy/organization.entity';
import { Membership } from '../../server/src/modules/tenancy/membership.entity';
import { Project } from '../../server/src/modules/tenancy/project.entity';
import { Region } from '../../server/src/modules/inventory/region.entity';
import { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import type { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { CapacityAllocation } from '../../server/src/modules/inventory/capacity-allocation.entity';
import { ingestUsage } from '../../server/src/modules/metering/usage-ingest.service';
import { UsageKind } from '../../server/src/modules/metering/usage.enums';
import { rollUpAndRate } from '../../server/src/modules/billing/billing-cycle.service';
import { CapacityClass, GpuVendor, Interconnect, Jurisdiction, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { Model } from '../../server/src/modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../../server/src/modules/catalog/prices.entity';
import { Modality, ModelStatus } from '../../server/src/modules/catalog/catalog.enums';
import { Contract } from '../../server/src/modules/contracts/contract.entity';
import { ContractVersion } from '../../server/src/modules/contracts/contract-version.entity';
import { Commitment } from '../../server/src/modules/contracts/commitment.entity';
import { Quota } from '../../server/src/modules/contracts/quota.entity';
import { CommitmentStatus, ContractStatus, QuotaKind, SpendCapMode } from '../../server/src/modules/contracts/contracts.enums';
import { contractTermsSchema } from '../../server/src/modules/contracts/contract-terms';
import { quoteGpu } from '../../server/src/modules/contracts/quote.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);

let app: TestApp;
let world: World;
let eu: Region;
let us: Region;
let h100: GpuType;
let unpricedGpu: GpuType;
let euPool: NodePool;
let llama: Model;
let qwen: Model;
let usOnlyModel: Model;
let unpricedModel: Model;
let commitment: Commitment;

// List prices per GPU-hour, in micro-units: US on-demand is the cheaper one.
const EU_ON_DEMAND = 3_333_333n;
const US_ON_DEMAND = 3_000_000n;
const EU_RESERVED = 2_500_000n;
const COMMITTED_RATE = 2_000_000n;

const GPU_QUOTE = `query($i: QuoteGpuInput!) {
  quoteGpu(input: $i) {
    asOf currency amount listAmount discountPercent priceBasis allowed unitPrice listUnitPrice gpus nodes hours priceClass
    region { code } gpuType { code } coveredBy { id gpus ratePerGpuHour }
    refusals { reason field message } warnings spendSoFarKnown
    quotas { quotaId kind scope limit inUse usageTracked requested exceeded message }
    spendCap { mode monthlyCap spentSoFar spendSoFarKnown remaining wouldExceed }
    candidates { region { code } chosen amount listAmount unitPrice exclusions { reason field message } }
  }
}`;

const TOKEN_QUOTE = `query($i: QuoteTokensInput!) {
  quoteTokens(input: $i) {
    currency amount listAmount discountPercent priceBasis allowed inputTokens outputTokens
    listInputPerMillion listOutputPerMillion inputPerMillion outputPerMillion
    model { key } servedIn { code } refusals { reason field message } warnings spendSoFarKnown
    quotas { kind scope limit inUse usageTracked requested exceeded message }
  }
}`;

interface Refusal {
  reason: string;
  field: string | null;
  message: string;
}
interface GpuQuote {
  currency: string | null;
  amount: string | null;
  listAmount: string | null;
  discountPercent: number | null;
  priceBasis: string | null;
  allowed: boolean;
  unitPrice: string | null;
  listUnitPrice: string | null;
  region: { code: string } | null;
  coveredBy: { id: string; gpus: number; ratePerGpuHour: string } | null;
  refusals: Refusal[];
  warnings: string[];
  spendSoFarKnown: boolean;
  quotas: { scope: string; limit: number; inUse: number; usageTracked: boolean; requested: number; exceeded: boolean; message: string }[];
  spendCap: {
    mode: string;
    monthlyCap: string;
    spentSoFar: string;
    spendSoFarKnown: boolean;
    remaining: string;
    wouldExceed: boolean;
  } | null;
  candidates: { region: { code: string }; chosen: boolean; amount: string | null; listAmount: string | null; exclusions: Refusal[] }[];
}
interface TokenQuote {
  currency: string | null;
  amount: string | null;
  listAmount: string | null;
  discountPercent: number | null;
  priceBasis: string | null;
  allowed: boolean;
  listInputPerMillion: string | null;
  inputPerMillion: string | null;
  outputPerMillion: string | null;
  servedIn: { code: string }[];
  refusals: Refusal[];
  warnings: string[];
  quotas: { kind: string; limit: number; requested: number; exceeded: boolean; usageTracked: boolean }[];
}

const as = (persona: keyof World['tokens']): Credentials => ({ bearer: world.tokens[persona] });
const owner = () => as('owner');

async function gpuQuote(input: Record<string, unknown>, auth: Credentials = owner()): Promise<GpuQuote> {
  const res = await app.gql<{ quoteGpu: GpuQuote }>(GPU_QUOTE, { i: { gpuTypeId: h100.id, priceClass: 'ON_DEMAND', ...input } }, auth);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.quoteGpu;
}

async function tokenQuote(input: Record<string, unknown>, auth: Credentials = owner()): Promise<TokenQuote> {
  const res = await app.gql<{ quoteTokens: TokenQuote }>(
    TOKEN_QUOTE,
    { i: { inputTokens: 1_234_567, outputTokens: 345_679, ...input } },
    auth,
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.quoteTokens;
}

function refused(res: GqlResult, code: string, field?: string) {
  expect(res.errors?.length, JSON.stringify(res.data)).toBeGreaterThan(0);
  const error = res.errors![0]!;
  expect(error.extensions.code, error.message).toBe(code);
  if (field) expect(error.extensions['field'], error.message).toBe(field);
  return error;
}

/** An organization of its own, owned by the world's owner, optionally under an ACTIVE contract with these terms. */
async function newOrg(terms?: Record<string, unknown>): Promise<{ org: Organization; contract: Contract | null }> {
  const em = app.orm.em.fork();
  const tag = Math.random().toString(36).slice(2, 8);
  const org = em.create(Organization, { id: newId('organization'), name: `Quote ${tag}`, slug: `quote-${tag}` });
  em.create(Membership, { id: newId('membership'), organization: org, user: world.users.owner.id, role: MembershipRole.OWNER });
  const contract = terms ? addContract(em, org.id, terms) : null;
  await em.flush();
  return { org, contract };
}

/** An ACTIVE contract running from yesterday for a year, with one version holding the terms. */
function addContract(em: ReturnType<TestApp['orm']['em']['fork']>, organizationId: string, terms: Record<string, unknown>): Contract {
  const startsAt = ago(DAY);
  const contract = em.create(Contract, {
    id: newId('contract'),
    organization: organizationId,
    name: 'Enterprise',
    currency: 'USD',
    startsAt,
    endsAt: later(365 * DAY),
    status: ContractStatus.ACTIVE,
    activatedAt: startsAt,
  });
  em.create(ContractVersion, {
    id: newId('contractVersion'),
    contract,
    number: 1,
    effectiveFrom: startsAt,
    effectiveTo: null,
    terms: contractTermsSchema.parse(terms),
  });
  return contract;
}

function allocate(
  em: ReturnType<TestApp['orm']['em']['fork']>,
  organizationId: string,
  capacityClass: CapacityClass,
  gpus: number,
  projectId: string | null = null,
) {
  em.create(CapacityAllocation, {
    id: newId('allocation'),
    pool: euPool,
    capacityClass,
    gpus,
    organizationId,
    projectId,
    source: `job:test-${gpus}`,
  });
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  const em = app.orm.em.fork();
  const region = (code: string, jurisdiction: Jurisdiction) =>
    em.create(Region, { id: newId('region'), code: `${code}-${world.tag}`, name: code, jurisdiction });
  eu = region('eu-west', Jurisdiction.EU);
  us = region('us-east', Jurisdiction.US);
  const gpu = (code: string) =>
    em.create(GpuType, {
      id: newId('gpuType'),
      code: `${code}-${world.tag}`,
      vendor: GpuVendor.NVIDIA,
      memoryGb: 80,
      interconnect: Interconnect.NVLINK,
    });
  h100 = gpu('H100-80GB');
  unpricedGpu = gpu('B200-192GB');
  const price = (r: Region, priceClass: PricedClass, pricePerGpuHour: bigint) =>
    em.create(GpuPrice, {
      id: newId('gpuPrice'),
      gpuType: h100,
      region: r,
      priceClass,
      currency: 'USD',
      pricePerGpuHour,
      effectiveFrom: ago(30 * DAY),
    });
  price(eu, PricedClass.ON_DEMAND, EU_ON_DEMAND);
  price(us, PricedClass.ON_DEMAND, US_ON_DEMAND);
  price(eu, PricedClass.RESERVED, EU_RESERVED);
  euPool = await makePool(em, await makeCluster(em, eu), h100);

  const model = (key: string, regions: Region[]) => {
    const m = em.create(Model, {
      id: newId('model'),
      key: `quote-${world.tag}/${key}`,
      family: 'test',
      parametersB: 70,
      contextWindow: 131072,
      license: 'apache-2.0',
      modalities: [Modality.TEXT],
      status: ModelStatus.GA,
    });
    m.regions.set(regions);
    return m;
  };
  const modelPrice = (m: Model) =>
    em.create(ModelPrice, {
      id: newId('modelPrice'),
      model: m,
      currency: 'USD',
      inputPerMillionTokens: 880_000n,
      outputPerMillionTokens: 900_000n,
      effectiveFrom: ago(30 * DAY),
    });
  llama = model('Llama-3.3-70B', [eu, us]);
  qwen = model('Qwen-2.5-72B', [eu]);
  usOnlyModel = model('US-Only-8B', [us]);
  unpricedModel = model('Unpriced-8B', [eu]);
  [llama, qwen, usOnlyModel].forEach(modelPrice);

  // Organization A: the enterprise customer. 15% off H100 ON_DEMAND, token discounts, an ALERT
  // cap, a RESERVED commitment of 16 GPUs in eu-west of which running work holds 10.
  const contract = addContract(em, world.orgA.id, {
    gpuDiscounts: [{ gpuTypeId: h100.id, priceClass: PricedClass.ON_DEMAND, percent: 15 }],
    tokenDiscounts: [
      { modelId: null, percent: 10 },
      { modelId: llama.id, percent: 25 },
    ],
    spendCap: { monthlyMicros: '150000000', mode: SpendCapMode.ALERT },
  });
  commitment = em.create(Commitment, {
    id: newId('commitment'),
    contract,
    gpuType: h100,
    region: eu,
    pool: euPool,
    gpus: 16,
    startsAt: ago(DAY),
    endsAt: later(30 * DAY),
    ratePerGpuHour: COMMITTED_RATE,
    status: CommitmentStatus.ACTIVE,
    addedInVersion: 1,
  });
  allocate(em, world.orgA.id, CapacityClass.RESERVED, 10);
  em.create(Quota, { id: newId('quota'), organization: world.orgA.id, kind: QuotaKind.TOKENS_PER_MINUTE, model: llama, limit: 1_000_000 });
  await em.flush();
});
afterAll(() => app.close());

describe('GPU quotes', () => {
  it('gives a pay-as-you-go organization the list price, and the cheapest region when any will do', async () => {
    const { org } = await newOrg();
    const quote = await gpuQuote({ organizationId: org.id, regionIds: [eu.id], gpus: 7, hours: 10 });
    expect(quote).toMatchObject({
      currency: 'USD',
      listAmount: '233333310',
      amount: '233333310',
      discountPercent: 0,
      priceBasis: 'LIST',
      unitPrice: String(EU_ON_DEMAND),
      listUnitPrice: String(EU_ON_DEMAND),
      region: { code: eu.code },
      coveredBy: null,
      allowed: true,
      refusals: [],
      spendCap: null,
      spendSoFarKnown: true,
    });

    const anywhere = await gpuQuote({ organizationId: org.id, gpus: 7, hours: 10 });
    expect(anywhere.region?.code).toBe(us.code);
    expect(anywhere.amount).toBe('210000000');
    const byCode = Object.fromEntries(anywhere.candidates.map((c) => [c.region.code, c]));
    expect(byCode[eu.code]).toMatchObject({ chosen: false, amount: '233333310', exclusions: [] });
    expect(byCode[us.code]).toMatchObject({ chosen: true, amount: '210000000', exclusions: [] });
  });

  it('takes the contract discount off list and rounds once: 85% of 233,333,310 is 198,333,313.5 → 198,333,314', async () => {
    const quote = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], gpus: 7, hours: 10 });
    expect(quote).toMatchObject({
      listAmount: '233333310',
      amount: '198333314',
      discountPercent: 15,
      priceBasis: 'CONTRACT_DISCOUNT',
      listUnitPrice: '3333333',
      // 2,833,333.05 for display; 2,833,333 × 70 GPU-hours would have made 198,333,310.
      unitPrice: '2833333',
      allowed: true,
    });
    // The discount is for ON_DEMAND only: SPOT has no price here at all, and that is a refusal, not an error.
    const spot = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], priceClass: 'SPOT', gpus: 1, hours: 1 });
    expect(spot).toMatchObject({ allowed: false, amount: null, region: null });
    expect(spot.refusals).toEqual([
      { reason: 'NO_PRICE', field: 'input.regionIds', message: expect.stringContaining('No SPOT list price') },
    ]);
  });

  it('prices RESERVED work inside a commitment with room at the committed rate, and names the commitment', async () => {
    const quote = await gpuQuote({ organizationId: world.orgA.id, priceClass: 'RESERVED', gpus: 4, hours: 24 });
    expect(quote).toMatchObject({
      region: { code: eu.code },
      amount: String(COMMITTED_RATE * 4n * 24n),
      listAmount: String(EU_RESERVED * 4n * 24n),
      discountPercent: 20,
      priceBasis: 'COMMITTED_RATE',
      unitPrice: String(COMMITTED_RATE),
      coveredBy: { id: commitment.id, gpus: 16, ratePerGpuHour: String(COMMITTED_RATE) },
      allowed: true,
    });
  });

  it('refuses RESERVED work the commitment has no room for, or that outlasts it', async () => {
    // 16 committed, 10 held by running RESERVED work: 6 free.
    const full = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], priceClass: 'RESERVED', gpus: 8, hours: 24 });
    expect(full).toMatchObject({ allowed: false, coveredBy: null, region: null, amount: null });
    expect(full.refusals).toHaveLength(1);
    expect(full.refusals[0]).toMatchObject({ reason: 'COMMITMENT', field: 'input.priceClass' });
    expect(full.refusals[0]!.message).toMatch(/^RESERVED needs a commitment with room: /);
    expect(full.refusals[0]!.message).toContain('commits 16 GPUs, RESERVED work holds 10 in its pool, 6 free, 8 asked');

    const tooLong = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], priceClass: 'RESERVED', gpus: 2, hours: 60 * 24 });
    expect(tooLong.refusals[0]!.message).toContain('not the whole 1440 hours from now');

    const elsewhere = await gpuQuote({ organizationId: world.orgA.id, regionIds: [us.id], priceClass: 'RESERVED', gpus: 1, hours: 1 });
    expect(elsewhere.refusals[0]!.message).toContain(`no active ${h100.code} commitment in ${us.code}`);

    const { org } = await newOrg();
    const payg = await gpuQuote({ organizationId: org.id, regionIds: [eu.id], priceClass: 'RESERVED', gpus: 1, hours: 1 });
    expect(payg.refusals[0]!.message).toContain('pay as you go has no commitments');
  });

  it('keeps EU-only work out of a US region: picks the EU one when both are acceptable, refuses when only the US one is', async () => {
    const { org } = await newOrg({ allowedJurisdictions: [Jurisdiction.EU] });
    const both = await gpuQuote({ organizationId: org.id, regionIds: [us.id, eu.id], gpus: 1, hours: 1 });
    expect(both).toMatchObject({ allowed: true, region: { code: eu.code }, amount: String(EU_ON_DEMAND) });
    const usCandidate = both.candidates.find((c) => c.region.code === us.code)!;
    expect(usCandidate).toMatchObject({ chosen: false, amount: null });
    expect(usCandidate.exclusions).toEqual([
      {
        reason: 'RESIDENCY',
        field: 'input.regionIds',
        message: `Region ${us.code} is in US; the contract's data residency allows only jurisdiction EU.`,
      },
    ]);

    const usOnly = await gpuQuote({ organizationId: org.id, regionIds: [us.id], gpus: 1, hours: 1 });
    expect(usOnly).toMatchObject({ allowed: false, region: null, amount: null });
    expect(usOnly.refusals.map((r) => r.reason)).toEqual(['RESIDENCY']);
  });

  it('refuses work past a quota, with the numbers', async () => {
    const { org } = await newOrg();
    const em = app.orm.em.fork();
    const project = em.create(Project, { id: newId('project'), organization: org.id, name: 'Training', slug: 'training' });
    em.create(Quota, { id: newId('quota'), organization: org.id, kind: QuotaKind.CONCURRENT_GPUS, gpuType: h100, region: eu, limit: 16 });
    em.create(Quota, { id: newId('quota'), organization: org.id, project, kind: QuotaKind.CONCURRENT_GPUS, limit: 2 });
    allocate(em, org.id, CapacityClass.ON_DEMAND, 11);
    allocate(em, org.id, CapacityClass.ON_DEMAND, 1, project.id);
    await em.flush();

    const over = await gpuQuote({ organizationId: org.id, regionIds: [eu.id], gpus: 8, hours: 1 });
    expect(over).toMatchObject({ allowed: false, region: null });
    expect(over.refusals).toEqual([
      {
        reason: 'QUOTA',
        field: 'input.gpus',
        message: `Organization quota of 16 ${h100.code} GPUs in ${eu.code} reached: 12 in use, 8 more asked.`,
      },
    ]);
    expect(over.quotas[0]).toMatchObject({ scope: 'ORGANIZATION', limit: 16, inUse: 12, requested: 8, exceeded: true, usageTracked: true });

    const fits = await gpuQuote({ organizationId: org.id, regionIds: [eu.id], gpus: 4, hours: 1 });
    expect(fits).toMatchObject({ allowed: true, region: { code: eu.code } });
    expect(fits.quotas).toEqual([expect.objectContaining({ limit: 16, inUse: 12, requested: 4, exceeded: false })]);

    // The quota is for eu-west only: the US region is not held by it.
    expect((await gpuQuote({ organizationId: org.id, regionIds: [us.id], gpus: 8, hours: 1 })).allowed).toBe(true);

    const inProject = await gpuQuote({ organizationId: org.id, projectId: project.id, regionIds: [eu.id], gpus: 4, hours: 1 });
    expect(inProject.allowed).toBe(false);
    expect(inProject.refusals[0]).toMatchObject({ reason: 'QUOTA', field: 'input.gpus' });
    expect(inProject.refusals[0]!.message).toBe('Project quota of 2 GPUs of any type in any region reached: 1 in use, 4 more asked.');
  });

  it('refuses work past a HARD spend cap counting what is spent or held this month, and warns past an ALERT one', async () => {
    const cap = (mode: SpendCapMode) => ({ spendCap: { monthlyMicros: '100000000', mode } });
    const { org: hard } = await newOrg(cap(SpendCapMode.HARD));
    // $20 of GPU time already used this month: 24,000 GPU-seconds at the US ON_DEMAND list price
    // of $3/GPU-hour, ingested, rolled up and rated onto the open invoice.
    const em = app.orm.em.fork();
    const project = em.create(Project, { id: newId('project'), organization: hard.id, name: 'Spent', slug: 'spent' });
    await em.flush();
    await app.orm.em.fork().transactional((tx) =>
      ingestUsage(tx, [
        {
          dedupKey: `spent-${hard.id}`,
          organizationId: hard.id,
          projectId: project.id,
          kind: UsageKind.GPU_SECONDS,
          quantity: 24_000n,
          occurredAt: new Date(Date.now() - 1_000),
          gpuTypeId: h100.id,
          capacityClass: CapacityClass.ON_DEMAND,
          regionId: us.id,
        },
      ]),
    );
    await rollUpAndRate(app.orm.em.fork());
    const refusedQuote = await gpuQuote({ organizationId: hard.id, regionIds: [eu.id], gpus: 7, hours: 10 });
    expect(refusedQuote).toMatchObject({
      allowed: false,
      amount: '233333310',
      spendSoFarKnown: true,
      spendCap: {
        mode: 'HARD',
        monthlyCap: '100000000',
        spentSoFar: '20000000',
        spendSoFarKnown: true,
        remaining: '80000000',
        wouldExceed: true,
      },
    });
    expect(refusedQuote.refusals).toEqual([
      {
        reason: 'SPEND_CAP',
        field: 'input.hours',
        message:
          'This would pass the HARD monthly spend cap: 233.333310 USD quoted, monthly cap 100.000000 USD, 20.000000 USD spent or held this month, 80.000000 USD left.',
      },
    ]);
    expect(refusedQuote.warnings).toEqual([]);
    expect((await gpuQuote({ organizationId: hard.id, regionIds: [eu.id], gpus: 1, hours: 1 })).allowed).toBe(true);

    const { org: alert } = await newOrg(cap(SpendCapMode.ALERT));
    const warned = await gpuQuote({ organizationId: alert.id, regionIds: [eu.id], gpus: 7, hours: 10 });
    expect(warned).toMatchObject({ allowed: true, refusals: [], spendCap: { mode: 'ALERT', wouldExceed: true } });
    expect(warned.warnings).toContainEqual(
      expect.stringMatching(/^This would pass the monthly spend cap \(ALERT: allowed, and alerts are raised\)/),
    );
  });

  it('checks the cap against month-to-date spend once metering provides it', async () => {
    const { org } = await newOrg({ spendCap: { monthlyMicros: '100000000', mode: SpendCapMode.HARD } });
    const em = app.orm.em.fork();
    const input = { organizationId: org.id, gpuTypeId: h100.id, regionIds: [eu.id], priceClass: PricedClass.ON_DEMAND, gpus: 1, hours: 10 };
    const asked: { organizationId: string; since: Date }[] = [];
    const quote = await quoteGpu(em, input, new Date(), {
      monthToDateSpend: async (_em, query) => {
        asked.push(query);
        return { micros: 90_000_000n, known: true };
      },
    });
    expect(asked[0]?.organizationId).toBe(org.id);
    expect(asked[0]?.since.getUTCDate()).toBe(1);
    expect(quote.spendSoFarKnown).toBe(true);
    expect(quote.spendCap).toMatchObject({ spentSoFar: 90_000_000n, remaining: 10_000_000n, wouldExceed: true });
    expect(quote.refusals.map((r) => r.reason)).toEqual(['SPEND_CAP']);
    expect(quote.warnings).toEqual([]);
  });
});

describe('token quotes', () => {
  it('lets a model-specific discount beat the all-models one, rounding once', async () => {
    // (880,000 × 1,234,567 + 900,000 × 345,679) / 10^6 = 1,397,530.06 at list.
    const specific = await tokenQuote({ organizationId: world.orgA.id, modelId: llama.id });
    expect(specific).toMatchObject({
      currency: 'USD',
      listAmount: '1397530',
      amount: '1048148', // × 75% = 1,048,147.545
      discountPercent: 25,
      priceBasis: 'CONTRACT_DISCOUNT',
      listInputPerMillion: '880000',
      inputPerMillion: '660000',
      outputPerMillion: '675000',
      allowed: true,
    });
    expect(specific.servedIn.map((r) => r.code).sort()).toEqual([eu.code, us.code].sort());
    // The TOKENS_PER_MINUTE quota is reported and warned about, not a refusal.
    expect(specific.quotas).toEqual([
      expect.objectContaining({ kind: 'TOKENS_PER_MINUTE', limit: 1_000_000, requested: 1_580_246, exceeded: true, usageTracked: false }),
    ]);
    expect(specific.warnings).toContainEqual(expect.stringContaining('at least 2 minutes'));

    const general = await tokenQuote({ organizationId: world.orgA.id, modelId: qwen.id });
    expect(general).toMatchObject({ listAmount: '1397530', amount: '1257777', discountPercent: 10, quotas: [] }); // × 90% = 1,257,777.054
  });

  it('refuses a model served only outside the allowed jurisdictions, and one without a price', async () => {
    const { org } = await newOrg({ allowedJurisdictions: [Jurisdiction.EU] });
    const outside = await tokenQuote({ organizationId: org.id, modelId: usOnlyModel.id });
    expect(outside).toMatchObject({ allowed: false, servedIn: [], amount: '1397530' });
    expect(outside.refusals).toEqual([
      {
        reason: 'RESIDENCY',
        field: 'input.modelId',
        message: `${usOnlyModel.key} is served only in ${us.code} (US); the contract's data residency allows only jurisdiction EU.`,
      },
    ]);
    expect((await tokenQuote({ organizationId: org.id, modelId: llama.id })).servedIn).toEqual([{ code: eu.code }]);

    const unpriced = await tokenQuote({ organizationId: org.id, modelId: unpricedModel.id });
    expect(unpriced).toMatchObject({ allowed: false, amount: null, currency: 'USD' });
    expect(unpriced.refusals.map((r) => r.reason)).toEqual(['NO_PRICE']);
  });
});

describe('who sees what', () => {
  it('gives members and JOBS_WRITE keys the price they would pay, without the commercial terms', async () => {
    const key = await world.apiKey([ApiKeyScope.JOBS_WRITE]);
    for (const auth of [as('member'), { bearer: key.secret }]) {
      const quote = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], gpus: 7, hours: 10 }, auth);
      expect(quote).toMatchObject({
        amount: '198333314',
        unitPrice: '2833333',
        listAmount: null,
        listUnitPrice: null,
        discountPercent: null,
        priceBasis: null,
        spendCap: null,
        allowed: true,
      });
      expect(quote.candidates.every((c) => c.listAmount === null)).toBe(true);
      // The ALERT cap warns, without its figures.
      expect(quote.warnings).toContain(
        "This would pass the organization's monthly spend cap: it is allowed, and the organization is alerted.",
      );
      expect(quote.warnings.join(' ')).not.toMatch(/150\.000000/);

      const reserved = await gpuQuote({ organizationId: world.orgA.id, priceClass: 'RESERVED', gpus: 4, hours: 24 }, auth);
      expect(reserved).toMatchObject({ amount: String(COMMITTED_RATE * 96n), coveredBy: null, discountPercent: null });
      const full = await gpuQuote({ organizationId: world.orgA.id, regionIds: [eu.id], priceClass: 'RESERVED', gpus: 8, hours: 24 }, auth);
      expect(full.refusals[0]!.message).toBe(
        `RESERVED needs a commitment with room: none covers 8 ${h100.code} GPUs in ${eu.code} for 24 hours.`,
      );

      const tokens = await tokenQuote({ organizationId: world.orgA.id, modelId: llama.id }, auth);
      expect(tokens).toMatchObject({ amount: '1048148', listAmount: null, discountPercent: null, listInputPerMillion: null });
    }
  });

  it('shows the terms to billing, operators and account managers', async () => {
    for (const persona of ['billing', 'operator', 'accountManager'] as const) {
      const quote = await gpuQuote({ organizationId: world.orgA.id, priceClass: 'RESERVED', gpus: 4, hours: 24 }, as(persona));
      expect(quote, persona).toMatchObject({ discountPercent: 20, coveredBy: { id: commitment.id } });
    }
  });

  it('refuses viewers, hides the organization from outsiders and keys from other projects', async () => {
    const input = { i: { organizationId: world.orgA.id, gpuTypeId: h100.id, priceClass: 'ON_DEMAND', gpus: 1, hours: 1 } };
    refused(await app.gql(GPU_QUOTE, input, as('viewer')), 'FORBIDDEN');
    refused(await app.gql(GPU_QUOTE, input, as('outsider')), 'NOT_FOUND');
    refused(await app.gql(GPU_QUOTE, input, {}), 'UNAUTHENTICATED');
    const readOnly = await world.apiKey([ApiKeyScope.READ]);
    refused(await app.gql(GPU_QUOTE, input, { bearer: readOnly.secret }), 'FORBIDDEN');
    const key = await world.apiKey([ApiKeyScope.JOBS_WRITE]);
    refused(await app.gql(GPU_QUOTE, { i: { ...input.i, projectId: world.projectA2.id } }, { bearer: key.secret }), 'NOT_FOUND');
    refused(await app.gql(GPU_QUOTE, { i: { ...input.i, projectId: world.projectB.id } }, owner()), 'NOT_FOUND');
    // A project the caller sees, of another of their organizations.
    const { org } = await newOrg();
    const em = app.orm.em.fork();
    const elsewhere = em.create(Project, { id: newId('project'), organization: org.id, name: 'Elsewhere', slug: 'elsewhere' });
    await em.flush();
    refused(await app.gql(GPU_QUOTE, { i: { ...input.i, projectId: elsewhere.id } }, owner()), 'BAD_USER_INPUT', 'input.projectId');
  });
});

describe('bad input', () => {
  const base = () => ({ organizationId: world.orgA.id, gpuTypeId: h100.id, priceClass: 'ON_DEMAND', gpus: 1, hours: 1 });

  it('refuses counts out of range, naming the field', async () => {
    for (const [change, field] of [
      [{ gpus: 0 }, 'input.gpus'],
      [{ gpus: -4 }, 'input.gpus'],
      [{ hours: 0 }, 'input.hours'],
      [{ hours: -1 }, 'input.hours'],
      [{ hours: 8761 }, 'input.hours'],
      [{ gpus: 8, nodes: 3 }, 'input.nodes'],
    ] as const) {
      refused(await app.gql(GPU_QUOTE, { i: { ...base(), ...change } }, owner()), 'BAD_USER_INPUT', field);
    }
    const tokens = { organizationId: world.orgA.id, modelId: llama.id, inputTokens: -1, outputTokens: 0 };
    refused(await app.gql(TOKEN_QUOTE, { i: tokens }, owner()), 'BAD_USER_INPUT', 'input.inputTokens');
  });

  it('names unknown and wrong-kind IDs', async () => {
    refused(await app.gql(GPU_QUOTE, { i: { ...base(), gpuTypeId: newId('gpuType') } }, owner()), 'NOT_FOUND', 'input.gpuTypeId');
    refused(await app.gql(GPU_QUOTE, { i: { ...base(), gpuTypeId: eu.id } }, owner()), 'BAD_USER_INPUT', 'input.gpuTypeId');
    refused(await app.gql(GPU_QUOTE, { i: { ...base(), regionIds: [eu.id, newId('region')] } }, owner()), 'NOT_FOUND', 'input.regionIds.1');
    refused(await app.gql(GPU_QUOTE, { i: { ...base(), regionIds: [h100.id] } }, owner()), 'BAD_USER_INPUT', 'input.regionIds.0');
    refused(await app.gql(GPU_QUOTE, { i: { ...base(), organizationId: h100.id } }, owner()), 'BAD_USER_INPUT', 'input.organizationId');
    const tokens = { organizationId: world.orgA.id, inputTokens: 1, outputTokens: 1 };
    refused(await app.gql(TOKEN_QUOTE, { i: { ...tokens, modelId: newId('model') } }, owner()), 'NOT_FOUND', 'input.modelId');
    refused(await app.gql(TOKEN_QUOTE, { i: { ...tokens, modelId: eu.id } }, owner()), 'BAD_USER_INPUT', 'input.modelId');
  });

  it('answers a GPU type without any price with NO_PRICE refusals, not an error', async () => {
    const quote = await gpuQuote({
      organizationId: world.orgA.id,
      gpuTypeId: unpricedGpu.id,
      regionIds: [eu.id, us.id],
      gpus: 1,
      hours: 1,
    });
    expect(quote).toMatchObject({ allowed: false, amount: null, region: null, currency: 'USD' });
    expect(quote.refusals.map((r) => [r.reason, r.message])).toEqual([
      ['NO_PRICE', expect.stringContaining(`No ON_DEMAND list price for ${unpricedGpu.code} in ${eu.code}`)],
      ['NO_PRICE', expect.stringContaining(`No ON_DEMAND list price for ${unpricedGpu.code} in ${us.code}`)],
    ]);
  });
});
