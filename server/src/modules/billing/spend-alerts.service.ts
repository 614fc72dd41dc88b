import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { recordAudit } from '../audit/audit.service';
import { AuditOutcome } from '../audit/audit.enums';
import { termsInForce } from '../contracts/terms-in-force';
import { monthStart } from '../contracts/pricing';
import { monthToDateSpend, runningTotal } from '../metering/month-to-date-spend';
import { BILLING_SYSTEM } from './invoice.service';
import { SpendAlert } from './spend-alert.entity';

/** The share of a monthly spend cap at which an alert is raised, once per month each. */
export const SPEND_ALERT_THRESHOLDS = [50, 80, 100] as const;

/** The thresholds `spent` has reached of `cap` (exact integer comparison). */
function thresholdsReached(spent: bigint, cap: bigint): number[] {
  if (cap <= 0n) return [];
  return SPEND_ALERT_THRESHOLDS.filter((t) => spent * 100n >= cap * BigInt(t));
}

/**
 * Raises the spend-cap alerts an organization has newly reached this month (HARD or ALERT caps
 * alike): each threshold once, as a stored notice the console shows and an audit event. Returns
 * the thresholds raised now.
 */
export async function raiseSpendAlerts(em: EntityManager, organizationId: string, now = new Date()): Promise<number[]> {
  const tif = await termsInForce(em, organizationId, now);
  const cap = tif?.terms.spendCap;
  if (!tif || !cap) return [];
  const capMicros = BigInt(cap.monthlyMicros);
  const spend = (await monthToDateSpend(em, [organizationId], now)).get(organizationId)!;
  const spent = runningTotal(spend);
  const reached = thresholdsReached(spent, capMicros);
  if (!reached.length) return [];
  const month = monthStart(now);
  const raised: number[] = [];
  for (const threshold of reached) {
    const rows = await em.execute<{ id: string }[]>(
      `insert into spend_alerts (id, organization_id, month, threshold_percent, mode, spent_micros, cap_micros, currency, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, now(), now())
       on conflict (organization_id, month, threshold_percent) do nothing returning id`,
      [newId('spendAlert'), organizationId, month, threshold, cap.mode, spent.toString(), capMicros.toString(), tif.contract.currency],
    );
    if (!rows.length) continue;
    raised.push(threshold);
    recordAudit(em, {
      ...BILLING_SYSTEM,
      organizationId,
      action: 'billing.spendCap.alert',
      targetType: 'SpendAlert',
      targetId: rows[0]!.id,
      outcome: AuditOutcome.ALLOWED,
      details: { threshold, mode: cap.mode, spent: spent.toString(), cap: capMicros.toString(), currency: tif.contract.currency },
    });
  }
  await em.flush();
  return raised;
}

/** This month's alerts for an organization, newest threshold first: the console's notices. */
export function spendAlertsThisMonth(em: EntityManager, organizationId: string, now = new Date()): Promise<SpendAlert[]> {
  return em.find(SpendAlert, { organizationId, month: monthStart(now) }, { orderBy: { thresholdPercent: 'desc' } });
}
