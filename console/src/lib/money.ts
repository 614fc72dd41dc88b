/**
 * Money as the API sends it: `Micros`, integer micro-units of a currency (1,000,000 = 1.00) as a
 * string of digits. Amounts are split into whole units and micro-units with BigInt, never divided
 * as floating point, so "290000" is exactly 0.29 and amounts beyond 2^53 keep every digit.
 */

const MICROS_PER_UNIT = 1_000_000n;
const MICRO_DIGITS = 6;
const INTEGER = /^-?\d+$/;

export interface MoneyFormatOptions {
  /** BCP 47 locale; the console's default is en-US. */
  locale?: string;
  /** At least this many decimals; defaults to the currency's minor unit (2 for USD, 0 for JPY). */
  minimumFractionDigits?: number;
}

interface Formatters {
  /** Whole units only, with the currency symbol and grouping in the locale's order. */
  whole: Intl.NumberFormat;
  decimal: string;
  minorDigits: number;
}

const cache = new Map<string, Formatters | null>();

function formattersFor(locale: string, currency: string): Formatters | null {
  const key = `${locale}|${currency}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let formatters: Formatters | null = null;
  try {
    const standard = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    formatters = { whole, decimal, minorDigits: standard.resolvedOptions().minimumFractionDigits ?? 2 };
  } catch {
    // Not an ISO 4217 code Intl knows: the caller falls back to "12.50 XYZ".
  }
  cache.set(key, formatters);
  return formatters;
}

/** Whole units and the decimals to show: the currency's minor digits, more only when not zero. */
function split(micros: bigint, minimumDigits: number): { whole: bigint; fraction: string } {
  const whole = micros / MICROS_PER_UNIT;
  const exact = (micros % MICROS_PER_UNIT).toString().padStart(MICRO_DIGITS, '0').replace(/0+$/, '');
  const digits = Math.min(MICRO_DIGITS, Math.max(minimumDigits, exact.length));
  return { whole, fraction: exact.padEnd(digits, '0').slice(0, digits) };
}

/**
 * Formats micro-units as money: `formatMicros('2500000', 'USD')` → "$2.50". Exact: never rounds
 * (a price of "1500" micro-dollars is "$0.0015", not "$0.00"). '—' for a missing or malformed
 * amount; an unknown currency code is shown after the number ("2.50 XYZ").
 */
export function formatMicros(micros: string | null | undefined, currency: string, options: MoneyFormatOptions = {}): string {
  const raw = micros?.trim();
  if (!raw || !INTEGER.test(raw)) return '—';
  let value = BigInt(raw);
  const negative = value < 0n;
  if (negative) value = -value;
  const code = currency.trim().toUpperCase();
  const locale = options.locale ?? 'en-US';
  const formatters = formattersFor(locale, code);
  const minimum = Math.max(0, Math.min(MICRO_DIGITS, options.minimumFractionDigits ?? formatters?.minorDigits ?? 2));
  const { whole, fraction } = split(value, minimum);
  const sign = negative ? '-' : '';

  if (!formatters) return `${sign}${whole.toString()}${fraction ? `.${fraction}` : ''} ${code}`.trim();

  const parts = formatters.whole.formatToParts(whole);
  let lastInteger = -1;
  parts.forEach((p, i) => {
    if (p.type === 'integer') lastInteger = i;
  });
  const text = parts.map((p, i) => (i === lastInteger && fraction ? `${p.value}${formatters.decimal}${fraction}` : p.value)).join('');
  return sign + text;
}

/** Orders two Micros amounts without losing precision (for sorting by price). */
export function compareMicros(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
