import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { makeCluster, makeGpuType, makePool, makeRegion } from '../support/fleet';
import { activeContract, gpuEvent, months } from '../support/billing';
import { makeModel } from '../support/catalog';
import { newId } from '../../server/src/lib/ids';
import { createOrganization } from '../../server/src/modules/tenancy/organization.service';
import { createProject } from '../../server/src/modules/tenancy/project.service';
import { ApiKeyScope, OrganizationKind } from '../../server/src/modules/tenancy/tenancy.enums';
import { CapacityClass, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { Commitment } from '../../server/src/modules/contracts/commitment.entity';
import { CommitmentStatus, SpendCapMode } from '../../server/src/modules/contracts/contracts.enums';
import { rollUpAndRate, runBillingCycle } from '../../server/src/modules/billing/billing-cycle.service';
import { rollUpUsage } from '../../server/src/modules/metering/usage-rollup.service';
import { FLEET_PRICES, priceFleet, startJobWorkers } from '../support/jobs';
import { UsageKind } from '../../server/src/modules/metering/usage.enums';
import type { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import type { Region } from '../../server/src/modules/inventory/region.entity';
import type { NodePool } from '../../server/src/modules/inventory/node-pool.entity';

let app: TestApp;
let world: World;
let gpu: GpuType;
let region: Region;
let pool: NodePool;
let modelId: string;
let ingestKey: string;
const m = months();

const ON_DEMAND = FLEET_PRICES.ON_DEMAND;
const SPOT = FLEET_PRICES.SPOT;
const INPUT_PER_MILLION = 500_000n;

const INGEST = `mutation($events: [UsageEventInput!]!) {
  ingestUsage(events: $events) { accepted duplicates rejected { index dedupKey field reason } adjusted { index dedupKey billedMonth reason } }
}`;
const INVOICE_FIELDS = `id number status currency subtotal discounts credits total usageTotal warnings periodStart
  replaces { id number status }
  lines { position kind description sku quantity unit unitPrice discountBasisPoints listAmount discountAmount amount commitmentId usedQuantity utilizationPercent }
  downloads { json csv }`;

interface Line {
  kind: string;
  description: string;
  quantity: string;
  unitPrice: string | null;
  discountBasisPoints: number;
  listAmount: string;
  discountAmount: string;
  amount: string;
  usedQuantity: string | null;
  utilizationPercent: number | null;
}
interface InvoiceView {
  id: string;
  number: string | null;
  status: string;
  total: string;
  subtotal: string;
  discounts: string;
  usageTotal: string;
  lines: Line[];
  replaces: { id: string; number: string; status: string } | null;
  downloads: { json: string; csv: string };
}

async function ingest(events: unknown[], bearer = ingestKey) {
  return app.gql<{
    ingestUsage: {
      accepted: number;
      duplicates: number;
      rejected: { field: string; reason: string; index: number }[];
      adjusted: { index: number; reason: string }[];
    };
  }>(INGEST, { events }, { bearer });
}

/** A customer organization with a project, owned by the world's owner (so its tokens read it). */
async function customer(name: string): Promise<{ organizationId: string; projectId: string }> {
  const em = app.orm.em.fork();
  const owner = await em.findOneOrFail('User', world.users.owner.id);
  const org = await createOrganization(em, { name, slug: `${name.toLowerCase()}-${world.tag}`, owner: owner as never });
  const project = await createProject(em, org, { name: 'Main', slug: 'main' });
  await em.flush();
  return { organizationId: org.id, projectId: project.id };
}

const where = (c: { organizationId: string; projectId: string }) => ({ ...c, gpuTypeId: gpu.id, regionId: region.id });

async function invoices(organizationId: string, bearer = world.tokens.owner): Promise<InvoiceView[]> {
  const result = await app.gql<{ invoices: { nodes: InvoiceView[] } }>(
    `query($org: ID!) { invoices(organizationId: $org, first: 20) { nodes { ${INVOICE_FIELDS} } } }`,
    { org: organizationId },
    { bearer },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.invoices.nodes;
}

async function finalize(organizationId: string, month: string) {
  return app.gql<{ finalizeInvoice: InvoiceView | null }>(
    `mutation($org: ID!, $month: String!) { finalizeInvoice(organizationId: $org, month: $month) { ${INVOICE_FIELDS} } }`,
    { org: organizationId, month },
    { bearer: world.tokens.accountManager },
  );
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  const em = app.orm.em.fork();
  region = await makeRegion(em);
  gpu = await makeGpuType(em);
  pool = await makePool(em, await makeCluster(em, region), gpu, { nodes: 4, floor: 0 });
  const since = new Date(Date.UTC(2020, 0, 1));
  await priceFleet(em, { gpuType: gpu, region }, since);
  modelId = await makeModel(em, { priced: { input: INPUT_PER_MILLION, output: 1_500_000n, since } });
  // The capacity owner, whose operator makes the data planes' ingest key.
  const operator = await em.findOneOrFail('User', world.users.operator.id);
  const owner = await createOrganization(em, {
    name: 'Owner',
    slug: `owner-${world.tag}`,
    kind: OrganizationKind.INTERNAL,
    owner: operator as never,
  });
  const dataPlane = await createProject(em, owner, { name: 'Data plane', slug: 'data-plane' });
  await em.flush();
  const created = await app.gql<{ createApiKey: { secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { projectId: dataPlane.id, name: 'usage', scopes: [ApiKeyScope.USAGE_INGEST] } },
    { bearer: world.tokens.operator },
  );
  expect(created.errors).toBeUndefined();
  ingestKey = created.data!.createApiKey.secret;
});
afterAll(() => app?.close());

describe('ingest keys', () => {
  it('are made only in the capacity owner’s organization, and only a USAGE_INGEST key of it may send usage', async () => {
    const refused = await app.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { projectId: world.projectA.id, name: 'usage', scopes: [ApiKeyScope.USAGE_INGEST] } },
      { bearer: world.tokens.owner },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const customerKey = await world.apiKey(Object.values(ApiKeyScope));
    const event = gpuEvent(
      `k-${world.tag}`,
      where({ organizationId: world.orgA.id, projectId: world.projectA.id }),
      CapacityClass.SPOT,
      1,
      m.nowish(),
    );
    expect((await ingest([event], customerKey.secret)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await ingest([event], world.tokens.admin)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('ingestion', () => {
  it('stores each event once, rejects bad ones with their field and keeps the rest', async () => {
    const c = await customer('Ingest');
    const good = [
      gpuEvent(`i1-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 3_600, m.nowish()),
      gpuEvent(`i2-${c.projectId}`, where(c), CapacityClass.SPOT, 7_200, m.nowish()),
      {
        dedupKey: `i3-${c.projectId}`,
        ...c,
        kind: UsageKind.INPUT_TOKENS,
        modelId,
        quantity: '2000000',
        occurredAt: m.nowish().toISOString(),
      },
    ];
    const bad = [
      gpuEvent(`b1-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, -1, m.nowish()),
      { ...gpuEvent(`b2-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 1, m.nowish()), gpuTypeId: 'gpu_unknown' },
      { ...gpuEvent(`b3-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 1, m.nowish()), projectId: world.projectB.id },
      gpuEvent(`b4-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 1, new Date(Date.now() + 3_600_000)),
    ];
    const first = await ingest([...good, ...bad]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestUsage).toMatchObject({ accepted: 3, duplicates: 0, adjusted: [] });
    expect(first.data!.ingestUsage.rejected.map((r) => [r.index, r.field])).toEqual([
      [3, 'events.3.quantity'],
      [4, 'events.4.gpuTypeId'],
      [5, 'events.5.projectId'],
      [6, 'events.6.occurredAt'],
    ]);
    expect(first.data!.ingestUsage.rejected[2]!.reason).toMatch(/belongs to another organization/);

    const again = await ingest([...good].reverse());
    expect(again.data!.ingestUsage).toMatchObject({ accepted: 0, duplicates: 3, rejected: [] });
    const stored = await app.orm.em
      .fork()
      .execute(`select count(*)::int as n, sum(quantity)::text as q from usage_events where organization_id = ?`, [c.organizationId]);
    expect(stored[0]).toEqual({ n: 3, q: String(3_600 + 7_200 + 2_000_000) });
  });

  it('refuses a batch over 1,000 events whole, naming the field', async () => {
    const c = await customer('Big');
    const events = Array.from({ length: 1_001 }, (_, i) =>
      gpuEvent(`big-${i}-${c.projectId}`, where(c), CapacityClass.SPOT, 1, m.nowish()),
    );
    const result = await ingest(events);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    expect(await app.orm.em.fork().count('UsageEvent', { organizationId: c.organizationId })).toBe(0);
  });
});

/** A small deterministic PRNG (mulberry32), so a failing order can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('replaying usage', () => {
  it.each([1, 2, 3, 4, 5])('changes no total, whatever the order and batching (seed %i)', async (seed) => {
    const next = random(seed);
    const c = await customer(`Replay${seed}`);
    const classes = [CapacityClass.ON_DEMAND, CapacityClass.SPOT];
    const events = Array.from({ length: 120 }, (_, i) => {
      const hour = new Date(m.previous.getTime() + Math.floor(next() * (m.previousSeconds / 3_600)) * 3_600_000);
      return gpuEvent(`r${seed}-${i}-${c.projectId}`, where(c), classes[i % 2]!, 1 + Math.floor(next() * 10_000), hour);
    });
    const expected = new Map<string, bigint>();
    for (const e of events) {
      const key = `${e.capacityClass}|${new Date(e.occurredAt).toISOString().slice(0, 13)}`;
      expected.set(key, (expected.get(key) ?? 0n) + BigInt(e.quantity));
    }
    // Every event twice, shuffled, in batches of random sizes, with roll-ups running in between.
    const stream = [...events, ...events]
      .map((e) => ({ e, r: next() }))
      .sort((a, b) => a.r - b.r)
      .map(({ e }) => e);
    for (let i = 0; i < stream.length;) {
      const size = 1 + Math.floor(next() * 60);
      const result = await ingest(stream.slice(i, i + size));
      expect(result.errors).toBeUndefined();
      i += size;
      if (next() < 0.3) await rollUpAndRate(app.orm.em.fork());
    }
    await rollUpAndRate(app.orm.em.fork());
    const rows = await app.orm.em.fork().execute<{ k: string; q: string }[]>(
      `select capacity_class || '|' || to_char(hour at time zone 'UTC', 'YYYY-MM-DD"T"HH24') as k, sum(quantity)::text as q
         from usage_rollups where organization_id = ? group by 1`,
      [c.organizationId],
    );
    expect(new Map(rows.map((r) => [r.k, BigInt(r.q)]))).toEqual(expected);
    // The draft bills exactly the expected GPU-seconds, each class at its list price, rounded once.
    const [draft] = await invoices(c.organizationId);
    const seconds = (cls: CapacityClass) => [...expected].filter(([k]) => k.startsWith(cls)).reduce((s, [, q]) => s + q, 0n);
    const round = (n: bigint) => (2n * n + 3_600n) / 7_200n;
    expect(BigInt(draft!.total)).toBe(round(seconds(CapacityClass.ON_DEMAND) * ON_DEMAND) + round(seconds(CapacityClass.SPOT) * SPOT));
  });
});

describe('the roll-up worker', () => {
  it('keeps roll-ups and the open draft current as usage arrives, with no one calling it', async () => {
    const c = await customer('Worker');
    const workers = await startJobWorkers(app);
    try {
      const sent = await ingest([gpuEvent(`w1-${c.projectId}`, where(c), CapacityClass.SPOT, 36_000, m.nowish())]);
      expect(sent.data!.ingestUsage.accepted).toBe(1);
      const deadline = Date.now() + 15_000;
      let drafts: InvoiceView[] = [];
      while (Date.now() < deadline && !(drafts = await invoices(c.organizationId)).length) await new Promise((r) => setTimeout(r, 100));
      expect(drafts).toHaveLength(1);
      // 10 SPOT GPU-hours at $1.
      expect(drafts[0]).toMatchObject({ status: 'DRAFT', total: '10000000', usageTotal: '10000000' });
    } finally {
      await workers.close();
    }
  });
});

describe('the billing cycle', () => {
  it('drafts what a lost roll-up pass never refreshed, from the roll-ups themselves, and keeps dedup keys per organization', async () => {
    const [a, b] = [await customer('CycleA'), await customer('CycleB')];
    // The same key from two tenants' data planes: both kept.
    const sent = await ingest([
      gpuEvent('shared-key', where(a), CapacityClass.SPOT, 3_600, m.nowish()),
      gpuEvent('shared-key', where(b), CapacityClass.SPOT, 7_200, m.nowish()),
    ]);
    expect(sent.data!.ingestUsage).toMatchObject({ accepted: 2, duplicates: 0 });
    // Rolled up, then the worker dies before refreshing any draft.
    await app.orm.em.fork().transactional((tx) => rollUpUsage(tx));
    expect(await invoices(a.organizationId)).toEqual([]);
    const failures: unknown[] = [];
    const cycle = await runBillingCycle(app.orm.em.fork(), 24 * 3_600_000, new Date(), (error) => failures.push(error));
    expect(failures).toEqual([]);
    expect(cycle.refreshed).toBeGreaterThanOrEqual(2);
    expect((await invoices(a.organizationId))[0]).toMatchObject({ status: 'DRAFT', total: '1000000' });
    expect((await invoices(b.organizationId))[0]).toMatchObject({ status: 'DRAFT', total: '2000000' });
  });
});

describe('usage report', () => {
  it('answers the same rows as the CSV export, to the unit', async () => {
    const c = await customer('Report');
    const at = (day: number, hour: number) => new Date(m.previous.getTime() + (day * 24 + hour) * 3_600_000);
    await ingest([
      gpuEvent(`u1-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 1_234, at(0, 1)),
      gpuEvent(`u2-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 4_321, at(0, 5)),
      gpuEvent(`u3-${c.projectId}`, where(c), CapacityClass.SPOT, 99, at(2, 0)),
      {
        dedupKey: `u4-${c.projectId}`,
        ...c,
        kind: UsageKind.INPUT_TOKENS,
        modelId,
        quantity: '123456789',
        occurredAt: at(3, 3).toISOString(),
      },
    ]);
    await rollUpAndRate(app.orm.em.fork());
    const result = await app.gql<{
      usage: { rows: { periodStart: string; sku: string; quantity: string; events: number }[]; csvUrl: string };
    }>(
      `query($org: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { usage(organizationId: $org, from: $from, to: $to, granularity: DAY) { rows { periodStart sku quantity events } csvUrl } }`,
      { org: c.organizationId, from: m.previous.toISOString(), to: m.current.toISOString() },
      { bearer: world.tokens.owner },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.usage.rows;
    expect(rows.map((r) => [r.periodStart.slice(0, 10), r.sku.split('/')[0], r.quantity])).toEqual([
      [at(0, 0).toISOString().slice(0, 10), 'gpu', '5555'],
      [at(2, 0).toISOString().slice(0, 10), 'gpu', '99'],
      [at(3, 0).toISOString().slice(0, 10), 'tokens', '123456789'],
    ]);
    const csv = await fetch(`${app.url}${result.data!.usage.csvUrl}`, { headers: { authorization: `Bearer ${world.tokens.owner}` } });
    expect(csv.status).toBe(200);
    const [header, ...lines] = (await csv.text()).trim().split('\r\n');
    expect(header).toBe('period_start,project_id,sku,kind,gpu_type_id,capacity_class,region_id,model_id,quantity,events');
    expect(lines.map((l) => l.split(',')).map((f) => [f[0], f[2], f[8], Number(f[9])])).toEqual(
      rows.map((r) => [r.periodStart, r.sku, r.quantity, r.events]),
    );
    const outsider = await fetch(`${app.url}${result.data!.usage.csvUrl}`, {
      headers: { authorization: `Bearer ${world.tokens.outsider}` },
    });
    expect(outsider.status).toBe(404);
  });
});

describe('bad report, export and period-close requests', () => {
  it('are refused with the field at fault', async () => {
    const USAGE = `query($org: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $project: ID) {
      usage(organizationId: $org, from: $from, to: $to, projectId: $project) { rows { sku } } }`;
    const usage = (vars: Record<string, unknown>, bearer = world.tokens.owner) =>
      app.gql(USAGE, { org: world.orgA.id, from: m.previous.toISOString(), to: m.current.toISOString(), ...vars }, { bearer });
    expect((await usage({ to: m.previous.toISOString() })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await usage({ from: '2020-01-01T00:00:00Z' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const key = await world.apiKey([ApiKeyScope.READ]);
    expect((await usage({ project: world.projectA2.id }, key.secret)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'projectId',
    });

    const get = (path: string, init: RequestInit = {}) =>
      fetch(`${app.url}${path}`, { ...init, headers: { authorization: `Bearer ${world.tokens.owner}`, ...init.headers } });
    const range = `organizationId=${world.orgA.id}&from=${m.previous.toISOString()}&to=${m.current.toISOString()}`;
    const refused = async (res: Response) => ({
      status: res.status,
      ...((await res.json()) as { errors: { extensions: object }[] }).errors[0]!.extensions,
    });
    expect(await refused(await get(`/exports/usage.csv?${range}&granularity=WEEK`))).toMatchObject({ status: 400, field: 'granularity' });
    expect(
      await refused(await get(`/exports/usage.csv?organizationId=${world.orgA.id}&from=yesterday&to=${m.current.toISOString()}`)),
    ).toMatchObject({
      status: 400,
      field: 'from',
    });
    expect(await refused(await get(`/exports/invoices/inv_nope.xml`))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await get(`/exports/usage.csv?${range}`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${app.url}/exports/usage.csv?${range}`, { headers: { authorization: 'Bearer hrk_wrong.key' } })).status).toBe(401);

    const closed = await app.gql(
      `mutation { finalizeInvoice(organizationId: "${world.orgA.id}", month: "November") { id } }`,
      {},
      {
        bearer: world.tokens.accountManager,
      },
    );
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});

describe('invoices', () => {
  it('rate each hour with the price and contract version in force, bill commitments used or not, and finalize at period close', async () => {
    const c = await customer('Rated');
    const mid = new Date(m.previous.getTime() + 14 * 86_400_000);
    const em = app.orm.em.fork();
    const contract = await activeContract(
      em,
      c.organizationId,
      { startsAt: m.previous, endsAt: new Date(m.next.getTime() + 365 * 86_400_000) },
      [
        { from: m.previous, terms: { gpuDiscounts: [{ gpuTypeId: gpu.id, priceClass: PricedClass.ON_DEMAND, percent: 10 }] } },
        { from: mid, terms: { gpuDiscounts: [{ gpuTypeId: gpu.id, priceClass: PricedClass.ON_DEMAND, percent: 20 }] } },
      ],
    );
    em.create(Commitment, {
      id: newId('commitment'),
      contract,
      gpuType: gpu,
      region,
      pool,
      gpus: 4,
      startsAt: m.previous,
      endsAt: m.next,
      ratePerGpuHour: 1_500_000n,
      status: CommitmentStatus.ACTIVE,
      addedInVersion: 1,
    });
    await em.flush();
    const before = new Date(mid.getTime() - 86_400_000);
    const after = new Date(mid.getTime() + 86_400_000);
    const ingested = await ingest([
      gpuEvent(`r1-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 3_600, before),
      gpuEvent(`r2-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 7_200, after),
      gpuEvent(`r3-${c.projectId}`, where(c), CapacityClass.RESERVED, 36_000, after),
    ]);
    expect(ingested.data!.ingestUsage.accepted).toBe(3);
    expect((await finalize(c.organizationId, m.currentLabel)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });

    // The workers have not run: closing the month rolls its usage up first.
    const closed = await finalize(c.organizationId, m.previousLabel);
    expect(closed.errors).toBeUndefined();
    const invoice = closed.data!.finalizeInvoice!;
    expect(invoice.status).toBe('FINALIZED');
    expect(invoice.number).toMatch(new RegExp(`^HR-${m.previousLabel}-\\d{6}$`));
    const committedSeconds = 4n * BigInt(m.previousSeconds);
    const fee = (committedSeconds * 1_500_000n) / 3_600n;
    expect(invoice.lines.map((l) => [l.kind, l.quantity, l.discountBasisPoints, l.amount])).toEqual([
      ['COMMITMENT', String(committedSeconds), 0, String(fee)],
      ['RESERVED', '36000', 0, '0'],
      ['ON_DEMAND', '3600', 1_000, '2700000'],
      ['ON_DEMAND', '7200', 2_000, '4800000'],
    ]);
    expect(invoice.lines[0]!.usedQuantity).toBe('36000');
    expect(invoice.lines[0]!.utilizationPercent).toBeCloseTo(Number((36_000n * 10_000n) / committedSeconds) / 100, 2);
    expect(BigInt(invoice.total)).toBe(fee + 2_700_000n + 4_800_000n);
    expect(BigInt(invoice.subtotal) - BigInt(invoice.discounts)).toBe(BigInt(invoice.total));
    expect(invoice.usageTotal).toBe('7500000');
    // Finalizing again is a no-op.
    expect((await finalize(c.organizationId, m.previousLabel)).data!.finalizeInvoice).toMatchObject({
      id: invoice.id,
      number: invoice.number,
      total: invoice.total,
    });
  });

  it('never change once finalized: late usage lands on the next open invoice as an adjustment; corrections void and re-issue', async () => {
    const c = await customer('Late');
    const lastMonth = new Date(m.previous.getTime() + 3 * 86_400_000);
    await ingest([gpuEvent(`l1-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 3_600, lastMonth)]);
    const final = (await finalize(c.organizationId, m.previousLabel)).data!.finalizeInvoice!;
    expect(final.total).toBe('3000000');

    const late = await ingest([gpuEvent(`l2-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, 1_800, lastMonth)]);
    expect(late.data!.ingestUsage.accepted).toBe(1);
    expect(late.data!.ingestUsage.adjusted[0]!.reason).toBe(
      `The ${m.previousLabel} invoice is finalized: this usage is billed on the ${m.currentLabel} invoice as an adjustment.`,
    );
    await rollUpAndRate(app.orm.em.fork());
    const [draft, finalized] = await invoices(c.organizationId);
    expect(finalized).toMatchObject({ id: final.id, status: 'FINALIZED', total: '3000000', lines: final.lines });
    expect(draft!.status).toBe('DRAFT');
    expect(draft!.lines.map((l) => [l.kind, l.quantity, l.amount, l.description.startsWith(`Late usage from ${m.previousLabel}`)])).toEqual(
      [['ADJUSTMENT', '1800', '1500000', true]],
    );

    // Not even raw SQL edits a finalized invoice or its lines.
    const sql = app.orm.em.fork();
    await expect(sql.execute(`update invoices set total = total + 1 where id = ?`, [final.id])).rejects.toThrow(
      /is FINALIZED: it never changes/,
    );
    await expect(sql.execute(`delete from invoice_lines where invoice_id = ?`, [final.id])).rejects.toThrow(/its lines never change/);
    await expect(sql.execute(`delete from invoices where id = ?`, [final.id])).rejects.toThrow(/never changes/);

    const corrected = await app.gql<{ voidAndReissueInvoice: InvoiceView }>(
      `mutation($id: ID!) { voidAndReissueInvoice(id: $id, reason: "Wrong billing address") { ${INVOICE_FIELDS} } }`,
      { id: final.id },
      { bearer: world.tokens.accountManager },
    );
    expect(corrected.errors).toBeUndefined();
    const replacement = corrected.data!.voidAndReissueInvoice;
    expect(replacement).toMatchObject({
      status: 'FINALIZED',
      total: '3000000',
      replaces: { id: final.id, number: final.number, status: 'VOID' },
    });
    expect(replacement.number).not.toBe(final.number);
    const again = await app.gql(
      `mutation($id: ID!) { voidAndReissueInvoice(id: $id, reason: "again") { id } }`,
      { id: final.id },
      { bearer: world.tokens.accountManager },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const audit = await app.orm.em
      .fork()
      .count('AuditEvent', { organizationId: c.organizationId, action: { $in: ['billing.invoice.finalize', 'billing.invoice.reissue'] } });
    expect(audit).toBe(2);
  });

  it('download as JSON and CSV for those who may read billing, and for no one else', async () => {
    const [draft] = await invoices(world.orgA.id).then(async (list) => {
      if (list.length) return list;
      await ingest([
        gpuEvent(
          `d1-${world.tag}`,
          where({ organizationId: world.orgA.id, projectId: world.projectA.id }),
          CapacityClass.SPOT,
          7_200,
          m.nowish(),
        ),
      ]);
      await rollUpAndRate(app.orm.em.fork());
      return invoices(world.orgA.id);
    });
    const get = (path: string, bearer: string) => fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    const json = await get(draft!.downloads.json, world.tokens.billing);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { total: string; lines: { amount: string }[]; status: string };
    expect(body.status).toBe('DRAFT');
    expect(body.total).toBe(`${BigInt(draft!.total) / 1_000_000n}.${(BigInt(draft!.total) % 1_000_000n).toString().padStart(6, '0')}`);
    const csv = await (await get(draft!.downloads.csv, world.tokens.billing)).text();
    expect(csv.trim().split('\r\n').at(-1)).toBe(`${draft!.id} (draft),,TOTAL,,,,,,,,,,${body.total},USD`);
    expect((await get(draft!.downloads.json, world.tokens.member)).status).toBe(403);
    expect((await get(draft!.downloads.json, world.tokens.outsider)).status).toBe(404);
    expect((await fetch(`${app.url}${draft!.downloads.csv}`)).status).toBe(401);
  });
});

describe('spend caps', () => {
  it('raise an alert once at 50, 80 and 100% of an alert-only cap, as an audit event and a notice', async () => {
    const c = await customer('Capped');
    await activeContract(
      app.orm.em.fork(),
      c.organizationId,
      { startsAt: m.previous, endsAt: new Date(m.next.getTime() + 365 * 86_400_000) },
      [{ from: m.previous, terms: { spendCap: { monthlyMicros: '10000000', mode: SpendCapMode.ALERT } } }],
    );
    const spend = async (key: string, seconds: number) => {
      await ingest([gpuEvent(`${key}-${c.projectId}`, where(c), CapacityClass.ON_DEMAND, seconds, m.nowish())]);
      await rollUpAndRate(app.orm.em.fork());
      const status = await app.gql<{ spendStatus: { spent: string; percent: number; alerts: { thresholdPercent: number }[] } }>(
        `query($org: ID!) { spendStatus(organizationId: $org) { spent percent mode alerts { thresholdPercent } } }`,
        { org: c.organizationId },
        { bearer: world.tokens.owner },
      );
      return status.data!.spendStatus;
    };
    expect(await spend('s1', 4_800)).toMatchObject({ spent: '4000000', percent: 40, alerts: [] });
    expect(await spend('s2', 2_400)).toMatchObject({ spent: '6000000', percent: 60, alerts: [{ thresholdPercent: 50 }] });
    expect((await spend('s3', 9_600)).alerts.map((a) => a.thresholdPercent)).toEqual([100, 80, 50]);
    await spend('s4', 60);
    const audited = await app.orm.em
      .fork()
      .find('AuditEvent', { organizationId: c.organizationId, action: 'billing.spendCap.alert' } as never);
    expect(audited.map((a) => (a as { details: { threshold: number } }).details.threshold).sort()).toEqual([100, 50, 80]);
  });
});
