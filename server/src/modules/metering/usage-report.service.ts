import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { badInput } from '../../graphql/errors';
import type { CapacityClass } from '../inventory/inventory.enums';
import type { UsageKind } from './usage.enums';

export enum UsageGranularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(UsageGranularity, { name: 'UsageGranularity' });

/** The longest range one report covers. */
export const MAX_REPORT_DAYS = 366;

export interface UsageReportFilter {
  organizationId: string;
  from: Date;
  to: Date;
  projectId?: string | null;
  granularity: UsageGranularity;
}

export interface UsageReportRow {
  periodStart: Date;
  projectId: string;
  sku: string;
  kind: UsageKind;
  gpuTypeId: string | null;
  capacityClass: CapacityClass | null;
  regionId: string | null;
  modelId: string | null;
  quantity: bigint;
  events: number;
}

const TRUNC: Record<UsageGranularity, string> = { HOUR: 'hour', DAY: 'day', MONTH: 'month' };

/** Refuses a range that is empty, reversed or longer than {@link MAX_REPORT_DAYS}, naming the field. */
export function checkReportRange(filter: Pick<UsageReportFilter, 'from' | 'to'>, fieldPrefix = ''): void {
  if (Number.isNaN(filter.from.getTime())) throw badInput(`${fieldPrefix}from`, 'from is not a valid time.');
  if (Number.isNaN(filter.to.getTime())) throw badInput(`${fieldPrefix}to`, 'to is not a valid time.');
  if (filter.to <= filter.from) throw badInput(`${fieldPrefix}to`, 'to must be after from.');
  if (filter.to.getTime() - filter.from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
    throw badInput(`${fieldPrefix}to`, `A usage report covers at most ${MAX_REPORT_DAYS} days.`);
  }
}

/**
 * Usage from the hourly roll-ups, summed per period (UTC hour, day or month), project and SKU, by
 * when it happened: the one query behind both the GraphQL usage report and the CSV export, so the
 * two agree to the unit. Hours are taken from `from` (included) to `to` (excluded).
 */
export async function usageReport(em: EntityManager, filter: UsageReportFilter): Promise<UsageReportRow[]> {
  checkReportRange(filter);
  const project = filter.projectId ? 'and project_id = ?' : '';
  const rows = await em.execute<
    {
      period_start: Date;
      project_id: string;
      sku: string;
      kind: UsageKind;
      gpu_type_id: string | null;
      capacity_class: CapacityClass | null;
      region_id: string | null;
      model_id: string | null;
      quantity: string;
      events: string;
    }[]
  >(
    `select date_trunc('${TRUNC[filter.granularity]}', hour, 'UTC') as period_start, project_id, sku, kind, gpu_type_id,
            capacity_class, region_id, model_id, sum(quantity)::text as quantity, sum(events)::text as events
       from usage_rollups
      where organization_id = ? and hour >= ? and hour < ? ${project}
      group by period_start, project_id, sku, kind, gpu_type_id, capacity_class, region_id, model_id
      order by period_start, project_id, sku`,
    [filter.organizationId, filter.from, filter.to, ...(filter.projectId ? [filter.projectId] : [])],
  );
  return rows.map((r) => ({
    periodStart: new Date(r.period_start),
    projectId: r.project_id,
    sku: r.sku,
    kind: r.kind,
    gpuTypeId: r.gpu_type_id,
    capacityClass: r.capacity_class,
    regionId: r.region_id,
    modelId: r.model_id,
    quantity: BigInt(r.quantity),
    events: Number(r.events),
  }));
}
