import { toCsv } from '../../lib/csv';
import { microsToDecimal } from '../../lib/money';
import { monthLabel } from './billing-periods';
import type { Invoice } from './invoice.entity';
import type { InvoiceLine } from './invoice-line.entity';

/** An invoice and its lines as a JSON document: amounts as exact decimal strings in the invoice's currency. */
export function invoiceJson(invoice: Invoice, lines: readonly InvoiceLine[]) {
  return {
    id: invoice.id,
    number: invoice.number ?? null,
    organizationId: invoice.organization.id,
    period: monthLabel(invoice.periodStart),
    periodStart: invoice.periodStart.toISOString(),
    periodEnd: invoice.periodEnd.toISOString(),
    status: invoice.status,
    currency: invoice.currency,
    subtotal: microsToDecimal(invoice.subtotal),
    discounts: microsToDecimal(invoice.discounts),
    credits: microsToDecimal(invoice.credits),
    total: microsToDecimal(invoice.total),
    finalizedAt: invoice.finalizedAt?.toISOString() ?? null,
    voidedAt: invoice.voidedAt?.toISOString() ?? null,
    voidReason: invoice.voidReason ?? null,
    replaces: invoice.replaces?.id ?? null,
    warnings: invoice.warnings,
    lines: lines.map((l) => ({
      position: l.position,
      kind: l.kind,
      description: l.description,
      sku: l.sku ?? null,
      usageMonth: l.usageMonth ? monthLabel(l.usageMonth) : null,
      quantity: l.quantity.toString(),
      unit: l.unit,
      unitPrice: l.unitPrice == null ? null : microsToDecimal(l.unitPrice),
      discountBasisPoints: l.discountBasisPoints,
      listAmount: microsToDecimal(l.listAmount),
      discountAmount: microsToDecimal(l.discountAmount),
      amount: microsToDecimal(l.amount),
      commitmentId: l.commitmentId ?? null,
      usedQuantity: l.usedQuantity?.toString() ?? null,
    })),
  };
}

/** An invoice as CSV: one row per line, then the subtotal, discounts, credits and total rows. */
export function invoiceCsv(invoice: Invoice, lines: readonly InvoiceLine[]): string {
  const number = invoice.number ?? `${invoice.id} (draft)`;
  const total = (label: string, micros: bigint) => [
    number,
    '',
    label,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    microsToDecimal(micros),
    invoice.currency,
  ];
  return toCsv(
    [
      'invoice',
      'line',
      'kind',
      'description',
      'sku',
      'usage_month',
      'quantity',
      'unit',
      'unit_price',
      'discount_bp',
      'list_amount',
      'discount_amount',
      'amount',
      'currency',
    ],
    [
      ...lines.map((l) => [
        number,
        l.position + 1,
        l.kind,
        l.description,
        l.sku,
        l.usageMonth ? monthLabel(l.usageMonth) : '',
        l.quantity,
        l.unit,
        l.unitPrice == null ? '' : microsToDecimal(l.unitPrice),
        l.discountBasisPoints,
        microsToDecimal(l.listAmount),
        microsToDecimal(l.discountAmount),
        microsToDecimal(l.amount),
        invoice.currency,
      ]),
      total('SUBTOTAL', invoice.subtotal),
      total('DISCOUNTS', invoice.discounts),
      total('CREDITS', invoice.credits),
      total('TOTAL', invoice.total),
    ],
  );
}
