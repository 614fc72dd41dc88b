import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../../server/src/lib/ids';
import { Invoice } from '../../../server/src/modules/billing/invoice.entity';
import { InvoiceStatus } from '../../../server/src/modules/billing/billing.enums';
import { F, N, U, row, type Entry, type Fixtures } from './matrix';

/** Usage (not money): every member, keys with READ or BILLING_READ, platform staff. */
const USAGE_READERS = row(U, 'OK', 'OK', 'OK', N, 'OK', 'OK', 'OK', 'OK');
/** Invoices and spend: owners, admins and billing members, keys with BILLING_READ, account managers. */
const BILLING_READERS = row(U, F, F, 'OK', N, 'OK', F, F, 'OK');
/** Closing periods and correcting invoices: account managers. */
const BILLING_WRITERS = row(U, F, F, F, F, F, F, F, 'OK');

let year = 2200;

/** An invoice of organization A in a month of its own (FINALIZED ones can be voided once each). */
async function anInvoice(fx: Fixtures, status: InvoiceStatus): Promise<string> {
  const em = fx.em();
  const y = year++;
  const invoice = em.create(Invoice, {
    id: newId('invoice'),
    organization: fx.world.orgA.id,
    periodStart: new Date(Date.UTC(y, 0, 1)),
    periodEnd: new Date(Date.UTC(y, 1, 1)),
    status,
    number: status === InvoiceStatus.FINALIZED ? `HR-MATRIX-${y}-${fx.unique()}` : null,
    currency: 'USD',
    subtotal: 0n,
    discounts: 0n,
    credits: 0n,
    total: 0n,
    usageTotal: 0n,
    computedAt: new Date(),
  });
  await em.persist(invoice).flush();
  return invoice.id;
}

const HOUR = 3_600_000;

export const billingEntries: Record<string, Entry> = {
  // ---- queries
  usage: {
    request: ({ world }) => ({
      query:
        'query($org: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { usage(organizationId: $org, from: $from, to: $to) { rows { sku quantity } csvUrl } }',
      variables: { org: world.orgA.id, from: new Date(Date.now() - 24 * HOUR).toISOString(), to: new Date().toISOString() },
    }),
    scope: ApiKeyScope.READ,
    expect: USAGE_READERS,
  },
  invoices: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { invoices(organizationId: $org, first: 5) { nodes { id status total } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.BILLING_READ,
    expect: BILLING_READERS,
  },
  invoice: {
    request: async (fx) => ({
      query: 'query($id: ID!) { invoice(id: $id) { id status lines { amount } downloads { csv } } }',
      variables: { id: await anInvoice(fx, InvoiceStatus.DRAFT) },
    }),
    scope: ApiKeyScope.BILLING_READ,
    expect: BILLING_READERS,
  },
  spendStatus: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { spendStatus(organizationId: $org) { spent cap percent alerts { thresholdPercent } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.BILLING_READ,
    expect: BILLING_READERS,
  },
  // ---- mutations
  ingestUsage: {
    // Only the capacity owner's USAGE_INGEST keys and operators: a customer's key with the scope is still refused.
    request: () => ({ query: 'mutation { ingestUsage(events: []) { accepted duplicates } }' }),
    scope: ApiKeyScope.USAGE_INGEST,
    expect: row(U, F, F, F, F, F, F, 'OK', F),
  },
  finalizeInvoice: {
    request: ({ world }) => ({
      query: 'mutation($org: ID!) { finalizeInvoice(organizationId: $org, month: "2020-01") { id status } }',
      variables: { org: world.orgA.id },
    }),
    expect: BILLING_WRITERS,
  },
  voidAndReissueInvoice: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { voidAndReissueInvoice(id: $id, reason: "matrix") { id status replaces { id } } }',
      variables: { id: await anInvoice(fx, InvoiceStatus.FINALIZED) },
    }),
    expect: BILLING_WRITERS,
  },
};
