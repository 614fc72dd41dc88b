/**
 * CPU and memory per node as typed in the console (vCPUs and GiB, decimals allowed), for the job
 * form and the pool's node size alike: empty means "not given", anything else must be a number
 * from 0 to the server's limit (NODE_LIMITS, server/src/modules/inventory/compute-units.ts).
 */

export const NODE_RESOURCE_LIMITS = { vcpus: 4_096, memoryGib: 65_536 } as const;

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** What is wrong with an optional amount typed, or undefined; `empty` says what leaving it empty means. */
export function optionalAmountError(text: string, max: number, unit: string, empty: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (!DECIMAL.test(t)) return `Enter a number of ${unit}, e.g. 16 or 0.5 — or leave it empty for ${empty}.`;
  if (Number(t) > max) return `At most ${max.toLocaleString('en-US')} ${unit}.`;
  return undefined;
}

/** The number typed, or null when the field is empty. */
export const optionalAmount = (text: string): number | null => (text.trim() ? Number(text.trim()) : null);

/** A value from the API as the field shows it: empty for null. */
export const amountText = (value: number | null | undefined): string => (value == null ? '' : String(value));
