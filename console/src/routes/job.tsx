import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, usePageProject, useShell } from '../components/shell/shell-context';
import { CancelJobDialog, type CancelTarget } from '../components/job/cancel-job-dialog';
import {
  JobPlacementFacts,
  JobPriceStats,
  JobStatusSummary,
  JobTimes,
  JobWorkload,
  type JobDetailsRef,
} from '../components/job/job-details';
import { JobStatusBadge } from '../components/job/job-status-badge';
import { JobTimeline } from '../components/job/job-timeline';
import { PlacementExplanationTable } from '../components/job/placement-explanation';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { ErrorAlert } from '../components/ui/error-alert';
import { LiveIndicator } from '../components/ui/live-indicator';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { describeError } from '../lib/errors';
import { isEnded, mergeEvents, newerJob } from '../lib/jobs';
import { organizationPath, projectJobsPath, projectPath } from '../lib/paths';
import { canWriteJobs, isPlatformStaff } from '../lib/permissions';
import { useDebouncedCallback } from '../lib/use-debounced';
import { useDocumentTitle } from '../lib/use-document-title';
import { useLiveEvents } from '../lib/use-live-events';

const JobPageQuery = graphql(`
  query JobPage($id: ID!) {
    job(id: $id) {
      id
      name
      status
      updatedAt
      currency
      organization {
        id
        name
        viewerRole
      }
      project {
        id
        name
      }
      ...JobDetails
      events(first: 50) {
        nodes {
          id
          at
          ...JobTimelineEvent
        }
        pageInfo {
          hasNextPage
        }
      }
    }
    explainPlacement(jobId: $id) {
      ...PlacementExplanation
    }
  }
`);

const JobPageEvents = graphql(`
  subscription JobPageEvents($jobId: ID!) {
    jobEvents(jobId: $jobId) {
      id
      at
      ...JobTimelineEvent
      job {
        id
        name
        status
        updatedAt
        currency
        ...JobDetails
      }
    }
  }
`);

type ShownJob = { id: string; name: string; status: string; updatedAt: string; currency?: string | null } & JobDetailsRef;

/**
 * `/jobs/:jobId`: one job — its status and why it waits, price and hold, where it runs, what it
 * runs, the timeline and the scheduler's explanation — live: each event is shown as it happens
 * (and the rest of the page re-read after it). Members cancel it here.
 */
export function JobPage({ jobId }: { jobId: string }) {
  const { platformRoles } = useShell();
  const [{ data, fetching, error }, refetch] = useQuery({ query: JobPageQuery, variables: { id: jobId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // A burst of events (placed, provisioning, running) is one re-read of the placement and the rest.
  const reloadSoon = useDebouncedCallback(reload, 300);
  const live = useLiveEvents(JobPageEvents, { jobId }, (d) => d.jobEvents, { onEvent: reloadSoon, onResync: reload });
  const [cancelling, setCancelling] = useState<CancelTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const loaded = data?.job.id === jobId ? data.job : null;
  usePageOrganization(loaded?.organization.id);
  usePageProject(loaded?.project.id);
  useDocumentTitle(loaded ? `${loaded.name} · Jobs` : null);

  if (!loaded || !data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={reload}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading job…"
      />
    );
  }

  // The newer of what the query read and what the last event carried.
  const job = newerJob<ShownJob>(loaded, live.events.find((e) => e.job.id === jobId)?.job);
  const events = mergeEvents(loaded.events.nodes, live.events);
  const staff = isPlatformStaff(platformRoles);
  const canCancel = canWriteJobs(loaded.organization.viewerRole) && !isEnded(job.status);

  return (
    <div className="page page--wide">
      <PageHeader
        crumbs={[
          { label: loaded.organization.name, href: organizationPath(loaded.organization.id) },
          { label: loaded.project.name, href: projectPath(loaded.project.id) },
          { label: 'Jobs', href: projectJobsPath(loaded.project.id) },
        ]}
        title={job.name}
        meta={
          <>
            <JobStatusBadge status={job.status} />
            <Mono>{job.id}</Mono>
            <LiveIndicator state={live.state} failed={!!live.error} onRetry={live.retry} />
          </>
        }
        actions={
          canCancel && (
            <Button variant="danger" onClick={() => setCancelling({ id: job.id, name: job.name })}>
              Cancel job
            </Button>
          )
        }
      />
      <div className="stack">
        {notice && <Alert tone="success">{notice}</Alert>}
        {live.error && <ErrorAlert error={describeError(live.error)} title="Live updates stopped: reload to see the latest." />}
        <JobPriceStats job={job} />
        <div className="page-grid">
          <div className="stack">
            <Card title="Status">
              <JobStatusSummary job={job} />
            </Card>
            <Card title="Timeline" flush={events.length > 0}>
              {events.length > 0 ? (
                <>
                  <JobTimeline events={events} />
                  {loaded.events.pageInfo.hasNextPage && <p className="card__note">Showing the newest events.</p>}
                </>
              ) : (
                <EmptyState title="No events yet">Every change of status will be listed here as it happens.</EmptyState>
              )}
            </Card>
          </div>
          <div className="stack">
            <Card title="Where it runs">
              <JobPlacementFacts job={job} linkPool={staff} />
            </Card>
            <Card title="What it runs">
              <JobWorkload job={job} />
            </Card>
            <Card title="When">
              <JobTimes job={job} />
            </Card>
          </div>
        </div>
        <Card title="Placement" flush>
          <PlacementExplanationTable explanation={data.explainPlacement} currency={job.currency ?? 'USD'} linkPools={staff} />
        </Card>
      </div>
      <CancelJobDialog
        target={cancelling}
        onClose={(cancelled) => {
          if (cancelled && cancelling) setNotice(`Job “${cancelling.name}” cancelled.`);
          setCancelling(null);
        }}
      />
    </div>
  );
}
