/**
 * Contract dates are whole days in UTC: a contract runs from 00:00 UTC on its start date to
 * 00:00 UTC on its end date, wherever the account manager sits. These turn `<input type="date">`
 * values into instants and back, and show them without the browser's time zone moving the day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-01` → `2026-03-01T00:00:00.000Z`; undefined for a malformed or impossible date. */
export function utcDateToIso(value: string): string | undefined {
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}

/** An instant's UTC day as a date input wants it: `2026-03-01T12:00:00Z` → `2026-03-01`. '' when invalid. */
export function isoToUtcDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The UTC day `days` after `from` (today by default), as a date input value. */
export function utcDateAfter(days: number, from: Date = new Date()): string {
  const day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days);
  return new Date(day).toISOString().slice(0, 10);
}

/** "Mar 1, 2026" for the UTC day of an instant: contract periods and effective dates. */
export const UTC_DAY = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
