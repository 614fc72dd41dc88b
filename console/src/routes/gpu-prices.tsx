import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { graphql, getFragmentData } from '../gql';
import { GpuPriceEntry, GpuTypePriceCard } from '../components/catalog/gpu-price-book';
import { PageHeader } from '../components/ui/page-header';
import { Select } from '../components/ui/select';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import { Alert } from '../components/ui/alert';
import { gpuPriceBook } from '../lib/prices';
import { useAllPages } from '../lib/use-all-pages';
import { useDocumentTitle } from '../lib/use-document-title';

const GpuPricesPageQuery = graphql(`
  query GpuPricesPage($after: String) {
    gpuPrices(first: 100, after: $after) {
      nodes {
        id
        ...GpuPriceEntry
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NO_VARIABLES = {};

/**
 * `/prices`: GPU-hour list prices in force now, per GPU type, region and class, with scheduled
 * changes. `?region=` and `?gpu=` (codes) narrow it down.
 */
export function GpuPricesPage() {
  useDocumentTitle('GPU prices');
  const [params, setParams] = useSearchParams();
  const regionFilter = params.get('region') ?? '';
  const gpuFilter = params.get('gpu') ?? '';
  const pages = useAllPages(GpuPricesPageQuery, NO_VARIABLES, (d) => d.gpuPrices);

  const book = useMemo(() => (pages.nodes ? gpuPriceBook(getFragmentData(GpuPriceEntry, pages.nodes), new Date()) : null), [pages.nodes]);
  const regions = useMemo(() => {
    const all = new Map<string, string>();
    for (const t of book ?? []) for (const r of t.regions) all.set(r.region.code, r.region.name);
    return [...all].sort(([a], [b]) => a.localeCompare(b));
  }, [book]);

  const setFilter = (key: 'region' | 'gpu', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const shown = (book ?? [])
    .filter((t) => !gpuFilter || t.gpuType.code === gpuFilter)
    .map((t) => ({ ...t, regions: t.regions.filter((r) => !regionFilter || r.region.code === regionFilter) }))
    .filter((t) => t.regions.length > 0);

  return (
    <div className="page">
      <PageHeader
        title="GPU prices"
        meta={<span className="muted">List prices per GPU-hour in force now. Contracts may discount them.</span>}
      />
      {book && book.length > 0 && (
        <div className="toolbar">
          <Select label="GPU type" className="filter" value={gpuFilter} onChange={(e) => setFilter('gpu', e.target.value)}>
            <option value="">All GPU types</option>
            {book.map((t) => (
              <option key={t.gpuType.id} value={t.gpuType.code}>
                {t.gpuType.code}
              </option>
            ))}
          </Select>
          <Select label="Region" className="filter" value={regionFilter} onChange={(e) => setFilter('region', e.target.value)}>
            <option value="">All regions</option>
            {regions.map(([code, name]) => (
              <option key={code} value={code}>
                {code} — {name}
              </option>
            ))}
          </Select>
        </div>
      )}
      {pages.error && !pages.fetching ? (
        <OperationError error={pages.error} onRetry={pages.retry} />
      ) : !book ? (
        <LoadingState label="Loading prices…" />
      ) : book.length === 0 ? (
        <EmptyState title="No GPU prices yet">Operators publish list prices per GPU type, region and class.</EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No prices match">
          No {gpuFilter || 'GPU'} prices in {regionFilter || 'these regions'}. Choose other filters.
        </EmptyState>
      ) : (
        <div className="stack">
          {pages.truncated && <Alert tone="info">The price book is large: showing what the first pages hold.</Alert>}
          {shown.map((group) => (
            <GpuTypePriceCard key={group.gpuType.id} group={group} />
          ))}
        </div>
      )}
    </div>
  );
}
