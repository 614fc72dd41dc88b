import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization } from '../components/shell/shell-context';
import { InvoiceTable } from '../components/billing/invoice-table';
import { SpendNotice } from '../components/billing/spend-notice';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { organizationPath } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

const InvoicesPageQuery = graphql(`
  query InvoicesPage($org: ID!) {
    organization(id: $org) {
      id
      name
    }
    invoices(organizationId: $org, first: 100) {
      nodes {
        id
        ...InvoiceRow
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** `/orgs/:orgId/invoices`: the open month's draft and every finalized or voided invoice. */
export function InvoicesPage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const [{ data, fetching, error }, refetch] = useQuery({ query: InvoicesPageQuery, variables: { org: orgId } });
  const org = data?.organization.id === orgId ? data.organization : null;
  useDocumentTitle(org ? `Invoices · ${org.name}` : null);

  if (!org || !data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: organizationPath(orgId), label: 'Back to the organization' }}
        loading="Loading invoices…"
      />
    );
  }
  const invoices = data.invoices.nodes;
  return (
    <div className="page">
      <PageHeader title="Invoices" crumbs={[{ href: organizationPath(org.id), label: org.name }]} />
      <SpendNotice organizationId={org.id} />
      <Card title={data.invoices.pageInfo.hasNextPage ? 'The last 100 invoices' : 'Invoices'} flush={invoices.length > 0}>
        {invoices.length ? (
          <InvoiceTable invoices={invoices} />
        ) : (
          <EmptyState title="No invoices yet">
            The month’s draft invoice appears with the first usage or commitment, and is finalized when the month closes.
          </EmptyState>
        )}
      </Card>
    </div>
  );
}
