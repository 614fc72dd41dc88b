import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { OrganizationBadges, OrganizationSummary } from '../components/organization/organization-summary';
import { ProjectTable } from '../components/project/project-table';
import { Badge } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { auditLogPath } from '../lib/paths';
import { canReadAuditLog } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!) {
    organization(id: $id) {
      id
      name
      viewerRole
      ...OrganizationSummary
      projects(first: 100) {
        nodes {
          id
          ...ProjectTableRow
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** `/orgs/:orgId`: an organization's overview and its projects. */
export function OrganizationPage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const { platformRoles } = useShell();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganizationPageQuery, variables: { id: orgId } });
  const org = data?.organization.id === orgId ? data.organization : null;
  useDocumentTitle(org?.name);

  if (!org) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading organization…"
      />
    );
  }

  const projects = org.projects.nodes;
  return (
    <div className="page">
      <PageHeader
        title={org.name}
        meta={<OrganizationBadges organization={org} />}
        actions={
          canReadAuditLog(org.viewerRole, platformRoles) && (
            <Link href={auditLogPath(org.id)} className="btn btn--secondary">
              Audit log
            </Link>
          )
        }
      />
      <div className="page-grid">
        <Card
          title="Projects"
          actions={<Badge>{org.projects.pageInfo.hasNextPage ? `${projects.length}+` : projects.length}</Badge>}
          flush={projects.length > 0}
        >
          {projects.length > 0 ? (
            <ProjectTable projects={projects} />
          ) : (
            <EmptyState title="No projects yet">
              Projects hold API keys, GPU jobs and model deployments. This organization has none.
            </EmptyState>
          )}
          {org.projects.pageInfo.hasNextPage && <p className="card__note">Showing the first {projects.length} projects.</p>}
        </Card>
        <Card title="Details">
          <OrganizationSummary organization={org} />
        </Card>
      </div>
    </div>
  );
}
