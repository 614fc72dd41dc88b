import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatMicros } from '../../lib/money';
import { discountLabel, lineKindLabel, lineQuantity, monthLabelOf, unitLabel } from '../../lib/invoices';

export const InvoiceLines = graphql(`
  fragment InvoiceLines on Invoice {
    currency
    periodStart
    subtotal
    discounts
    credits
    total
    lines {
      position
      kind
      description
      usageMonth
      quantity
      unit
      unitPrice
      discountBasisPoints
      listAmount
      discountAmount
      amount
      usedQuantity
      utilizationPercent
    }
  }
`);

/** An invoice's lines — commitments with their utilization, usage by SKU, late usage — and its totals. */
export function InvoiceLinesTable({ invoice }: { invoice: FragmentType<typeof InvoiceLines> }) {
  const i = getFragmentData(InvoiceLines, invoice);
  const money = (micros: string | null | undefined) => formatMicros(micros, i.currency);
  return (
    <div className="table-wrap">
      <table className="table table--numbers">
        <caption className="visually-hidden">Invoice lines</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Unit price</th>
            <th scope="col">List</th>
            <th scope="col">Discount</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {i.lines.map((l) => (
            <tr key={l.position}>
              <th scope="row">
                <div className="table__primary">{l.description}</div>
                <div className="table__secondary">
                  {lineKindLabel(l.kind)}
                  {l.usageMonth && l.usageMonth !== i.periodStart && ` · used in ${monthLabelOf(l.usageMonth)}`}
                  {l.utilizationPercent !== null && l.utilizationPercent !== undefined && ` · ${l.utilizationPercent}% used`}
                </div>
              </th>
              <td>{lineQuantity(l.quantity, l.unit)}</td>
              <td>{l.unitPrice ? `${money(l.unitPrice)} ${unitLabel(l.unit)}` : '—'}</td>
              <td>{money(l.listAmount)}</td>
              <td>
                {l.discountAmount !== '0' ? money(`-${l.discountAmount}`.replace('--', '')) : '—'}
                {discountLabel(l.discountBasisPoints) && <div className="table__secondary">{discountLabel(l.discountBasisPoints)}</div>}
              </td>
              <td>
                <strong>{money(l.amount)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Subtotal
            </th>
            <td>{money(i.subtotal)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={5}>
              Discounts and committed rates
            </th>
            <td>{money(i.discounts === '0' ? '0' : `-${i.discounts}`.replace('--', ''))}</td>
          </tr>
          {i.credits !== '0' && (
            <tr>
              <th scope="row" colSpan={5}>
                SLA credits
              </th>
              <td>{money(`-${i.credits}`)}</td>
            </tr>
          )}
          <tr>
            <th scope="row" colSpan={5}>
              Total
            </th>
            <td>
              <strong>{money(i.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
