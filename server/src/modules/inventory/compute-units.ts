import { badInput } from '../../graphql/errors';

/**
 * CPU and memory in the two units they have: stored and placed as whole millicores and MiB (exact
 * integers, what nodes and allocations add up), given and shown as vCPUs and GiB (what a cloud user
 * types, e.g. 12.5 vCPUs, 96 GiB). Every conversion and every check of such an input is here.
 */

const MILLI_PER_VCPU = 1000;
const MIB_PER_GIB = 1024;

/** The most a node may have (and so a job may ask on one node): 4,096 vCPUs, 64 TiB. */
export const NODE_LIMITS = { vcpus: 4096, memoryGib: 65_536 } as const;

export const vcpusOf = (cpuMilli: number): number => cpuMilli / MILLI_PER_VCPU;
export const gibOf = (memoryMib: number): number => memoryMib / MIB_PER_GIB;

/** `12.5 vCPUs`, `96 GiB`: for sentences. */
export const formatVcpus = (cpuMilli: number): string => `${+vcpusOf(cpuMilli).toFixed(3)} vCPUs`;
export const formatGib = (memoryMib: number): string => `${+gibOf(memoryMib).toFixed(2)} GiB`;

type Optional = number | null | undefined;

/**
 * vCPUs given for `field` as millicores: null when left out; refused, naming the field, when not a
 * number, negative (or 0 when `positive`), finer than a millicore or above `NODE_LIMITS.vcpus`.
 */
export function cpuMilliFromInput(field: string, vcpus: Optional, options: { positive?: boolean } = {}): number | null {
  return toWhole(field, vcpus, MILLI_PER_VCPU, NODE_LIMITS.vcpus, 'vCPUs', 'a thousandth of a vCPU', options.positive ?? false);
}

/** GiB given for `field` as MiB: null when left out; refused like `cpuMilliFromInput` (steps of 1 MiB, at most `NODE_LIMITS.memoryGib`). */
export function memoryMibFromInput(field: string, gib: Optional, options: { positive?: boolean } = {}): number | null {
  return toWhole(field, gib, MIB_PER_GIB, NODE_LIMITS.memoryGib, 'GiB', '1 MiB (1/1024 GiB)', options.positive ?? false);
}

function toWhole(field: string, value: Optional, per: number, max: number, unit: string, step: string, positive: boolean): number | null {
  if (value === null || value === undefined) return null;
  const name = field.replace(/^input\./, '');
  const lowest = positive ? 'more than 0' : '0 or more';
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (positive && value === 0) || value > max) {
    throw badInput(field, `${name}: a number of ${unit}, ${lowest} and at most ${max} (got ${String(value)}).`);
  }
  const whole = Math.round(value * per);
  if (Math.abs(whole - value * per) > 1e-6) throw badInput(field, `${name}: ${unit} in steps of ${step} (got ${value}).`);
  return whole;
}
