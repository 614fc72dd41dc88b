import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ModelStatusBadge } from './model-status-badge';
import { formatContextWindow, formatInteger, formatParameters, humanize } from '../../lib/format';
import { formatMicros } from '../../lib/money';
import { modelPath } from '../../lib/paths';

export const ModelRow = graphql(`
  fragment ModelRow on Model {
    id
    key
    family
    parametersB
    contextWindow
    license
    modalities
    status
    sunsetAt
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
    }
  }
`);

/** The catalog: what each model is, where it runs and what a million tokens cost now. */
export function ModelTable({ models }: { models: readonly FragmentType<typeof ModelRow>[] }) {
  // By key, as people look a model up; the API lists the newest first.
  const rows = [...getFragmentData(ModelRow, models)].sort((a, b) => a.key.localeCompare(b.key, 'en', { sensitivity: 'base' }));
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="hide-narrow num">
              Parameters
            </th>
            <th scope="col" className="hide-narrow num">
              Context
            </th>
            <th scope="col" className="hide-narrow">
              Regions
            </th>
            <th scope="col" className="num">
              Input <span className="th-unit">/ 1M tokens</span>
            </th>
            <th scope="col" className="num">
              Output <span className="th-unit">/ 1M tokens</span>
            </th>
            <th scope="col" className="hide-narrow">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="model-cell">
                <Link href={modelPath(m.id)} className="table__primary model-cell__key">
                  {breakAfterSlash(m.key)}
                </Link>
                <div className="table__secondary">
                  {humanize(m.family)} · {m.license} · {m.modalities.map((x) => humanize(x)).join(', ')}
                </div>
                <div className="show-narrow">
                  <ModelStatusBadge status={m.status} sunsetAt={m.sunsetAt} />
                </div>
              </td>
              <td className="hide-narrow num nowrap">{formatParameters(m.parametersB)}</td>
              <td className="hide-narrow num nowrap" title={`${formatInteger(m.contextWindow)} tokens`}>
                {formatContextWindow(m.contextWindow)}
              </td>
              <td className="hide-narrow">
                <ul className="tag-list">
                  {m.regions.map((r) => (
                    <li key={r.id}>
                      <code className="code-tag" title={r.name}>
                        {r.code}
                      </code>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num nowrap money">{m.price ? formatMicros(m.price.inputPerMillionTokens, m.price.currency) : <NoPrice />}</td>
              <td className="num nowrap money">{m.price ? formatMicros(m.price.outputPerMillionTokens, m.price.currency) : <NoPrice />}</td>
              <td className="hide-narrow">
                <ModelStatusBadge status={m.status} sunsetAt={m.sunsetAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `meta-llama/Llama-3.3-70B-Instruct` may wrap after its organization, not inside a word. */
function breakAfterSlash(key: string) {
  const slash = key.indexOf('/');
  if (slash < 0) return key;
  return (
    <>
      {key.slice(0, slash + 1)}
      <wbr />
      {key.slice(slash + 1)}
    </>
  );
}

function NoPrice() {
  return <span className="muted">Not priced</span>;
}
