import type { EntityManager } from '@mikro-orm/postgresql';
import { monthStart } from '../contracts/pricing';
import { InvoiceStatus } from '../billing/billing.enums';
import { HOLDING_STATUSES } from '../jobs/jobs.enums';

export interface MonthToDate {
  /** This calendar month's (UTC) rated usage: the open invoice's usage total, priced by billing. */
  ratedMicros: bigint;
  /** What live jobs hold against the cap: each one's price × max duration, until it ends. */
  heldMicros: bigint;
  /** What live jobs have used of their holds so far, in any month (their holds stand for it). */
  heldUsedMicros: bigint;
}

/**
 * The month's running total a spend cap is checked against: rated usage, plus for each live job
 * what its hold has not been used for yet — `rated + held − heldUsed`. A job's usage this month is
 * in `rated` and inside its hold, so it is counted once; usage of a job that began last month is on
 * last month's invoice and no longer held.
 */
export const runningTotal = (spend: MonthToDate): bigint => spend.ratedMicros + spend.heldMicros - spend.heldUsedMicros;

/** The running total without the live jobs' holds: what admission adds the holds of the work it sees to. */
export const spentBeyondHolds = (spend: MonthToDate): bigint => spend.ratedMicros - spend.heldUsedMicros;

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * What organizations have spent or committed this month, for spend caps — the one definition
 * admission, quotes and alerts share (see {@link runningTotal}). Usage reaches the rated part when
 * the roll-up worker refreshes the draft (seconds after it is recorded); meanwhile a live job's
 * hold covers it.
 */
export async function monthToDateSpend(
  em: EntityManager,
  organizationIds: readonly string[],
  now: Date,
): Promise<Map<string, MonthToDate>> {
  const result = new Map<string, MonthToDate>(organizationIds.map((id) => [id, { ratedMicros: 0n, heldMicros: 0n, heldUsedMicros: 0n }]));
  if (!organizationIds.length) return result;
  const rated = await em.execute<{ organization_id: string; micros: string }[]>(
    `select organization_id, usage_total::text as micros from invoices
      where organization_id in (${list(organizationIds)}) and period_start = ? and status <> ?`,
    [...organizationIds, monthStart(now), InvoiceStatus.VOID],
  );
  const held = await em.execute<{ organization_id: string; held: string; used: string }[]>(
    `select j.organization_id, sum(j.spend_hold_micros)::text as held,
            sum(least(j.spend_hold_micros, coalesce(u.used, 0)))::text as used
       from jobs j
       left join lateral (
         select round(sum(e.quantity::numeric * e.unit_price) / 3600) as used from usage_events e
          where e.job_id = j.id and e.unit_price is not null) u on true
      where j.organization_id in (${list(organizationIds)}) and j.status in (${list(HOLDING_STATUSES)})
      group by j.organization_id`,
    [...organizationIds, ...HOLDING_STATUSES],
  );
  for (const r of rated) result.get(r.organization_id)!.ratedMicros = BigInt(r.micros);
  for (const h of held) {
    const spend = result.get(h.organization_id)!;
    spend.heldMicros = BigInt(h.held);
    spend.heldUsedMicros = BigInt(h.used);
  }
  return result;
}
