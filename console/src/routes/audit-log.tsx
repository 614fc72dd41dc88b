import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { useShell, usePageOrganization } from '../components/shell/shell-context';
import { AuditTable, type AuditEventRowRef } from '../components/audit/audit-table';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { ErrorAlert } from '../components/ui/error-alert';
import { PageHeader } from '../components/ui/page-header';
import { TextField } from '../components/ui/text-field';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import {
  AUDIT_ACTIONS,
  auditSearch,
  auditVariables,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
  parseAuditSearch,
  validateAuditFilters,
  type AuditFilters,
} from '../lib/audit';
import { describeError, type ErrorInfo } from '../lib/errors';
import { auditLogPath, organizationPath } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import type { FieldErrors } from '../lib/validation';

const AuditLogPageQuery = graphql(`
  query AuditLogPage($organizationId: ID!, $action: String, $actorId: ID, $from: DateTimeISO, $to: DateTimeISO, $after: String) {
    organization(id: $organizationId) {
      id
      name
    }
    auditEvents(first: 50, organizationId: $organizationId, action: $action, actorId: $actorId, from: $from, to: $to, after: $after) {
      nodes {
        id
        ...AuditEventRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type FilterField = keyof AuditFilters;
const FILTER_FIELDS: readonly FilterField[] = ['action', 'actorId', 'from', 'to'];
const isFilterField = (f: string | undefined): f is FilterField => !!f && (FILTER_FIELDS as readonly string[]).includes(f);

/**
 * `/orgs/:orgId/audit`: the organization's audit trail, newest first, for owners, admins and
 * operators. Filters live in the URL; "Load more" follows the cursor.
 */
export function AuditLogPage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const search = useSearch();
  const [, navigate] = useLocation();
  const { organizations } = useShell();
  const filters = parseAuditSearch(search);
  const invalid = validateAuditFilters(filters);
  const variables = { organizationId: orgId, ...auditVariables(filters) };
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuditLogPageQuery, variables });
  const knownName = [...organizations.mine, ...organizations.others].find((o) => o.id === orgId)?.name;
  const orgName = (data?.organization.id === orgId ? data.organization.name : undefined) ?? knownName;
  useDocumentTitle(orgName ? `Audit log · ${orgName}` : 'Audit log');

  const info = error ? describeError(error) : null;
  // The server checks filters too: a refusal naming one is shown on that field.
  const serverFieldError = info?.code === 'BAD_USER_INPUT' && isFilterField(info.field) ? { [info.field]: info.message } : {};
  if (info && !fetching && (info.code === 'FORBIDDEN' || info.code === 'NOT_FOUND' || info.code === 'UNAUTHENTICATED')) {
    return (
      <div className="page">
        <OperationError error={error!} backTo={{ href: organizationPath(orgId), label: 'Back to the organization' }} />
      </div>
    );
  }

  const apply = (next: AuditFilters) => navigate(auditLogPath(orgId, auditSearch(next)));
  const events = data && !fetching && data.organization.id === orgId ? data.auditEvents : null;

  return (
    <div className="page page--wide">
      <PageHeader
        crumbs={[{ label: orgName ?? 'Organization', href: organizationPath(orgId) }, { label: 'Audit log' }]}
        title="Audit log"
        meta={<span className="muted">Every change in this organization, and every refused attempt, newest first.</span>}
      />
      <div className="stack">
        <AuditFilterForm key={search} initial={filters} serverErrors={{ ...invalid, ...serverFieldError }} onApply={apply} />
        <Card title={hasAuditFilters(filters) ? 'Matching events' : 'Events'} flush={!!events && events.nodes.length > 0}>
          {error && !fetching && !isFilterField(info?.field) ? (
            <OperationError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : error && !fetching ? (
            <EmptyState title="Fix the filters">The server did not accept a filter: see the message above.</EmptyState>
          ) : !events ? (
            <LoadingState label="Loading events…" compact />
          ) : events.nodes.length === 0 ? (
            <EmptyState
              title={hasAuditFilters(filters) ? 'No events match' : 'No events yet'}
              action={hasAuditFilters(filters) ? <Button onClick={() => apply(NO_AUDIT_FILTERS)}>Clear filters</Button> : undefined}
            >
              {hasAuditFilters(filters)
                ? 'Nothing in this organization matches these filters.'
                : 'Changes to this organization, its projects and keys will be listed here.'}
            </EmptyState>
          ) : (
            <AuditPages key={search} first={events} variables={variables} onActor={(actorId) => apply({ ...filters, actorId })} />
          )}
        </Card>
      </div>
    </div>
  );
}

interface Page {
  nodes: ({ id: string } & AuditEventRowRef)[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The first page from the page's query, then each page "Load more" fetched after it. */
function AuditPages({ first, variables, onActor }: { first: Page; variables: Record<string, unknown>; onActor(actorId: string): void }) {
  const client = useClient();
  const [more, setMore] = useState<Page[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const last = more.at(-1) ?? first;
  const nodes = [first, ...more].flatMap((p) => p.nodes);

  async function loadMore() {
    if (loading || !last.pageInfo.endCursor) return;
    setLoading(true);
    setError(null);
    const result = await client
      .query(
        AuditLogPageQuery,
        { ...(variables as { organizationId: string }), after: last.pageInfo.endCursor },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setLoading(false);
    if (result.error || !result.data) {
      setError(describeError(result.error ?? { graphQLErrors: [] }));
      return;
    }
    setMore((pages) => [...pages, result.data!.auditEvents]);
  }

  return (
    <>
      <AuditTable events={nodes} onActor={onActor} />
      <div className="card__footer">
        <span className="muted" role="status">
          {nodes.length} {nodes.length === 1 ? 'event' : 'events'}
          {last.pageInfo.hasNextPage ? ' shown' : ', all shown'}
        </span>
        {error && <ErrorAlert error={error} title="Could not load more events" />}
        {last.pageInfo.hasNextPage && (
          <Button onClick={loadMore} loading={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </div>
    </>
  );
}

function AuditFilterForm({
  initial,
  serverErrors,
  onApply,
}: {
  initial: AuditFilters;
  serverErrors: FieldErrors<FilterField>;
  onApply(filters: AuditFilters): void;
}) {
  const listId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<FilterField>>(serverErrors);
  const refs = {
    action: useRef<HTMLInputElement>(null),
    actorId: useRef<HTMLInputElement>(null),
    from: useRef<HTMLInputElement>(null),
    to: useRef<HTMLInputElement>(null),
  };
  const serverKey = JSON.stringify(serverErrors);
  useEffect(() => setErrors(JSON.parse(serverKey) as FieldErrors<FilterField>), [serverKey]);

  const change = (field: FilterField) => (e: { target: { value: string } }) => {
    const next = { ...values, [field]: e.target.value };
    setValues(next);
    if (errors[field]) setErrors((old) => ({ ...old, [field]: validateAuditFilters(next)[field] }));
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateAuditFilters(values);
    setErrors(found);
    const first = FILTER_FIELDS.find((f) => found[f]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    onApply(values);
  }

  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Filter events">
      <TextField
        ref={refs.action}
        label="Action"
        list={listId}
        placeholder="Any action"
        autoComplete="off"
        spellCheck={false}
        value={values.action}
        onChange={change('action')}
        error={errors.action}
      />
      <datalist id={listId}>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <TextField
        ref={refs.actorId}
        label="Actor ID"
        placeholder="usr_… or key_…"
        autoComplete="off"
        spellCheck={false}
        value={values.actorId}
        onChange={change('actorId')}
        error={errors.actorId}
      />
      <TextField ref={refs.from} label="From" type="datetime-local" value={values.from} onChange={change('from')} error={errors.from} />
      <TextField ref={refs.to} label="Until" type="datetime-local" value={values.to} onChange={change('to')} error={errors.to} />
      <div className="filters__actions">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        {hasAuditFilters(initial) && <Button onClick={() => onApply(NO_AUDIT_FILTERS)}>Clear</Button>}
      </div>
    </form>
  );
}
