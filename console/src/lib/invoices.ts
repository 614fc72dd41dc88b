/** Invoice lines and periods for display. */

/** "November 2026" for an invoice's period start (UTC). */
export function monthLabelOf(periodStart: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(periodStart));
}

const LINE_KINDS: Record<string, string> = {
  COMMITMENT: 'Commitment',
  RESERVED: 'Reserved (in commitment)',
  ON_DEMAND: 'On-demand',
  SPOT: 'Spot',
  TOKENS: 'Tokens',
  ADJUSTMENT: 'Late usage',
  SLA_CREDIT: 'SLA credit',
};

export const lineKindLabel = (kind: string): string => LINE_KINDS[kind] ?? kind;

/** A line's quantity in words: GPU-seconds as GPU-hours (two decimals), tokens as a count. */
export function lineQuantity(quantity: string, unit: string): string {
  const value = BigInt(quantity);
  if (unit === 'TOKEN') return `${value.toLocaleString('en-US')} tokens`;
  const hundredths = (value * 100n + 1_800n) / 3_600n;
  const hours = `${(hundredths / 100n).toLocaleString('en-US')}.${(hundredths % 100n).toString().padStart(2, '0')}`;
  return unit === 'COMMITTED_GPU_SECOND' ? `${hours} GPU-hours committed` : `${hours} GPU-hours`;
}

/** The price a line was billed at: per GPU-hour or per million tokens. */
export const unitLabel = (unit: string): string => (unit === 'TOKEN' ? 'per 1M tokens' : 'per GPU-hour');

/** A discount in basis points as a percentage: 1250 → "12.5%"; "" when none. */
export const discountLabel = (basisPoints: number): string => (basisPoints ? `${basisPoints / 100}%` : '');
