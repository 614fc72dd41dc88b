import { toCsv } from '../../lib/csv';
import type { UsageReportRow } from './usage-report.service';

/** A usage report as CSV, the same rows as the GraphQL report, one per period, project and SKU. */
export function usageCsv(rows: readonly UsageReportRow[]): string {
  return toCsv(
    ['period_start', 'project_id', 'sku', 'kind', 'gpu_type_id', 'capacity_class', 'region_id', 'model_id', 'quantity', 'events'],
    rows.map((r) => [r.periodStart, r.projectId, r.sku, r.kind, r.gpuTypeId, r.capacityClass, r.regionId, r.modelId, r.quantity, r.events]),
  );
}
