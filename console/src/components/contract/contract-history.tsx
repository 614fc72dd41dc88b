import { graphql, getFragmentData, type FragmentType } from '../../gql';
import './contracts.css';
import { changeText, type TermNames } from '../../lib/contract-terms-text';
import { formatDate, formatDateTime } from '../../lib/format';
import { UTC_DAY } from '../../lib/utc-dates';

export const ContractHistoryVersion = graphql(`
  fragment ContractHistoryVersion on ContractVersion {
    id
    number
    effectiveFrom
    effectiveTo
    reason
    createdAt
    createdBy {
      id
      name
      email
    }
    changes {
      path
      from
      to
    }
  }
`);

export interface ContractHistoryProps {
  /** Newest first, as the API lists them. */
  versions: readonly FragmentType<typeof ContractHistoryVersion>[];
  names: TermNames;
  currency: string;
}

/** Every version: who made it, when, why, from which day, and each term that changed, from → to. */
export function ContractHistory({ versions, names, currency }: ContractHistoryProps) {
  const rows = versions.map((v) => getFragmentData(ContractHistoryVersion, v));
  return (
    <ol className="timeline contract-history" aria-label="Contract versions, newest first">
      {rows.map((v) => {
        const changes = v.changes.map((c) => changeText(c, names, currency));
        return (
          <li key={v.id} className="timeline__item">
            <div className="timeline__head">
              <h3 className="contract-history__title">Version {v.number}</h3>
              <span className="muted">
                in force {formatDate(v.effectiveFrom, UTC_DAY)}
                {v.effectiveTo ? ` – ${formatDate(v.effectiveTo, UTC_DAY)}` : ' onwards'}
              </span>
            </div>
            <p className="timeline__meta">
              {v.createdBy ? `${v.createdBy.name} (${v.createdBy.email})` : 'The system'} · {formatDateTime(v.createdAt)}
            </p>
            {v.reason && <p className="timeline__message">“{v.reason}”</p>}
            {v.number === 1 ? (
              <p className="muted">The terms first agreed.</p>
            ) : changes.length === 0 ? (
              <p className="muted">No term changed (a commitment was added).</p>
            ) : (
              <div className="table-wrap">
                <table className="table table--dense">
                  <caption className="visually-hidden">What changed in version {v.number}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Term</th>
                      <th scope="col">From</th>
                      <th scope="col">To</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.path}>
                        <th scope="row" className="table__rowhead">
                          {c.label}
                        </th>
                        <td>
                          <del className="contract-history__from">{c.from}</del>
                        </td>
                        <td>
                          <ins className="contract-history__to">{c.to}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
