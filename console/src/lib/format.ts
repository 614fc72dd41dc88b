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

const dateTimeSeconds = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** With seconds, where order within a minute matters (the audit log): "Nov 26, 2025, 12:36:05 PM". */
export function formatDateTimeSeconds(iso: string | null | undefined): string {
  return formatDateTime(iso, dateTimeSeconds);
}

const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** An ISO timestamp as "Nov 26, 2025" in the browser's time zone; '—' when absent or invalid. */
export function formatDate(iso: string | null | undefined, format: Intl.DateTimeFormat = date): string {
  return formatDateTime(iso, format);
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 131072 → "131,072". */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** Parameters in billions: 70.6 → "70.6B", 8.03 → "8.03B", 405.9 → "405.9B". */
export function formatParameters(billions: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(billions)}B`;
}

/**
 * A context window as people say it: 131072 → "128K", 32768 → "32K" (powers of two are counted in
 * 1,024s, as model cards do); other sizes keep their digits: 100000 → "100,000".
 */
export function formatContextWindow(tokens: number): string {
  if (tokens >= 1024 && tokens % 1024 === 0) {
    const k = tokens / 1024;
    return k >= 1024 && k % 1024 === 0 ? `${k / 1024}M` : `${k}K`;
  }
  return formatInteger(tokens);
}

/** "4 GPUs", "1 GPU". */
export function gpus(n: number): string {
  return `${formatInteger(n)} ${n === 1 ? 'GPU' : 'GPUs'}`;
}

/** A share as a whole percentage: 0.256 → "26%"; a tiny non-zero share is "<1%", never "0%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}
