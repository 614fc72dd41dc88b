/** Display helpers for values the API sends: enums, timestamps. Pure; no locale state. */

/** `ACCOUNT_MANAGER` → `Account manager`. */
export function humanize(value: string): string {
  const words = value.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp as "Nov 26, 2025, 12:36 PM" in the browser's time zone; '—' when absent or invalid. */
export function formatDateTime(iso: string | null | undefined, format: Intl.DateTimeFormat = dateTime): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : format.format(date);
}
