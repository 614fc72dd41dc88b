import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitmentStatus, ContractStatus } from '../contracts/contracts.enums';
import { monthStart } from '../contracts/pricing';
import { rollUpUsage, ROLLUP_BATCH, type RolledUp } from '../metering/usage-rollup.service';
import { InvoiceStatus } from './billing.enums';
import { nextMonth } from './billing-periods';
import { BILLING_SYSTEM, finalizeInvoice, refreshDraft } from './invoice.service';
import { Invoice } from './invoice.entity';
import { raiseSpendAlerts } from './spend-alerts.service';

/** A draft older than this is rated again by the billing cycle (terms or prices may have changed). */
export const DRAFT_MAX_AGE_MS = 15 * 60_000;

/** Roll-ups changed this recently are checked against their drafts by every cycle. */
export const RECENT_ROLLUPS_MS = 2 * 86_400_000;

/** Told about one organization's failure; the others go on. */
export type OnBillingError = (error: unknown, where: { organizationId: string; step: string }) => void;

/** Runs one organization's step in its own transaction; a failure is reported and counted, not thrown. */
async function each<T>(
  em: EntityManager,
  organizationId: string,
  step: string,
  onError: OnBillingError,
  work: (tx: EntityManager) => Promise<T>,
) {
  try {
    return await em.fork().transactional(work);
  } catch (error) {
    onError(error, { organizationId, step });
    return undefined;
  }
}

export interface RollUpSummary {
  events: number;
  drafts: number;
  alerts: number;
}

/**
 * The roll-up worker's pass: roll up what was ingested (one transaction), then refresh each
 * touched open draft and raise the spend alerts it leads to (a transaction per organization). What
 * a crash or a failure here leaves stale, the billing cycle finds from the roll-ups themselves.
 */
export async function rollUpAndRate(em: EntityManager, now = new Date(), onError: OnBillingError = rethrow): Promise<RollUpSummary> {
  // A transaction (and the exclusive lock) per batch: period close never waits for a whole backlog.
  const rolled: RolledUp = { events: 0, touched: [] };
  for (;;) {
    const batch = await em.fork().transactional((tx) => rollUpUsage(tx, { once: true }));
    rolled.events += batch.events;
    for (const t of batch.touched) {
      const known = rolled.touched.some(
        (r) => r.organizationId === t.organizationId && r.billedMonth.getTime() === t.billedMonth.getTime(),
      );
      if (!known) rolled.touched.push(t);
    }
    if (batch.events < ROLLUP_BATCH) break;
  }
  let drafts = 0;
  let alerts = 0;
  const current = monthStart(now).getTime();
  for (const { organizationId, billedMonth } of rolled.touched) {
    const invoice = await each(em, organizationId, 'refresh', onError, (tx) => refreshDraft(tx, organizationId, billedMonth, now));
    if (invoice?.status === InvoiceStatus.DRAFT) drafts += 1;
    if (billedMonth.getTime() !== current) continue;
    alerts += (await each(em, organizationId, 'alerts', onError, (tx) => raiseSpendAlerts(tx, organizationId, now)))?.length ?? 0;
  }
  return { events: rolled.events, drafts, alerts };
}

const rethrow: OnBillingError = (error) => {
  throw error;
};

export interface CycleSummary {
  finalized: number;
  refreshed: number;
  alerts: number;
  failed: number;
}

/**
 * The billing cycle: finalize months that ended more than `graceMs` ago; keep drafts current —
 * creating or re-rating those whose roll-ups changed since they were rated (whatever the roll-up
 * pass missed), those of organizations whose commitments bill this month, and stale ones — and
 * raise spend alerts (live jobs' holds count before any usage is recorded). One organization's
 * failure is reported through `onError` and does not hold back the others.
 */
export async function runBillingCycle(
  em: EntityManager,
  graceMs: number,
  now = new Date(),
  onError: OnBillingError = rethrow,
): Promise<CycleSummary> {
  let failed = 0;
  const report: OnBillingError = (error, where) => {
    failed += 1;
    onError(error, where);
  };
  // Period close: every DRAFT of a month that ended at least `graceMs` ago, a transaction each.
  const ended = await em.find(
    Invoice,
    { status: InvoiceStatus.DRAFT, periodEnd: { $lte: new Date(now.getTime() - graceMs) } },
    { orderBy: { periodStart: 'asc', id: 'asc' }, limit: 500 },
  );
  let finalized = 0;
  for (const draft of ended) {
    const organizationId = draft.organization.id;
    const done = await each(em, organizationId, 'finalize', report, (tx) =>
      finalizeInvoice(tx, organizationId, draft.periodStart, BILLING_SYSTEM, now),
    );
    if (done) finalized += 1;
  }
  const month = monthStart(now);
  const due = await em.execute<{ organization_id: string; month: Date }[]>(
    `select distinct r.organization_id, r.billed_month as month from usage_rollups r
      where r.updated_at > ?
        and not exists (select 1 from invoices i
                         where i.organization_id = r.organization_id and i.period_start = r.billed_month
                           and (i.status = ? or (i.status = ? and i.computed_at >= r.updated_at)))
     union
     select organization_id, period_start from invoices where period_start = ? and status = ? and computed_at < ?
     union
     select c.organization_id, ?::timestamptz from contracts c join commitments cm on cm.contract_id = c.id
      where c.status = ? and cm.status <> ? and cm.starts_at < ? and cm.ends_at > ?
        and not exists (select 1 from invoices i where i.organization_id = c.organization_id and i.period_start = ? and i.status <> ?)`,
    [
      new Date(now.getTime() - RECENT_ROLLUPS_MS),
      InvoiceStatus.FINALIZED,
      InvoiceStatus.DRAFT,
      month,
      InvoiceStatus.DRAFT,
      new Date(now.getTime() - DRAFT_MAX_AGE_MS),
      month,
      ContractStatus.ACTIVE,
      CommitmentStatus.PENDING,
      nextMonth(month),
      month,
      month,
      InvoiceStatus.VOID,
    ],
  );
  for (const row of due) {
    await each(em, row.organization_id, 'refresh', report, (tx) => refreshDraft(tx, row.organization_id, new Date(row.month), now));
  }
  const capped = await em.execute<{ organization_id: string }[]>(
    `select distinct c.organization_id from contracts c join contract_versions v on v.contract_id = c.id
      where c.status = ? and v.effective_to is null and v.terms -> 'spendCap' is not null and v.terms ->> 'spendCap' <> 'null'`,
    [ContractStatus.ACTIVE],
  );
  let alerts = 0;
  for (const { organization_id } of capped) {
    alerts += (await each(em, organization_id, 'alerts', report, (tx) => raiseSpendAlerts(tx, organization_id, now)))?.length ?? 0;
  }
  return { finalized, refreshed: due.length, alerts, failed };
}
