import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { JobsPageQueryVariables as JobsPageVariables } from '../gql/graphql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { JobFilters } from '../components/job/job-filters';
import { JobTable, type JobRowRef } from '../components/job/job-table';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { ErrorAlert } from '../components/ui/error-alert';
import { LiveIndicator } from '../components/ui/live-indicator';
import { PageHeader, type Crumb } from '../components/ui/page-header';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import { describeError, type ErrorInfo } from '../lib/errors';
import {
  hasJobFilters,
  jobFilterVariables,
  jobSearch,
  mergeLiveJobs,
  NO_JOB_FILTERS,
  parseJobSearch,
  type JobFilters as Filters,
} from '../lib/jobs';
import { allJobsPath, organizationJobsPath, organizationPath, projectJobsPath, projectPath, submitJobPath } from '../lib/paths';
import { canWriteJobs } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';
import { useLiveEvents } from '../lib/use-live-events';

const JobsPageQuery = graphql(`
  query JobsPage(
    $organizationId: ID
    $projectId: ID
    $status: [JobStatus!]
    $capacityClass: CapacityClass
    $after: String
    $inProject: Boolean!
    $inOrganization: Boolean!
    $scopeProjectId: ID!
    $scopeOrganizationId: ID!
  ) {
    project(id: $scopeProjectId) @include(if: $inProject) {
      id
      name
      organization {
        id
        name
        viewerRole
      }
    }
    organization(id: $scopeOrganizationId) @include(if: $inOrganization) {
      id
      name
      viewerRole
    }
    jobs(
      first: 100
      organizationId: $organizationId
      projectId: $projectId
      status: $status
      capacityClass: $capacityClass
      after: $after
    ) {
      nodes {
        id
        createdAt
        updatedAt
        status
        capacityClass
        ...JobRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const JobsPageEvents = graphql(`
  subscription JobsPageEvents($organizationId: ID, $projectId: ID) {
    jobEvents(organizationId: $organizationId, projectId: $projectId) {
      id
      job {
        id
        createdAt
        updatedAt
        status
        capacityClass
        ...JobRow
      }
    }
  }
`);

/** Whose jobs the page lists: a project's, an organization's, or everything the viewer may read. */
export type JobsScope = { kind: 'project'; id: string } | { kind: 'organization'; id: string } | { kind: 'all' };

type ListedJob = { id: string; createdAt: string; updatedAt: string; status: string; capacityClass: string } & JobRowRef;

interface Page {
  nodes: ListedJob[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

const pathFor = (scope: JobsScope, search: string) =>
  scope.kind === 'project'
    ? projectJobsPath(scope.id, search)
    : scope.kind === 'organization'
      ? organizationJobsPath(scope.id, search)
      : allJobsPath(search);

/**
 * `/projects/:id/jobs`, `/orgs/:id/jobs` and `/jobs`: GPU jobs, newest first, filtered by status
 * and class (in the URL). Live: every job event the viewer may see updates its row at once (and
 * brings in new jobs) through the `jobEvents` subscription; nothing polls. Operators' `/jobs`
 * lists every tenant's.
 */
export function JobsPage({ scope }: { scope: JobsScope }) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const { platformRoles } = useShell();
  const filters = parseJobSearch(search);
  const variables = {
    organizationId: scope.kind === 'organization' ? scope.id : null,
    projectId: scope.kind === 'project' ? scope.id : null,
    ...jobFilterVariables(filters),
    after: null,
    inProject: scope.kind === 'project',
    inOrganization: scope.kind === 'organization',
    scopeProjectId: scope.kind === 'project' ? scope.id : '',
    scopeOrganizationId: scope.kind === 'organization' ? scope.id : '',
  };
  const [{ data, fetching, error, operation }, refetch] = useQuery({ query: JobsPageQuery, variables });
  // urql keeps the previous filters' answer while the next one loads: never show it as this one's.
  const current = !!data && JSON.stringify(operation?.variables) === JSON.stringify(variables);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const live = useLiveEvents(
    JobsPageEvents,
    { organizationId: variables.organizationId, projectId: variables.projectId },
    (d) => d.jobEvents,
    // Each event carries its job's row: the list updates (or gains a row) without asking again.
    { onResync: reload },
  );

  const project = current && data?.project?.id === (scope.kind === 'project' ? scope.id : null) ? data.project : null;
  const organization =
    scope.kind === 'project'
      ? (project?.organization ?? null)
      : current && data?.organization?.id === (scope.kind === 'organization' ? scope.id : null)
        ? data.organization
        : null;
  usePageOrganization(organization?.id);
  const title = scope.kind === 'all' ? 'All jobs' : 'Jobs';
  useDocumentTitle(scope.kind === 'all' ? title : organization ? `Jobs · ${project?.name ?? organization.name}` : null);

  const crumbs: Crumb[] = [];
  if (organization) crumbs.push({ label: organization.name, href: organizationPath(organization.id) });
  if (project) crumbs.push({ label: project.name, href: projectPath(project.id) });
  crumbs.push({ label: title });

  const info = error ? describeError(error) : null;
  if (error && !fetching && info && ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(info.code)) {
    return (
      <div className="page">
        <OperationError
          error={error}
          backTo={
            scope.kind === 'project'
              ? { href: projectPath(scope.id), label: 'Back to the project' }
              : scope.kind === 'organization'
                ? { href: organizationPath(scope.id), label: 'Back to the organization' }
                : { href: '/', label: 'Go to your organizations' }
          }
        />
      </div>
    );
  }

  const apply = (next: Filters) => navigate(pathFor(scope, jobSearch(next)));
  const canSubmit = scope.kind === 'project' && !!project && canWriteJobs(project.organization.viewerRole);
  const submitButton = canSubmit && (
    <Link href={submitJobPath(scope.id)} className="btn btn--primary">
      Submit job
    </Link>
  );
  const staff = platformRoles.includes('OPERATOR') || platformRoles.includes('ACCOUNT_MANAGER');
  const meta =
    scope.kind === 'all'
      ? staff
        ? 'Every tenant’s GPU jobs, newest first.'
        : 'GPU jobs of every organization you belong to, newest first.'
      : scope.kind === 'organization'
        ? 'GPU jobs of every project in this organization, newest first.'
        : 'GPU jobs of this project, newest first.';

  return (
    <div className="page page--wide">
      <PageHeader
        crumbs={crumbs}
        title={title}
        meta={
          <>
            <span className="muted">{meta}</span>
            <LiveIndicator state={live.state} failed={!!live.error} onRetry={live.retry} />
          </>
        }
        actions={submitButton}
      />
      <div className="stack">
        <JobFilters value={filters} onChange={apply} />
        {live.error && (
          <ErrorAlert
            error={describeError(live.error)}
            title="Live updates stopped: the list may be out of date. Reload the page or reconnect."
          />
        )}
        <Card title={hasJobFilters(filters) ? 'Matching jobs' : 'Jobs'} flush={current && data!.jobs.nodes.length > 0}>
          {error && !fetching && !current ? (
            <OperationError error={error} onRetry={reload} />
          ) : !current ? (
            <LoadingState label="Loading jobs…" compact />
          ) : (
            <JobPages
              key={search}
              first={data!.jobs}
              variables={variables}
              filters={filters}
              liveJobs={live.events.map((e) => e.job)}
              showProject={scope.kind !== 'project'}
              showOrganization={scope.kind === 'all'}
              empty={
                <EmptyState
                  title={hasJobFilters(filters) ? 'No jobs match' : 'No jobs yet'}
                  action={hasJobFilters(filters) ? <Button onClick={() => apply(NO_JOB_FILTERS)}>Clear filters</Button> : submitButton}
                >
                  {hasJobFilters(filters)
                    ? 'No job here matches these filters. New ones appear as they are submitted.'
                    : scope.kind === 'project'
                      ? 'Jobs submitted to this project appear here, and their status changes as it happens.'
                      : 'Jobs appear here as they are submitted, and their status changes as it happens.'}
                </EmptyState>
              }
            />
          )}
        </Card>
      </div>
    </div>
  );
}

/** The first page from the page's query, the pages "Load more" fetched after it, and live changes folded in. */
function JobPages({
  first,
  variables,
  filters,
  liveJobs,
  showProject,
  showOrganization,
  empty,
}: {
  first: Page;
  variables: JobsPageVariables;
  filters: Filters;
  liveJobs: ListedJob[];
  showProject: boolean;
  showOrganization: boolean;
  empty: ReactNode;
}) {
  const client = useClient();
  const [more, setMore] = useState<Page[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const last = more.at(-1) ?? first;
  const loaded = [first, ...more].flatMap((p) => p.nodes);
  const jobs = mergeLiveJobs(loaded, liveJobs, filters, !last.pageInfo.hasNextPage);

  async function loadMore() {
    if (loading || !last.pageInfo.endCursor) return;
    setLoading(true);
    setError(null);
    const result = await client
      .query(JobsPageQuery, { ...variables, after: last.pageInfo.endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (result.error || !result.data) {
      setError(describeError(result.error ?? { graphQLErrors: [] }));
      return;
    }
    setMore((pages) => [...pages, result.data!.jobs]);
  }

  if (jobs.length === 0) return <>{empty}</>;
  return (
    <>
      <JobTable jobs={jobs} showProject={showProject} showOrganization={showOrganization} label="Jobs, newest first" />
      <div className="card__footer">
        <span className="muted">
          {jobs.length} {jobs.length === 1 ? 'job' : 'jobs'}
          {last.pageInfo.hasNextPage ? ' shown' : ', all shown'}
        </span>
        {error && <ErrorAlert error={error} title="Could not load more jobs" />}
        {last.pageInfo.hasNextPage && (
          <Button onClick={loadMore} loading={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </div>
    </>
  );
}
