/**
 * Money as people type it, to and from the API's `Micros` (integer micro-units as a string of
 * digits; money.ts formats them for reading). Parsed digit by digit, never through floating
 * point: "2.29" is exactly 2290000. Pure.
 */

const MICRO_DIGITS = 6;
// Digits with optional thousands commas, then up to six decimals: "12,500.50", "0.0015", "7".
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,6}))?$/;
/** The largest amount the server stores: 19 digits of micro-units (a Postgres bigint). */
export const MAX_MICROS = 9_223_372_036_854_775_807n;

/**
 * "2.50" → "2500000"; "$1,000" → "1000000000". Undefined for anything that is not a non-negative
 * amount with at most six decimals (a currency sign or code around it is ignored).
 */
export function parseMoneyToMicros(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/^[A-Za-z]{3}\s*/, '')
    .replace(/\s*[A-Za-z]{3}$/, '')
    .replace(/^[$€£¥]\s*/, '');
  const m = AMOUNT.exec(cleaned);
  if (!m || (!m[1] && !m[2])) return undefined;
  const whole = (m[1] ?? '0').replaceAll(',', '');
  const fraction = (m[2] ?? '').padEnd(MICRO_DIGITS, '0');
  const micros = BigInt(whole) * 1_000_000n + BigInt(fraction);
  return micros <= MAX_MICROS ? micros.toString() : undefined;
}

/** "2500000" → "2.5", "1000000000" → "1000": how a form shows an amount it was given. '' when malformed. */
export function microsToMoneyInput(micros: string | null | undefined): string {
  if (!micros || !/^\d+$/.test(micros)) return '';
  const value = BigInt(micros);
  const whole = (value / 1_000_000n).toString();
  const fraction = (value % 1_000_000n).toString().padStart(MICRO_DIGITS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** A percentage as typed ("15", "12.5"): 0 to 100 with at most two decimals, as the server takes them. */
export function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/%$/, '').trim();
  if (!/^(\d{1,3})(\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 100 ? n : undefined;
}
