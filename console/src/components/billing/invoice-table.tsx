import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatMicros } from '../../lib/money';
import { invoicePath } from '../../lib/paths';
import { monthLabelOf } from '../../lib/invoices';
import { InvoiceStatusBadge } from './invoice-status-badge';

export const InvoiceRow = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    status
    periodStart
    currency
    total
    usageTotal
    finalizedAt
  }
`);

/** An organization's invoices, newest month first. */
export function InvoiceTable({ invoices }: { invoices: readonly FragmentType<typeof InvoiceRow>[] }) {
  const rows = getFragmentData(InvoiceRow, invoices);
  return (
    <div className="table-wrap">
      <table className="table table--numbers">
        <caption className="visually-hidden">Invoices</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Invoice</th>
            <th scope="col">Status</th>
            <th scope="col">Usage</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link href={invoicePath(i.id)} className="table__primary">
                  {monthLabelOf(i.periodStart)}
                </Link>
              </th>
              <td className="mono">{i.number ?? '—'}</td>
              <td>
                <InvoiceStatusBadge status={i.status} />
              </td>
              <td>{formatMicros(i.usageTotal, i.currency)}</td>
              <td>
                <strong>{formatMicros(i.total, i.currency)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
