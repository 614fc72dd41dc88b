import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitmentStatus, ContractStatus } from '../contracts/contracts.enums';
import { monthStart } from '../contracts/pricing';
import { rollUpUsage } from '../metering/usage-rollup.service';
import { InvoiceStatus } from './billing.enums';
import { nextMonth } from './billing-periods';
import { closeEndedMonths, refreshDraft } from './invoice.service';
import { raiseSpendAlerts } from './spend-alerts.service';

/** A draft older than this is rated again by the billing cycle (terms or prices may have changed). */
export const DRAFT_MAX_AGE_MS = 15 * 60_000;

export interface RollUpSummary {
  events: number;
  drafts: number;
  alerts: number;
}

/**
 * The roll-up worker's pass: roll up what was ingested (one transaction), then refresh each
 * touched open draft and raise the spend alerts it leads to (a transaction per organization).
 */
export async function rollUpAndRate(em: EntityManager, now = new Date()): Promise<RollUpSummary> {
  const rolled = await em.fork().transactional((tx) => rollUpUsage(tx));
  let drafts = 0;
  let alerts = 0;
  const current = monthStart(now).getTime();
  for (const { organizationId, billedMonth } of rolled.touched) {
    const invoice = await em.fork().transactional((tx) => refreshDraft(tx, organizationId, billedMonth, now));
    if (invoice?.status === InvoiceStatus.DRAFT) drafts += 1;
    if (billedMonth.getTime() === current)
      alerts += (await em.fork().transactional((tx) => raiseSpendAlerts(tx, organizationId, now))).length;
  }
  return { events: rolled.events, drafts, alerts };
}

export interface CycleSummary {
  finalized: number;
  refreshed: number;
  alerts: number;
}

/**
 * The billing cycle: finalize months that ended more than `graceMs` ago; keep this month's drafts
 * current — creating those of organizations whose commitments bill this month, re-rating stale
 * ones — and raise spend alerts (live jobs' holds count before any usage is recorded).
 */
export async function runBillingCycle(em: EntityManager, graceMs: number, now = new Date()): Promise<CycleSummary> {
  const finalized = await closeEndedMonths(em.fork(), graceMs, now);
  const month = monthStart(now);
  const due = await em.execute<{ organization_id: string }[]>(
    `select organization_id from invoices where period_start = ? and status = ? and computed_at < ?
     union
     select c.organization_id from contracts c join commitments cm on cm.contract_id = c.id
      where c.status = ? and cm.status <> ? and cm.starts_at < ? and cm.ends_at > ?
        and not exists (select 1 from invoices i where i.organization_id = c.organization_id and i.period_start = ? and i.status <> ?)`,
    [
      month,
      InvoiceStatus.DRAFT,
      new Date(now.getTime() - DRAFT_MAX_AGE_MS),
      ContractStatus.ACTIVE,
      CommitmentStatus.PENDING,
      nextMonth(month),
      month,
      month,
      InvoiceStatus.VOID,
    ],
  );
  for (const { organization_id } of due) await em.fork().transactional((tx) => refreshDraft(tx, organization_id, month, now));
  const capped = await em.execute<{ organization_id: string }[]>(
    `select distinct c.organization_id from contracts c join contract_versions v on v.contract_id = c.id
      where c.status = ? and v.effective_to is null and v.terms -> 'spendCap' is not null and v.terms ->> 'spendCap' <> 'null'`,
    [ContractStatus.ACTIVE],
  );
  let alerts = 0;
  for (const { organization_id } of capped)
    alerts += (await em.fork().transactional((tx) => raiseSpendAlerts(tx, organization_id, now))).length;
  return { finalized, refreshed: due.length, alerts };
}
