/**
 * Invoice generation (issue 6): finalizing the previous calendar month's invoice of 1,000 customer
 * organizations (BENCH_ORGS), each with a month of hourly roll-ups, with finalizeInvoice (roll-up of
 * late events, rating, numbering, lines, audit), one transaction per organization, in this process.
 * Timed twice on the same data: one lane (sequential), then — invoices deleted — BENCH_LANES lanes
 * (default 2) at once. The sum of the invoice totals is checked against the bench's own pricing of
 * the same roll-ups with contracts/pricing.ts.
 *
 *   npm run build && npx vitest bench --run test/bench/invoice-generation.bench.ts
 *
 * Per organization (n = 0…999), one project and hourly roll-ups for every hour of the month: GPU
 * ON_DEMAND (all), SPOT (n even), input and output tokens (n % 3 = 0), RESERVED inside a 4-GPU
 * commitment (n % 20 = 0) — ~2.2 SKUs, ~1.6 M roll-up rows. Every 4th organization has an ACTIVE
 * contract: 12.5% off ON_DEMAND, 5% off SPOT, 10% off tokens. List prices in force since 2020.
 * Fixtures are written with plain SQL (generate_series) for speed, then ANALYZEd.
 */
import { bench, describe } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../support/app';
import { makeGpuType, makeRegion } from '../support/fleet';
import { makeModel } from '../support/catalog';
import { months } from '../support/billing';
import { FLEET_PRICES, priceFleet } from '../support/jobs';
import { initOrm } from '../../server/src/db/orm';
import { newId } from '../../server/src/lib/ids';
import { contractTermsSchema } from '../../server/src/modules/contracts/contract-terms';
import { priceCommittedGpuUsage, priceGpuUsage, priceTokens } from '../../server/src/modules/contracts/pricing';
import { BILLING_SYSTEM, finalizeInvoice } from '../../server/src/modules/billing/invoice.service';

const ORGS = Number(process.env['BENCH_ORGS'] ?? 1000);
const LANES = Number(process.env['BENCH_LANES'] ?? 2);
const SINCE = new Date(Date.UTC(2020, 0, 1));
const LIST = { ...FLEET_PRICES, INPUT: 500_000n, OUTPUT: 1_500_000n };
const DISCOUNT = { ON_DEMAND: 1250, SPOT: 500, TOKENS: 1000 };
const COMMITMENT = { gpus: 4, rate: 1_500_000n };
const hasContract = (n: number) => n % 4 === 0;
const hasCommitment = (n: number) => n % 20 === 0;

async function run() {
  const db = await createTestDatabase();
  const orm = await initOrm({ clientUrl: db.url, poolMax: Math.max(4, LANES + 1) });
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const { previous: month, current: monthEnd } = months();
  const monthSeconds = (monthEnd.getTime() - month.getTime()) / 1000;

  const em = orm.em.fork();
  const region = await makeRegion(em);
  const gpu = await makeGpuType(em);
  await em.flush();
  const modelId = await makeModel(em, { priced: { input: LIST.INPUT, output: LIST.OUTPUT, since: SINCE } });
  await priceFleet(em, { gpuType: gpu, region }, SINCE);
  await em.flush();

  const setupStarted = performance.now();
  const orgIds = Array.from({ length: ORGS }, () => newId('organization'));
  const ids = (kind: 'project' | 'contract' | 'contractVersion' | 'commitment') => orgIds.map(() => newId(kind));
  await sql.query(
    `create temporary table bench_orgs as
       select (n - 1)::int as n, org, project, contract, version, commitment
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as x(org, project, contract, version, commitment, n)`,
    [orgIds, ids('project'), ids('contract'), ids('contractVersion'), ids('commitment')],
  );
  const terms = contractTermsSchema.parse({
    gpuDiscounts: [
      { gpuTypeId: gpu.id, priceClass: 'ON_DEMAND', percent: DISCOUNT.ON_DEMAND / 100 },
      { gpuTypeId: gpu.id, priceClass: 'SPOT', percent: DISCOUNT.SPOT / 100 },
    ],
    tokenDiscounts: [{ modelId: null, percent: DISCOUNT.TOKENS / 100 }],
  });
  const hours = `generate_series($1::timestamptz, $2::timestamptz - interval '1 hour', interval '1 hour')`;
  const h = `(extract(epoch from h - $1::timestamptz) / 3600)::int`;
  const rollups = (where: string, sku: string, kind: string, cls: string | null, quantity: string, model = false) =>
    sql.query(
      `insert into usage_rollups (organization_id, project_id, sku, hour, billed_month, kind, gpu_type_id, capacity_class, region_id,
                                  model_id, quantity, events, updated_at)
       select o.org, o.project, $3, h, $1, '${kind}', ${model ? 'null, null, null, $4' : `$4, ${cls ? `'${cls}'` : 'null'}, $5, null`},
              ${quantity}, 1, now()
         from bench_orgs o cross join ${hours} as h where ${where}`,
      model ? [month, monthEnd, sku, modelId] : [month, monthEnd, sku, gpu.id, region.id],
    );
  await sql.query(`
    insert into organizations (id, created_at, updated_at, name, slug, kind, status)
      select org, now(), now(), 'Bench customer ' || n, 'bench-' || n, 'CUSTOMER', 'ACTIVE' from bench_orgs;
    insert into projects (id, created_at, updated_at, organization_id, name, slug)
      select project, now(), now(), org, 'Main', 'main' from bench_orgs;`);
  await sql.query(
    `insert into contracts (id, created_at, updated_at, organization_id, name, status, currency, starts_at, ends_at, current_version, activated_at)
       select contract, now(), now(), org, 'Enterprise', 'ACTIVE', 'USD', $1, '2100-01-01', 1, $1 from bench_orgs where n % 4 = 0`,
    [SINCE],
  );
  await sql.query(
    `insert into contract_versions (id, created_at, updated_at, contract_id, number, effective_from, effective_to, terms, changes)
       select version, now(), now(), contract, 1, $1, null, $2::jsonb, '[]'::jsonb from bench_orgs where n % 4 = 0`,
    [SINCE, JSON.stringify(terms)],
  );
  await sql.query(
    `insert into commitments (id, created_at, updated_at, contract_id, gpu_type_id, region_id, gpus, starts_at, ends_at, rate_per_gpu_hour,
                              status, added_in_version)
       select commitment, now(), now(), contract, $1, $2, $3, $4, '2100-01-01', $5, 'ACTIVE', 1 from bench_orgs where n % 20 = 0`,
    [gpu.id, region.id, COMMITMENT.gpus, SINCE, COMMITMENT.rate],
  );
  const gpuSku = (cls: string) => `gpu/${gpu.id}/${cls}/${region.id}`;
  await rollups('true', gpuSku('ON_DEMAND'), 'GPU_SECONDS', 'ON_DEMAND', `3600 * (1 + (n + ${h}) % 8)`);
  await rollups('n % 2 = 0', gpuSku('SPOT'), 'GPU_SECONDS', 'SPOT', `1800 * (1 + (3 * n + ${h}) % 5)`);
  await rollups('n % 20 = 0', gpuSku('RESERVED'), 'GPU_SECONDS', 'RESERVED', `3600 * (4 - ${h} % 2)`);
  await rollups('n % 3 = 0', `tokens/${modelId}/input`, 'INPUT_TOKENS', null, `100000 * (1 + (n + ${h}) % 10)`, true);
  await rollups('n % 3 = 0', `tokens/${modelId}/output`, 'OUTPUT_TOKENS', null, `20000 * (1 + (n + ${h}) % 7)`, true);
  await sql.query('analyze');
  const { rows: counted } = await sql.query<{ n: string }>('select count(*)::text as n from usage_rollups where billed_month = $1', [
    month,
  ]);
  const rollupRows = Number(counted[0]!.n);
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  // The bench's own pricing: per organization and SKU, the month's quantity priced once.
  const { rows: sums } = await sql.query<{ n: number; cls: string | null; kind: string; quantity: string }>(
    `select o.n, r.capacity_class::text as cls, r.kind::text as kind, sum(r.quantity)::text as quantity
       from usage_rollups r join bench_orgs o on o.org = r.organization_id where r.billed_month = $1 group by 1, 2, 3`,
    [month],
  );
  let expected = 0n;
  for (const s of sums) {
    const quantity = BigInt(s.quantity);
    const contract = hasContract(s.n);
    if (s.cls === 'RESERVED') continue; // inside the commitment: billed by its fee below
    if (s.cls === 'ON_DEMAND' || s.cls === 'SPOT') {
      const discountBasisPoints = contract ? DISCOUNT[s.cls] : 0;
      expected += priceGpuUsage({ listPricePerGpuHour: LIST[s.cls], discountBasisPoints, gpus: 1, seconds: quantity }).amount;
    } else {
      const input = s.kind === 'INPUT_TOKENS';
      expected += priceTokens({
        inputPerMillion: input ? LIST.INPUT : 0n,
        outputPerMillion: input ? 0n : LIST.OUTPUT,
        inputTokens: input ? quantity : 0n,
        outputTokens: input ? 0n : quantity,
        discountBasisPoints: contract ? DISCOUNT.TOKENS : 0,
      }).amount;
    }
  }
  for (let n = 0; n < ORGS; n++) {
    if (!hasCommitment(n)) continue;
    expected += priceCommittedGpuUsage({
      ratePerGpuHour: COMMITMENT.rate,
      listPricePerGpuHour: LIST.RESERVED,
      gpus: COMMITMENT.gpus,
      seconds: monthSeconds,
    }).amount;
  }

  const finalizeAll = async (lanes: number) => {
    const queue = [...orgIds];
    const started = performance.now();
    const lane = async () => {
      for (let org = queue.shift(); org; org = queue.shift())
        await orm.em.fork().transactional((tx) => finalizeInvoice(tx, org, month, BILLING_SYSTEM));
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await sql.query<{ invoices: string; total: string; lines: string }>(
      `select count(*)::text as invoices, coalesce(sum(total), 0)::text as total,
              (select count(*) from invoice_lines l join invoices i on i.id = l.invoice_id where i.period_start = $1)::text as lines
         from invoices where period_start = $1 and status = 'FINALIZED'`,
      [month],
    );
    return { lanes, seconds, ...rows[0]! };
  };
  const report = (r: Awaited<ReturnType<typeof finalizeAll>>) =>
    `  ${r.lanes} lane${r.lanes > 1 ? 's' : ''}: ${r.invoices} invoices (${r.lines} lines) in ${r.seconds.toFixed(1)} s → ` +
    `${(Number(r.invoices) / r.seconds).toFixed(1)} invoices/s, ${Math.round(rollupRows / r.seconds).toLocaleString('en')} roll-up rows rated/s; ` +
    `sum of totals ${r.total} (expected ${expected}: ${BigInt(r.total) === expected ? 'equal' : 'DIFFERENT'})`;
  try {
    const sequential = await finalizeAll(1);
    // Start over for the second run: finalized invoices are immutable, so their guard triggers are
    // switched off for the reset only (the bench owns this database).
    await sql.query(
      `alter table invoice_lines disable trigger invoice_lines_immutable; alter table invoices disable trigger invoices_immutable;
       delete from invoice_lines; delete from invoices;
       alter table invoice_lines enable trigger invoice_lines_immutable; alter table invoices enable trigger invoices_immutable;`,
    );
    const concurrent = await finalizeAll(LANES);
    console.log(
      [
        '',
        `Invoice generation: ${ORGS} organizations × the ${month.toISOString().slice(0, 7)} invoice (finalizeInvoice, a transaction each)`,
        `  fixtures: ${rollupRows.toLocaleString('en')} hourly roll-up rows (${(rollupRows / ORGS).toFixed(0)} per organization), ` +
          `${orgIds.filter((_, n) => hasContract(n)).length} contracts with discounts, ${orgIds.filter((_, n) => hasCommitment(n)).length} commitments; built in ${setupSeconds.toFixed(1)} s`,
        report(sequential),
        report(concurrent),
        '',
      ].join('\n'),
    );
  } finally {
    await sql.end();
    await orm.close();
    await db.drop();
  }
}

describe('invoice generation', () => {
  bench('finalize every organization’s month (printed above)', run, { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0 });
});
