import type { EntityManager } from '@mikro-orm/postgresql';
import { monthStart } from '../contracts/pricing';
import { InvoiceStatus } from '../billing/billing.enums';
import { HOLDING_STATUSES } from '../jobs/jobs.enums';

export interface MonthToDate {
  /**
   * This calendar month's (UTC) rated usage — the open invoice's usage total, priced by billing —
   * less what live jobs have used of their holds (the holds stand for that part).
   */
  ratedMicros: bigint;
  /** What live jobs hold against the cap: each one's price × max duration, until it ends. */
  heldMicros: bigint;
}

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * What organizations have spent or committed this month, for spend caps — the one definition
 * admission, quotes and alerts share: the month's running total is `ratedMicros + heldMicros`,
 * i.e. rated usage plus, for each live job, what its hold has not yet been used for. Usage reaches
 * the rated part when the roll-up worker refreshes the draft (seconds after it is recorded).
 */
export async function monthToDateSpend(
  em: EntityManager,
  organizationIds: readonly string[],
  now: Date,
): Promise<Map<string, MonthToDate>> {
  const result = new Map<string, MonthToDate>(organizationIds.map((id) => [id, { ratedMicros: 0n, heldMicros: 0n }]));
  if (!organizationIds.length) return result;
  const month = monthStart(now);
  const rated = await em.execute<{ organization_id: string; micros: string }[]>(
    `select organization_id, usage_total::text as micros from invoices
      where organization_id in (${list(organizationIds)}) and period_start = ? and status <> ?`,
    [...organizationIds, month, InvoiceStatus.VOID],
  );
  const held = await em.execute<{ organization_id: string; held: string; used: string }[]>(
    `select j.organization_id, sum(j.spend_hold_micros)::text as held,
            sum(least(j.spend_hold_micros, coalesce(u.used, 0)))::text as used
       from jobs j
       left join lateral (
         select round(sum(e.quantity::numeric * e.unit_price) / 3600) as used from usage_events e
          where e.job_id = j.id and e.billed_month = ? and e.unit_price is not null) u on true
      where j.organization_id in (${list(organizationIds)}) and j.status in (${list(HOLDING_STATUSES)})
      group by j.organization_id`,
    [month, ...organizationIds, ...HOLDING_STATUSES],
  );
  for (const r of rated) result.get(r.organization_id)!.ratedMicros = BigInt(r.micros);
  for (const h of held) {
    const spend = result.get(h.organization_id)!;
    spend.heldMicros = BigInt(h.held);
    spend.ratedMicros = spend.ratedMicros > BigInt(h.used) ? spend.ratedMicros - BigInt(h.used) : 0n;
  }
  return result;
}
