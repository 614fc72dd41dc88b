import type { EntityManager } from '@mikro-orm/postgresql';
import { contractTermsSchema, type ContractTerms } from '../contracts/contract-terms';
import { ContractStatus, CommitmentStatus } from '../contracts/contracts.enums';
import type { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from '../metering/usage.enums';
import { nextMonth } from './billing-periods';
import { rateMonth, type CommitmentInMonth, type RatedMonth, type UsageGroup } from './rating';

/** Used when neither a contract nor a price names a currency. */
export const DEFAULT_CURRENCY = 'USD';

const LIVE_CONTRACTS = [ContractStatus.ACTIVE, ContractStatus.EXPIRED, ContractStatus.TERMINATED];

// The organization's contract versions that can be in force (of contracts that were activated),
// read once per rating; the version in force at an hour is picked from these few rows.
const ORG_VERSIONS = `
  select v.id, v.contract_id, c.starts_at, c.ends_at, c.terminated_at, v.effective_from, v.effective_to, v.number
    from contracts c join contract_versions v on v.contract_id = c.id
   where c.organization_id = ? and c.status in (?, ?, ?) and c.activated_at is not null`;

// The version in force at an hour: of a contract whose period (cut at its termination) contains
// the hour, the latest-starting contract's highest version in force then.
const VERSION_AT = (hour: string) => `
  select id, contract_id from versions
   where starts_at <= ${hour} and ends_at > ${hour} and (terminated_at is null or terminated_at > ${hour})
     and effective_from <= ${hour} and (effective_to is null or effective_to > ${hour})
   order by starts_at desc, number desc limit 1`;

interface GroupRow {
  kind: UsageKind;
  sku: string;
  gpu_type_id: string | null;
  capacity_class: CapacityClass | null;
  region_id: string | null;
  model_id: string | null;
  usage_month: Date;
  list_price: string | null;
  price_currency: string | null;
  version_id: string | null;
  commitment_id: string | null;
  quantity: string;
}

/**
 * The month's roll-ups grouped by what prices them: each hour is matched with the list price, the
 * contract version and (RESERVED) the commitment in force at that hour.
 */
async function usageGroups(em: EntityManager, organizationId: string, month: Date): Promise<UsageGroup[]> {
  const rows = await em.execute<GroupRow[]>(
    `with hours as (
       select kind, sku, gpu_type_id, capacity_class, region_id, model_id, hour, sum(quantity) as quantity
         from usage_rollups where organization_id = ? and billed_month = ?
        group by kind, sku, gpu_type_id, capacity_class, region_id, model_id, hour),
     -- materialized: scanned once, not once per hour (the lateral below runs per SKU and hour)
     versions as materialized (${ORG_VERSIONS})
     select h.kind, h.sku, h.gpu_type_id, h.capacity_class, h.region_id, h.model_id,
            date_trunc('month', h.hour, 'UTC') as usage_month,
            coalesce(gp.price_per_gpu_hour, case when h.kind = 'INPUT_TOKENS' then mp.input_per_million_tokens else mp.output_per_million_tokens end)::text as list_price,
            coalesce(gp.currency, mp.currency) as price_currency,
            cv.id as version_id, cm.id as commitment_id, sum(h.quantity)::text as quantity
       from hours h
       -- one price per hour even if two ever overlapped (the price book refuses that; a second row must not bill twice)
       left join lateral (
         select p.price_per_gpu_hour, p.currency from gpu_prices p
          where h.kind = 'GPU_SECONDS' and p.gpu_type_id = h.gpu_type_id and p.region_id = h.region_id
            and p.price_class::text = h.capacity_class::text and p.effective_from <= h.hour
            and (p.effective_to is null or p.effective_to > h.hour)
          order by p.effective_from desc limit 1) gp on true
       left join lateral (
         select p.input_per_million_tokens, p.output_per_million_tokens, p.currency from model_prices p
          where h.kind <> 'GPU_SECONDS' and p.model_id = h.model_id and p.effective_from <= h.hour
            and (p.effective_to is null or p.effective_to > h.hour)
          order by p.effective_from desc limit 1) mp on true
       left join lateral (${VERSION_AT('h.hour')}) cv on true
       left join lateral (
         select cm.id from commitments cm
          where h.capacity_class = 'RESERVED' and cm.contract_id = cv.contract_id and cm.status <> ?
            and cm.gpu_type_id = h.gpu_type_id and cm.region_id = h.region_id and cm.starts_at <= h.hour and cm.ends_at > h.hour
          order by cm.id limit 1) cm on true
      group by h.kind, h.sku, h.gpu_type_id, h.capacity_class, h.region_id, h.model_id, usage_month, list_price, price_currency,
               cv.id, cm.id`,
    [organizationId, month, organizationId, ...LIVE_CONTRACTS, CommitmentStatus.PENDING],
  );
  return rows.map((r) => ({
    kind: r.kind,
    sku: r.sku,
    gpuTypeId: r.gpu_type_id,
    capacityClass: r.capacity_class,
    regionId: r.region_id,
    modelId: r.model_id,
    usageMonth: new Date(r.usage_month),
    quantity: BigInt(r.quantity),
    listPrice: r.list_price === null ? null : BigInt(r.list_price),
    priceCurrency: r.price_currency,
    versionId: r.version_id,
    commitmentId: r.commitment_id,
  }));
}

async function termsOf(em: EntityManager, versionIds: string[]): Promise<Map<string, ContractTerms>> {
  if (!versionIds.length) return new Map();
  const rows = await em.execute<{ id: string; terms: unknown }[]>(
    `select id, terms from contract_versions where id in (${versionIds.map(() => '?').join(', ')})`,
    versionIds,
  );
  return new Map(rows.map((r) => [r.id, contractTermsSchema.parse(r.terms)]));
}

/** The organization's commitments (not merely agreed) whose period, cut at termination, meets the month. */
async function commitmentsIn(em: EntityManager, organizationId: string, month: Date): Promise<CommitmentInMonth[]> {
  const rows = await em.execute<
    {
      id: string;
      gpus: number;
      rate: string;
      from: Date;
      to: Date;
      gpu: string;
      region: string;
      list_price: string | null;
      currency: string;
    }[]
  >(
    `select cm.id, cm.gpus, cm.rate_per_gpu_hour::text as rate, cm.starts_at as "from", c.currency,
            least(cm.ends_at, coalesce(c.terminated_at, cm.ends_at)) as "to", g.code as gpu, r.code as region,
            (select p.price_per_gpu_hour::text from gpu_prices p
              where p.gpu_type_id = cm.gpu_type_id and p.region_id = cm.region_id and p.price_class = 'RESERVED'
                and p.effective_from <= greatest(cm.starts_at, ?) and (p.effective_to is null or p.effective_to > greatest(cm.starts_at, ?))
              order by p.effective_from desc limit 1) as list_price
       from commitments cm join contracts c on c.id = cm.contract_id
       join gpu_types g on g.id = cm.gpu_type_id join regions r on r.id = cm.region_id
      where c.organization_id = ? and c.status in (?, ?, ?) and c.activated_at is not null and cm.status <> ?
        and cm.starts_at < ? and least(cm.ends_at, coalesce(c.terminated_at, cm.ends_at)) > ?
      order by cm.starts_at, cm.id`,
    [month, month, organizationId, ...LIVE_CONTRACTS, CommitmentStatus.PENDING, nextMonth(month), month],
  );
  return rows.map((r) => ({
    id: r.id,
    label: `${r.gpu} in ${r.region}`,
    currency: r.currency,
    gpus: r.gpus,
    ratePerGpuHour: BigInt(r.rate),
    reservedListPrice: r.list_price === null ? null : BigInt(r.list_price),
    from: new Date(r.from),
    to: new Date(r.to),
  }));
}

/** GPU type, region and model names for line descriptions. */
async function skuLabeler(em: EntityManager, groups: UsageGroup[]): Promise<(g: UsageGroup) => string> {
  const names = new Map<string, string>();
  const load = async (table: string, column: string, ids: (string | null)[]) => {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return;
    const rows = await em.execute<{ id: string; label: string }[]>(
      `select id, ${column} as label from ${table} where id in (${wanted.map(() => '?').join(', ')})`,
      wanted,
    );
    for (const r of rows) names.set(r.id, r.label);
  };
  await load(
    'gpu_types',
    'code',
    groups.map((g) => g.gpuTypeId),
  );
  await load(
    'regions',
    'code',
    groups.map((g) => g.regionId),
  );
  await load(
    'models',
    'key',
    groups.map((g) => g.modelId),
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '?');
  return (g) =>
    g.kind === UsageKind.GPU_SECONDS
      ? `${name(g.gpuTypeId)} · ${g.capacityClass} · ${name(g.regionId)}`
      : `${name(g.modelId)} · ${g.kind === UsageKind.INPUT_TOKENS ? 'input' : 'output'} tokens`;
}

/** The invoice currency: the contract's for the month (the latest that meets it), else the default. */
async function currencyOf(em: EntityManager, organizationId: string, month: Date): Promise<string> {
  const rows = await em.execute<{ currency: string }[]>(
    `select currency from contracts where organization_id = ? and status in (?, ?, ?) and activated_at is not null
        and starts_at < ? and least(ends_at, coalesce(terminated_at, ends_at)) > ?
      order by starts_at desc limit 1`,
    [organizationId, ...LIVE_CONTRACTS, nextMonth(month), month],
  );
  return rows[0]?.currency ?? DEFAULT_CURRENCY;
}

/** Rates everything an organization's invoice for `month` bills: its roll-ups billed to the month and its commitments. */
export async function rateInvoiceMonth(em: EntityManager, organizationId: string, month: Date): Promise<RatedMonth & { currency: string }> {
  const groups = await usageGroups(em, organizationId, month);
  const currency = await currencyOf(em, organizationId, month);
  const rated = rateMonth({
    month,
    currency,
    groups,
    termsByVersion: await termsOf(em, [...new Set(groups.map((g) => g.versionId).filter((v): v is string => v !== null))]),
    commitments: await commitmentsIn(em, organizationId, month),
    labelOf: await skuLabeler(em, groups),
  });
  return { ...rated, currency };
}
