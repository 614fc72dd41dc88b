import { useSearchParams } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ModelStatus } from '../gql/graphql';
import { ModelTable } from '../components/catalog/model-table';
import { Badge } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { Select } from '../components/ui/select';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import { useDocumentTitle } from '../lib/use-document-title';

const ModelsPageQuery = graphql(`
  query ModelsPage($status: ModelStatus) {
    models(first: 100, status: $status) {
      nodes {
        id
        ...ModelRow
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const STATUSES: readonly { value: ModelStatus; label: string }[] = [
  { value: 'GA', label: 'Generally available' },
  { value: 'PREVIEW', label: 'Preview' },
  { value: 'DEPRECATED', label: 'Deprecated' },
];

const statusOf = (value: string | null): ModelStatus | null => STATUSES.find((s) => s.value === value)?.value ?? null;

/** `/models`: the hosted models anyone signed in can call, with their token prices; `?status=` filters. */
export function ModelsPage() {
  useDocumentTitle('Models');
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: ModelsPageQuery, variables: { status } });
  // urql keeps the previous filter's answer while the next loads: only show an answer for this filter.
  const current = data && !fetching ? data.models : null;

  const filter = (
    <Select
      label="Status"
      className="filter"
      value={status ?? ''}
      onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
    >
      <option value="">All statuses</option>
      {STATUSES.map((s) => (
        <option key={s.value} value={s.value}>
          {s.label}
        </option>
      ))}
    </Select>
  );

  return (
    <div className="page">
      <PageHeader
        title="Models"
        meta={
          <span className="muted">
            Open-weight models served by Headroom, priced per million tokens. Prices are list prices in force now.
          </span>
        }
      />
      <div className="toolbar">{filter}</div>
      {error && !fetching ? (
        <OperationError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !current ? (
        <LoadingState label="Loading models…" />
      ) : (
        <Card
          title={status ? `${STATUSES.find((s) => s.value === status)?.label} models` : 'All models'}
          actions={
            <>
              <span className="muted">Prices per 1M tokens</span>
              <Badge>{current.pageInfo.hasNextPage ? `${current.nodes.length}+` : current.nodes.length}</Badge>
            </>
          }
          flush={current.nodes.length > 0}
        >
          {current.nodes.length > 0 ? (
            <ModelTable models={current.nodes} />
          ) : (
            <EmptyState title={status ? 'No models with this status' : 'No models yet'}>
              {status ? 'Choose another status, or all of them.' : 'The catalog is empty. Operators add models and their prices.'}
            </EmptyState>
          )}
          {current.pageInfo.hasNextPage && <p className="card__note">Showing the newest {current.nodes.length} models.</p>}
        </Card>
      )}
    </div>
  );
}
