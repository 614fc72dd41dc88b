import { Link } from 'wouter';
import { graphql } from '../gql';
import { useShell } from '../components/shell/shell-context';
import { Badge } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import { humanize } from '../lib/format';
import { organizationContractsPath, organizationPath, quotePath } from '../lib/paths';
import { isPlatformStaff } from '../lib/permissions';
import { useAllPages } from '../lib/use-all-pages';
import { useDocumentTitle } from '../lib/use-document-title';

const OrganizationsPageQuery = graphql(`
  query OrganizationsPage($after: String) {
    organizations(first: 100, after: $after) {
      nodes {
        id
        name
        slug
        kind
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NO_VARIABLES = {};

/** `/organizations`: every organization (platform staff), each with its contracts and a quote. */
export function OrganizationsPage() {
  useDocumentTitle('Organizations');
  const { platformRoles } = useShell();
  const all = useAllPages(OrganizationsPageQuery, NO_VARIABLES, (d) => d.organizations);
  const organizations = all.nodes ? [...all.nodes].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })) : null;
  const staff = isPlatformStaff(platformRoles);
  return (
    <div className="page">
      <PageHeader
        title="Organizations"
        meta={<span className="muted">Customers and the owner’s own organization: their contracts, quotas and quotes.</span>}
      />
      <Card title="Organizations" actions={organizations && <Badge>{organizations.length}</Badge>} flush={!!organizations?.length}>
        {all.error && !all.fetching ? (
          <OperationError error={all.error} onRetry={all.retry} />
        ) : !organizations ? (
          <LoadingState label="Loading organizations…" compact />
        ) : organizations.length === 0 ? (
          <EmptyState title="No organizations yet">Organizations appear here once they sign up or are created for them.</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Organizations, by name</caption>
              <thead>
                <tr>
                  <th scope="col">Organization</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="table__rowhead">
                      <Link href={organizationPath(o.id)} className="table__primary">
                        {o.name}
                      </Link>
                      <div className="table__secondary mono">{o.slug}</div>
                    </th>
                    <td>{humanize(o.kind)}</td>
                    <td>
                      <Badge tone={o.status === 'ACTIVE' ? 'success' : 'danger'}>{humanize(o.status)}</Badge>
                    </td>
                    <td className="table__actions">
                      <Link href={organizationContractsPath(o.id)} aria-label={`Contracts of ${o.name}`}>
                        Contracts
                      </Link>
                      {staff && (
                        <>
                          {' · '}
                          <Link href={quotePath(o.id)} aria-label={`Quote for ${o.name}`}>
                            Quote
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {all.truncated && <p className="card__note">Showing the first {organizations?.length} organizations.</p>}
      </Card>
    </div>
  );
}
