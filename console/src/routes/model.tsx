import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ModelStatusBadge } from '../components/catalog/model-status-badge';
import { Badge } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, PagePending } from '../components/ui/states';
import { formatContextWindow, formatDate, formatDateTime, formatInteger, formatParameters, humanize } from '../lib/format';
import { formatMicros } from '../lib/money';
import { MODELS_PATH } from '../lib/paths';
import { inForce } from '../lib/prices';
import { useDocumentTitle } from '../lib/use-document-title';

const ModelPageQuery = graphql(`
  query ModelPage($id: ID!) {
    model(id: $id) {
      id
      key
      family
      parametersB
      contextWindow
      license
      modalities
      status
      sunsetAt
      createdAt
      regions {
        id
        code
        name
      }
      price {
        id
        inputPerMillionTokens
        outputPerMillionTokens
        currency
        effectiveFrom
        effectiveTo
      }
      priceHistory(first: 100) {
        nodes {
          id
          inputPerMillionTokens
          outputPerMillionTokens
          currency
          effectiveFrom
          effectiveTo
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** `/models/:modelId`: one model, its price now and every price it has had. */
export function ModelPage({ modelId }: { modelId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ModelPageQuery, variables: { id: modelId } });
  const model = data?.model.id === modelId ? data.model : null;
  useDocumentTitle(model?.key);

  if (!model) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: MODELS_PATH, label: 'Back to the models' }}
        loading="Loading model…"
      />
    );
  }

  const now = new Date();
  const price = model.price;
  const history = model.priceHistory.nodes;
  return (
    <div className="page">
      <PageHeader
        crumbs={[{ label: 'Models', href: MODELS_PATH }, { label: humanize(model.family) }]}
        title={model.key}
        meta={
          <>
            <ModelStatusBadge status={model.status} sunsetAt={model.sunsetAt} />
            {model.modalities.map((m) => (
              <Badge key={m}>{humanize(m)}</Badge>
            ))}
          </>
        }
      />
      <div className="stack">
        {model.status === 'DEPRECATED' && (
          <div className="alert alert--warning" role="status">
            <p className="alert__title">This model is deprecated</p>
            <div className="alert__body">
              {model.sunsetAt ? `It stops being served on ${formatDateTime(model.sunsetAt)}.` : 'It will stop being served.'} Move your
              traffic to another model before then.
            </div>
          </div>
        )}
        <StatGrid
          stats={[
            {
              label: 'Input, per 1M tokens',
              value: price ? formatMicros(price.inputPerMillionTokens, price.currency) : '—',
              hint: price ? `Since ${formatDate(price.effectiveFrom)}` : 'No price in force',
            },
            {
              label: 'Output, per 1M tokens',
              value: price ? formatMicros(price.outputPerMillionTokens, price.currency) : '—',
              hint: price?.effectiveTo ? `Until ${formatDate(price.effectiveTo)}` : price ? 'Until further notice' : 'No price in force',
            },
            { label: 'Parameters', value: formatParameters(model.parametersB), hint: 'Total, for mixtures of experts' },
            {
              label: 'Context window',
              value: formatContextWindow(model.contextWindow),
              hint: `${formatInteger(model.contextWindow)} tokens`,
            },
          ]}
        />
        <div className="page-grid">
          <Card title="Price history" actions={<span className="muted">per 1M tokens</span>} flush={history.length > 0}>
            {history.length > 0 ? (
              <div className="table-wrap">
                <table className="table table--dense">
                  <caption className="visually-hidden">Token list prices per million tokens, latest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">From</th>
                      <th scope="col">Until</th>
                      <th scope="col" className="num">
                        Input
                      </th>
                      <th scope="col" className="num">
                        Output
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">State</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((p) => {
                      const state = inForce(p, now) ? 'current' : new Date(p.effectiveFrom) > now ? 'scheduled' : 'ended';
                      return (
                        <tr key={p.id} className={state === 'current' ? 'table__row--current' : undefined}>
                          <td className="nowrap" title={formatDateTime(p.effectiveFrom)}>
                            {formatDate(p.effectiveFrom)}
                          </td>
                          <td className="nowrap" title={p.effectiveTo ? formatDateTime(p.effectiveTo) : undefined}>
                            {p.effectiveTo ? formatDate(p.effectiveTo) : <span className="muted">Open-ended</span>}
                          </td>
                          <td className="num nowrap money">{formatMicros(p.inputPerMillionTokens, p.currency)}</td>
                          <td className="num nowrap money">{formatMicros(p.outputPerMillionTokens, p.currency)}</td>
                          <td className="nowrap">
                            {state === 'current' ? (
                              <Badge tone="success">In force</Badge>
                            ) : state === 'scheduled' ? (
                              <Badge tone="info">Scheduled</Badge>
                            ) : (
                              <Badge>Ended</Badge>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="Not priced yet">This model has no list price. It cannot be called until it has one.</EmptyState>
            )}
            {model.priceHistory.pageInfo.hasNextPage && <p className="card__note">Showing the latest {history.length} prices.</p>}
          </Card>
          <Card title="Details">
            <DescriptionList
              items={[
                { term: 'Key', value: <Mono>{model.key}</Mono> },
                { term: 'Family', value: humanize(model.family) },
                { term: 'License', value: model.license },
                { term: 'Modalities', value: model.modalities.map((m) => humanize(m)).join(', ') },
                {
                  term: 'Regions',
                  value:
                    model.regions.length > 0 ? (
                      <ul className="plain-list">
                        {model.regions.map((r) => (
                          <li key={r.id}>
                            <code className="code-tag">{r.code}</code> {r.name}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">Not served anywhere</span>
                    ),
                },
                { term: 'ID', value: <Mono>{model.id}</Mono> },
                { term: 'Listed', value: formatDateTime(model.createdAt) },
              ]}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
