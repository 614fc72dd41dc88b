import type { CapacityClass } from '../inventory/inventory.enums';
import { UsageKind } from './usage.enums';

/** What a usage quantity is of: a GPU type × class × region, or a model × token direction. */
export type SkuParts =
  | { kind: UsageKind.GPU_SECONDS; gpuTypeId: string; capacityClass: CapacityClass; regionId: string }
  | { kind: UsageKind.INPUT_TOKENS | UsageKind.OUTPUT_TOKENS; modelId: string };

/**
 * The SKU string roll-ups, usage reports and invoice lines are keyed by: `gpu/<GPU type>/<class>/<region>`
 * or `tokens/<model>/input|output`. IDs never contain `/`, so it reads back unambiguously.
 */
export function skuOf(parts: SkuParts): string {
  if (parts.kind === UsageKind.GPU_SECONDS) return `gpu/${parts.gpuTypeId}/${parts.capacityClass}/${parts.regionId}`;
  return `tokens/${parts.modelId}/${parts.kind === UsageKind.INPUT_TOKENS ? 'input' : 'output'}`;
}
