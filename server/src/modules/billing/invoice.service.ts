import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { newId } from '../../lib/ids';
import { recordAudit } from '../audit/audit.service';
import { ActorType, AuditOutcome } from '../audit/audit.enums';
import { rollUpUsage, ROLLUP_SHARED_LOCK_SQL } from '../metering/usage-rollup.service';
import { InvoiceStatus } from './billing.enums';
import { monthLabel, nextMonth } from './billing-periods';
import { Invoice } from './invoice.entity';
import { rateInvoiceMonth } from './rating.service';
import { executeBound } from '../../db/bound-sql';
import type { RatedMonth } from './rating';

/** The month's invoice that is not void, if any. */
export function liveInvoice(em: EntityManager, organizationId: string, month: Date): Promise<Invoice | null> {
  return em.findOne(Invoice, { organization: organizationId, periodStart: month, status: { $ne: InvoiceStatus.VOID } });
}

/** Replaces an invoice's lines and totals with a fresh rating (one statement for the lines). */
async function writeRating(em: EntityManager, invoice: Invoice, rated: RatedMonth & { currency: string }, now: Date): Promise<void> {
  Object.assign(invoice, {
    currency: rated.currency,
    subtotal: rated.subtotal,
    discounts: rated.discounts,
    credits: rated.credits,
    total: rated.total,
    usageTotal: rated.usageTotal,
    warnings: rated.warnings,
    computedAt: now,
  });
  em.persist(invoice);
  await em.flush();
  await em.execute('delete from invoice_lines where invoice_id = ?', [invoice.id]);
  if (!rated.lines.length) return;
  const rows = rated.lines.map((l, position) => ({
    id: newId('invoiceLine'),
    invoice_id: invoice.id,
    position,
    kind: l.kind,
    description: l.description,
    sku: l.sku,
    usage_month: l.usageMonth?.toISOString() ?? null,
    quantity: l.quantity.toString(),
    unit: l.unit,
    unit_price: l.unitPrice?.toString() ?? null,
    discount_basis_points: l.discountBasisPoints,
    list_amount: l.listAmount.toString(),
    discount_amount: l.discountAmount.toString(),
    amount: l.amount.toString(),
    commitment_id: l.commitmentId,
    used_quantity: l.usedQuantity?.toString() ?? null,
  }));
  await executeBound(
    em,
    `insert into invoice_lines (id, invoice_id, position, kind, description, sku, usage_month, quantity, unit, unit_price,
                                discount_basis_points, list_amount, discount_amount, amount, commitment_id, used_quantity,
                                created_at, updated_at)
     select id, invoice_id, position, kind::invoice_line_kind, description, sku, usage_month, quantity, unit, unit_price,
            discount_basis_points, list_amount, discount_amount, amount, commitment_id, used_quantity, now(), now()
       from jsonb_to_recordset(?::jsonb) as x(id text, invoice_id text, position int, kind text, description text, sku text,
            usage_month timestamptz, quantity bigint, unit text, unit_price bigint, discount_basis_points int, list_amount bigint,
            discount_amount bigint, amount bigint, commitment_id text, used_quantity bigint)`,
    [JSON.stringify(rows)],
  );
}

function newInvoice(em: EntityManager, organizationId: string, month: Date, now: Date): Invoice {
  return em.create(Invoice, {
    id: newId('invoice'),
    organization: organizationId,
    periodStart: month,
    periodEnd: nextMonth(month),
    currency: 'USD',
    subtotal: 0n,
    discounts: 0n,
    credits: 0n,
    total: 0n,
    usageTotal: 0n,
    computedAt: now,
  });
}

const lockInvoiceMonth = (em: EntityManager, organizationId: string, month: Date) =>
  em.execute('select pg_advisory_xact_lock(hashtext(?))', [`headroom:invoice:${organizationId}:${month.toISOString()}`]);

/**
 * Brings the month's DRAFT up to date with the roll-ups and commitments (creating it when there is
 * anything to bill). A FINALIZED month is left alone: it never changes. The organization's row is
 * share-locked, so period close (which takes it for update) waits for the refresh, and the reverse.
 */
export async function refreshDraft(em: EntityManager, organizationId: string, month: Date, now = new Date()): Promise<Invoice | null> {
  await em.execute('select 1 from organizations where id = ? for share', [organizationId]);
  await lockInvoiceMonth(em, organizationId, month);
  const live = await liveInvoice(em, organizationId, month);
  if (live && live.status !== InvoiceStatus.DRAFT) return live;
  const rated = await rateInvoiceMonth(em, organizationId, month);
  if (!live && !rated.lines.length && !rated.warnings.length) return null;
  const invoice = live ?? newInvoice(em, organizationId, month, now);
  await writeRating(em, invoice, rated, now);
  return invoice;
}

/**
 * Finalizes a rated DRAFT: numbered, stamped and, from this commit on, never changed — the database
 * refuses edits to a finalized invoice and its lines (so the lines are written before this).
 */
async function seal(em: EntityManager, invoice: Invoice, now: Date): Promise<void> {
  const [row] = await em.execute<{ n: string }[]>(`select nextval('invoice_number_seq')::text as n`);
  invoice.status = InvoiceStatus.FINALIZED;
  invoice.number = `HR-${monthLabel(invoice.periodStart)}-${row!.n.padStart(6, '0')}`;
  invoice.finalizedAt = now;
  await em.flush();
}

/** Who closed a period or corrected an invoice, for the audit trail. */
export interface BillingActor {
  actorType: ActorType;
  actorId: string | null;
  requestId: string;
}

/**
 * Finalizes an organization's invoice for a month that has ended: its last usage is rolled up, it
 * is rated once more and numbered, and it never changes again. Usage for the month that arrives
 * later is billed on the next open invoice as an adjustment. Idempotent: a FINALIZED month is returned as it is.
 */
export async function finalizeInvoice(
  em: EntityManager,
  organizationId: string,
  month: Date,
  actor: BillingActor,
  now = new Date(),
): Promise<Invoice | null> {
  if (now < nextMonth(month)) {
    throw badInput('month', `${monthLabel(month)} is still open: an invoice is finalized after its month ends.`);
  }
  // The roll-up worker kept out (other organizations' closes may run alongside), then the
  // organization's row: no usage for it lands while its month is rated for the last time.
  await em.execute(ROLLUP_SHARED_LOCK_SQL);
  await em.execute('select 1 from organizations where id = ? for update', [organizationId]);
  const live = await liveInvoice(em, organizationId, month);
  if (live && live.status !== InvoiceStatus.DRAFT) return live;
  await rollUpUsage(em, { organizationId });
  const rated = await rateInvoiceMonth(em, organizationId, month);
  if (!live && !rated.lines.length && !rated.warnings.length) return null;
  const invoice = live ?? newInvoice(em, organizationId, month, now);
  await writeRating(em, invoice, rated, now);
  await seal(em, invoice, now);
  recordAudit(em, {
    ...actor,
    organizationId,
    action: 'billing.invoice.finalize',
    targetType: 'Invoice',
    targetId: invoice.id,
    outcome: AuditOutcome.ALLOWED,
    details: { number: invoice.number, month: monthLabel(month), total: invoice.total.toString(), currency: invoice.currency },
  });
  return invoice;
}

/**
 * Voids a FINALIZED invoice and issues its replacement for the same month, rated afresh from the
 * same usage (prices or terms corrected since apply) and numbered anew; the replacement names the
 * one it replaces. The voided invoice keeps its lines for the record.
 */
export async function voidAndReissue(
  em: EntityManager,
  invoiceId: string,
  reason: string,
  actor: BillingActor,
  now = new Date(),
): Promise<Invoice> {
  const found = await em.findOne(Invoice, invoiceId);
  if (!found) throw notFound('Invoice', invoiceId);
  const organizationId = found.organization.id;
  // The month's usage was all rolled up when it was finalized (later usage bills later months).
  await em.execute('select 1 from organizations where id = ? for update', [organizationId]);
  await em.refresh(found);
  if (found.status !== InvoiceStatus.FINALIZED) {
    throw conflict(`Only a FINALIZED invoice can be voided and re-issued; ${found.number ?? found.id} is ${found.status}.`, {
      status: found.status,
    });
  }
  found.status = InvoiceStatus.VOID;
  found.voidedAt = now;
  found.voidReason = reason;
  await em.flush();
  const rated = await rateInvoiceMonth(em, organizationId, found.periodStart);
  const replacement = newInvoice(em, organizationId, found.periodStart, now);
  replacement.replaces = em.getReference(Invoice, found.id) as never;
  await writeRating(em, replacement, rated, now);
  await seal(em, replacement, now);
  recordAudit(em, {
    ...actor,
    organizationId,
    action: 'billing.invoice.reissue',
    targetType: 'Invoice',
    targetId: replacement.id,
    outcome: AuditOutcome.ALLOWED,
    details: { voided: found.number, replacement: replacement.number, reason },
  });
  return replacement;
}

/** A system actor for billing's own work (period close). */
export const BILLING_SYSTEM: BillingActor = { actorType: ActorType.SYSTEM, actorId: 'SYSTEM:billing', requestId: 'system' };
