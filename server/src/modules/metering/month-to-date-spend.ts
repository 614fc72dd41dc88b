import type { EntityManager } from '@mikro-orm/postgresql';
import { monthStart } from '../contracts/pricing';
import { HOLDING_STATUSES } from '../jobs/jobs.enums';

export interface MonthToDate {
  /** GPU time of this calendar month (UTC) at the unit price each job ran at, for work no longer holding GPUs. */
  ratedMicros: bigint;
  /** What live jobs hold against the cap: each one's price × max duration, until it ends. */
  heldMicros: bigint;
}

/**
 * What organizations have spent or committed this month, for spend caps — the one definition
 * admission and quotes share. Usage of live jobs is covered by their holds (which bound it), so it
 * is not counted twice. Per-event amounts are summed exactly and rounded once per organization;
 * invoices rate usage on their own (billing).
 */
export async function monthToDateSpend(
  em: EntityManager,
  organizationIds: readonly string[],
  now: Date,
): Promise<Map<string, MonthToDate>> {
  const result = new Map<string, MonthToDate>(organizationIds.map((id) => [id, { ratedMicros: 0n, heldMicros: 0n }]));
  if (!organizationIds.length) return result;
  const orgs = organizationIds.map(() => '?').join(', ');
  const live = HOLDING_STATUSES.map(() => '?').join(', ');
  const rated = await em.execute<{ organization_id: string; micros: string }[]>(
    `select u.organization_id, round(sum(u.gpus::numeric * u.seconds * u.unit_price) / 3600)::text as micros
       from usage_events u
      where u.organization_id in (${orgs}) and u.ended_at >= ? and u.unit_price is not null
        and not exists (select 1 from jobs j where j.id = u.job_id and j.status in (${live}))
      group by u.organization_id`,
    [...organizationIds, monthStart(now), ...HOLDING_STATUSES],
  );
  const held = await em.execute<{ organization_id: string; micros: string }[]>(
    `select organization_id, sum(spend_hold_micros)::text as micros from jobs
      where organization_id in (${orgs}) and status in (${live}) group by organization_id`,
    [...organizationIds, ...HOLDING_STATUSES],
  );
  for (const r of rated) result.get(r.organization_id)!.ratedMicros = BigInt(r.micros);
  for (const h of held) result.get(h.organization_id)!.heldMicros = BigInt(h.micros);
  return result;
}
