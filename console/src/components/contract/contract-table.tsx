import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ContractStatusBadge } from './contract-status-badge';
import { formatDate } from '../../lib/format';
import { contractPath } from '../../lib/paths';
import { UTC_DAY } from '../../lib/utc-dates';

export const ContractRow = graphql(`
  fragment ContractRow on Contract {
    id
    name
    status
    currency
    startsAt
    endsAt
    currentVersion
  }
`);

/** An organization's contracts: name (to its page), status, period and the version in force. */
export function ContractTable({ contracts }: { contracts: readonly FragmentType<typeof ContractRow>[] }) {
  const rows = contracts.map((c) => getFragmentData(ContractRow, c));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Contracts, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col">Status</th>
            <th scope="col">Period (UTC)</th>
            <th scope="col">Currency</th>
            <th scope="col" className="num">
              Version
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={contractPath(c.id)} className="table__primary">
                  {c.name}
                </Link>
              </td>
              <td>
                <ContractStatusBadge status={c.status} />
              </td>
              <td className="nowrap">
                {formatDate(c.startsAt, UTC_DAY)} – {formatDate(c.endsAt, UTC_DAY)}
              </td>
              <td>{c.currency}</td>
              <td className="num">{c.currentVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
