import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { InvoiceLinesTable } from '../components/billing/invoice-lines';
import { InvoiceStatusBadge } from '../components/billing/invoice-status-badge';
import { VoidInvoiceDialog } from '../components/billing/void-invoice-dialog';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { PageHeader } from '../components/ui/page-header';
import { PagePending } from '../components/ui/states';
import { formatDateTime } from '../lib/format';
import { formatMicros } from '../lib/money';
import { monthLabelOf } from '../lib/invoices';
import { invoicePath, invoicesPath, organizationPath } from '../lib/paths';
import { canCorrectInvoices } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const InvoicePageQuery = graphql(`
  query InvoicePage($id: ID!) {
    invoice(id: $id) {
      id
      number
      status
      periodStart
      currency
      total
      usageTotal
      computedAt
      finalizedAt
      voidedAt
      voidReason
      warnings
      organization {
        id
        name
      }
      replaces {
        id
        number
      }
      downloads {
        json
        csv
      }
      ...InvoiceLines
    }
  }
`);

/** `/invoices/:invoiceId`: one invoice with its lines, totals and downloads; account managers void and re-issue. */
export function InvoicePage({ invoiceId }: { invoiceId: string }) {
  const { platformRoles } = useShell();
  const [, navigate] = useLocation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: InvoicePageQuery, variables: { id: invoiceId } });
  const invoice = data?.invoice.id === invoiceId ? data.invoice : null;
  usePageOrganization(invoice?.organization.id);
  const [voiding, setVoiding] = useState(false);
  const month = invoice ? monthLabelOf(invoice.periodStart) : null;
  useDocumentTitle(invoice ? `${invoice.number ?? 'Draft invoice'} · ${month}` : null);

  if (!invoice) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading invoice…"
      />
    );
  }

  return (
    <div className="page">
      <PageHeader
        title={`${month} invoice`}
        crumbs={[
          { href: organizationPath(invoice.organization.id), label: invoice.organization.name },
          { href: invoicesPath(invoice.organization.id), label: 'Invoices' },
        ]}
        meta={<InvoiceStatusBadge status={invoice.status} />}
        actions={
          <>
            <a className="btn btn--secondary" href={invoice.downloads.csv} download>
              Download CSV
            </a>
            <a className="btn btn--secondary" href={invoice.downloads.json} download>
              Download JSON
            </a>
            {invoice.status === 'FINALIZED' && canCorrectInvoices(platformRoles) && (
              <Button variant="danger" onClick={() => setVoiding(true)}>
                Void and re-issue
              </Button>
            )}
          </>
        }
      />
      {invoice.status === 'DRAFT' && (
        <Alert tone="info" title="The month is still open">
          This draft is kept current as usage arrives (last rated {formatDateTime(invoice.computedAt)}); it is finalized when the month
          closes.
        </Alert>
      )}
      {invoice.status === 'VOID' && (
        <Alert tone="warning" title="This invoice was voided">
          {invoice.voidReason} ({formatDateTime(invoice.voidedAt)}). A replacement was issued for the same month.
        </Alert>
      )}
      {invoice.warnings.length > 0 && (
        <Alert tone="warning" title="Usage that could not be priced">
          <ul>
            {invoice.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="page-grid">
        <Card title="Summary">
          <DescriptionList
            items={[
              { term: 'Invoice number', value: invoice.number ?? 'Given when finalized' },
              { term: 'Total', value: <strong>{formatMicros(invoice.total, invoice.currency)}</strong> },
              { term: 'Usage (what spend caps count)', value: formatMicros(invoice.usageTotal, invoice.currency) },
              { term: 'Finalized', value: invoice.finalizedAt ? formatDateTime(invoice.finalizedAt) : '—' },
              ...(invoice.replaces
                ? [{ term: 'Replaces', value: <Link href={invoicePath(invoice.replaces.id)}>{invoice.replaces.number}</Link> }]
                : []),
            ]}
          />
        </Card>
      </div>
      <Card title="Lines" flush>
        <InvoiceLinesTable invoice={invoice} />
      </Card>
      <VoidInvoiceDialog
        invoice={voiding && invoice.number ? { id: invoice.id, number: invoice.number } : null}
        onClose={(replacementId) => {
          setVoiding(false);
          if (replacementId) navigate(invoicePath(replacementId));
        }}
      />
    </div>
  );
}
