import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization } from '../components/shell/shell-context';
import { QuotePreview, type GpuQuotePreviewRef, type QuoteSlot } from '../components/job/quote-preview';
import { SubmitJobForm } from '../components/job/submit-job-form';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { describeError, type ErrorInfo } from '../lib/errors';
import { humanize } from '../lib/format';
import { emptyJobForm, newIdempotencyKey, quotePlan, type JobFormValues } from '../lib/job-form';
import { jobPath, organizationPath, projectJobsPath, projectPath } from '../lib/paths';
import { canWriteJobs } from '../lib/permissions';
import { useDebouncedValue } from '../lib/use-debounced';
import { useDocumentTitle } from '../lib/use-document-title';

const SubmitJobPageQuery = graphql(`
  query SubmitJobPage($projectId: ID!) {
    project(id: $projectId) {
      id
      name
      organization {
        id
        name
        kind
        viewerRole
      }
    }
    gpuTypes(first: 100, status: ACTIVE) {
      nodes {
        id
        code
        vendor
        memoryGb
      }
    }
    regions(first: 100, status: ACTIVE) {
      nodes {
        id
        code
        name
        jurisdiction
      }
    }
  }
`);

const SubmitJobQuoteQuery = graphql(`
  query SubmitJobQuote($input: QuoteGpuInput!) {
    quoteGpu(input: $input) {
      ...GpuQuotePreview
    }
  }
`);

interface QuoteResult {
  /** The input it answers, to tell a current answer from one for values since changed. */
  key: string;
  quote: GpuQuotePreviewRef | null;
  error: ErrorInfo | null;
}

/**
 * Live quotes for the form as it is: one `quoteGpu` per acceptable GPU type, asked once typing
 * pauses. An answer for values since changed stays on screen, marked as updating, until the new
 * one arrives.
 */
function useQuotes(plan: ReturnType<typeof quotePlan>, codeOf: (id: string) => string): QuoteSlot[] {
  const client = useClient();
  const inputs = plan.kind === 'ready' ? plan.inputs : [];
  const settled = useDebouncedValue(JSON.stringify(inputs), 350);
  const [results, setResults] = useState<Record<string, QuoteResult>>({});

  useEffect(() => {
    let cancelled = false;
    for (const input of JSON.parse(settled) as typeof inputs) {
      const key = JSON.stringify(input);
      client
        .query(SubmitJobQuoteQuery, { input }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (cancelled) return;
          setResults((old) => ({
            ...old,
            [input.gpuTypeId]: {
              key,
              quote: result.data?.quoteGpu ?? null,
              error: result.error || !result.data ? describeError(result.error ?? { graphQLErrors: [] }) : null,
            },
          }));
        });
    }
    return () => {
      cancelled = true;
    };
  }, [client, settled]);

  return inputs.map((input) => {
    const result = results[input.gpuTypeId];
    const fresh = result?.key === JSON.stringify(input);
    return {
      gpuTypeId: input.gpuTypeId,
      code: codeOf(input.gpuTypeId),
      fetching: !fresh,
      error: fresh ? (result?.error ?? null) : null,
      quote: result?.quote ?? null,
    };
  });
}

/** `/projects/:projectId/jobs/new`: the job form beside a live price and admission preview. */
export function SubmitJobPage({ projectId }: { projectId: string }) {
  const [, navigate] = useLocation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SubmitJobPageQuery, variables: { projectId } });
  const project = data?.project.id === projectId ? data.project : null;
  usePageOrganization(project?.organization.id);
  useDocumentTitle(project ? `Submit a job · ${project.name}` : null);

  const [values, setValues] = useState<JobFormValues>(() => emptyJobForm());
  const [idempotencyKey, setIdempotencyKey] = useState(() => newIdempotencyKey());
  const gpuTypes = useMemo(
    () =>
      [...(data?.gpuTypes.nodes ?? [])]
        .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
        .map((t) => ({ id: t.id, code: t.code, description: `${humanize(t.vendor)} · ${t.memoryGb} GB` })),
    [data?.gpuTypes.nodes],
  );
  const regions = useMemo(
    () => [...(data?.regions.nodes ?? [])].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
    [data?.regions.nodes],
  );
  const plan = project ? quotePlan(values, project.organization.id, project.id) : ({ kind: 'incomplete', missing: 'a GPU type' } as const);
  const slots = useQuotes(plan, (id) => gpuTypes.find((t) => t.id === id)?.code ?? id);

  if (!project || !data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: projectPath(projectId), label: 'Back to the project' }}
        loading="Loading the form…"
      />
    );
  }

  const role = project.organization.viewerRole;
  const header = (
    <PageHeader
      crumbs={[
        { label: project.organization.name, href: organizationPath(project.organization.id) },
        { label: project.name, href: projectPath(project.id) },
        { label: 'Jobs', href: projectJobsPath(project.id) },
      ]}
      title="Submit a job"
      meta={<span className="muted">GPU work for {project.name}: priced and checked for admission as you fill it in.</span>}
    />
  );

  if (!canWriteJobs(role)) {
    return (
      <div className="page">
        {header}
        <Alert tone="info" title="You cannot submit jobs here">
          {role
            ? `As ${humanize(role).toLowerCase()} you can see this project’s jobs; owners, admins and members submit them.`
            : 'Platform staff read every tenant’s jobs but do not submit work for them.'}{' '}
          <Link href={projectJobsPath(project.id)}>See the jobs</Link>
        </Alert>
      </div>
    );
  }

  if (gpuTypes.length === 0) {
    return (
      <div className="page">
        {header}
        <EmptyState title="No GPU types on offer">Jobs can be submitted once the platform offers GPUs. Try again later.</EmptyState>
      </div>
    );
  }

  return (
    <div className="page page--wide">
      {header}
      <div className="page-grid job-submit">
        <Card>
          <SubmitJobForm
            projectId={project.id}
            values={values}
            onChange={setValues}
            gpuTypes={gpuTypes}
            regions={regions}
            allowInternal={project.organization.kind === 'INTERNAL'}
            idempotencyKey={idempotencyKey}
            onNewKey={() => setIdempotencyKey(newIdempotencyKey())}
            cancelHref={projectJobsPath(project.id)}
            onSubmitted={(job) => navigate(jobPath(job.id))}
          />
        </Card>
        <div className="job-submit__aside">
          <Card title="Price and admission">
            <div aria-live="polite" aria-atomic="false">
              <QuotePreview plan={plan} slots={slots} />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
