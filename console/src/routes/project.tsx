import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization } from '../components/shell/shell-context';
import { ProjectDetails } from '../components/project/project-details';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { PagePending } from '../components/ui/states';
import { apiKeysPath, organizationPath, projectJobsPath, submitJobPath } from '../lib/paths';
import { canWriteJobs } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      id
      name
      description
      organization {
        id
        name
        viewerRole
      }
      ...ProjectDetails
    }
  }
`);

/** `/projects/:projectId`: one project. */
export function ProjectPage({ projectId }: { projectId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectPageQuery, variables: { id: projectId } });
  const project = data?.project.id === projectId ? data.project : null;
  usePageOrganization(project?.organization.id);
  useDocumentTitle(project?.name);

  if (!project) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading project…"
      />
    );
  }

  return (
    <div className="page">
      <PageHeader
        crumbs={[{ label: project.organization.name, href: organizationPath(project.organization.id) }, { label: 'Projects' }]}
        title={project.name}
        meta={project.description ? <span className="muted">{project.description}</span> : undefined}
        actions={
          <>
            <Link href={projectJobsPath(project.id)} className="btn btn--secondary">
              Jobs
            </Link>
            <Link href={apiKeysPath(project.id)} className="btn btn--secondary">
              API keys
            </Link>
            {canWriteJobs(project.organization.viewerRole) && (
              <Link href={submitJobPath(project.id)} className="btn btn--primary">
                Submit job
              </Link>
            )}
          </>
        }
      />
      <div className="page-grid page-grid--single">
        <Card title="Details">
          <ProjectDetails project={project} />
        </Card>
      </div>
    </div>
  );
}
