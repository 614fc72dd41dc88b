import type { EntityManager } from '@mikro-orm/postgresql';
import { InvoiceStatus } from './billing.enums';

/** The first instant of the month after `month` (UTC). */
export function nextMonth(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/** `2026-11` for a month. */
export const monthLabel = (month: Date): string => month.toISOString().slice(0, 7);

/** Parses `2026-11` (or any instant inside the month) into the month's first instant; null when it is not a month. */
export function parseMonth(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(match[1]), month - 1, 1));
}

/** Seconds two half-open intervals share (0 when they do not overlap). */
export function overlapSeconds(a: { from: Date; to: Date }, b: { from: Date; to: Date }): number {
  const from = Math.max(a.from.getTime(), b.from.getTime());
  const to = Math.min(a.to.getTime(), b.to.getTime());
  return to > from ? Math.floor((to - from) / 1000) : 0;
}

/**
 * Per organization, the first month whose invoice is still open: the month after its latest
 * finalized (or voided and re-issued) invoice. Organizations with none are absent: every month is open.
 */
export async function openBillingMonths(em: EntityManager, organizationIds: readonly string[]): Promise<Map<string, Date>> {
  if (!organizationIds.length) return new Map();
  const rows = await em.execute<{ organization_id: string; closed: Date }[]>(
    `select organization_id, max(period_start) as closed from invoices
      where organization_id in (${organizationIds.map(() => '?').join(', ')}) and status <> ?
      group by organization_id`,
    [...organizationIds, InvoiceStatus.DRAFT],
  );
  return new Map(rows.map((r) => [r.organization_id, nextMonth(new Date(r.closed))]));
}
