import type { ReactNode } from 'react';
import { getFragmentData } from '../../gql';
import type { CapacityBarFiguresFragment } from '../../gql/graphql';
import { CapacityBarFigures, type CapacityBarFiguresRef } from './capacity-bar';
import { poolBar } from '../../lib/capacity';
import { formatInteger } from '../../lib/format';

export interface CapacityTableRow {
  key: string;
  label: ReactNode;
  figures: CapacityBarFiguresRef;
}

/** The bars' numbers as a table: what a screen reader reads, and what an operator copies. */
export function CapacityTable({ rows, totals }: { rows: readonly CapacityTableRow[]; totals?: CapacityBarFiguresRef }) {
  const line = (f: CapacityBarFiguresFragment) => {
    const unavailable = poolBar(f).segments.find((s) => s.key === 'unavailable')?.gpus ?? 0;
    // The bar's quantities, unclipped: what is held for internal work and for commitments is the
    // larger of the promise and what runs under it.
    return [
      f.totalGpus,
      Math.max(f.internalFloorGpus, f.internalDemandGpus, f.allocated.internal),
      Math.max(f.committedGpus, f.allocated.reserved),
      f.allocated.onDemand,
      f.allocated.spot,
      f.headroomGpus,
      unavailable,
    ];
  };
  const totalLine = totals ? line(getFragmentData(CapacityBarFigures, totals)) : null;
  return (
    <div className="table-wrap">
      <table className="table table--dense table--numbers">
        <caption className="visually-hidden">Capacity by pool, in GPUs</caption>
        <thead>
          <tr>
            <th scope="col">Pool</th>
            <th scope="col">Total</th>
            <th scope="col" title="The internal floor, or internal demand or work above it">
              Internal
            </th>
            <th scope="col" title="Committed to contracts, or reserved work above it">
              Committed
            </th>
            <th scope="col">On-demand</th>
            <th scope="col">Spot</th>
            <th scope="col">Headroom</th>
            <th scope="col">Unavailable</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="nowrap">
                {row.label}
              </th>
              {line(getFragmentData(CapacityBarFigures, row.figures)).map((n, i) => (
                <td key={i} className={i === 5 ? 'num strong' : 'num'}>
                  {formatInteger(n)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {totalLine && (
          <tfoot>
            <tr>
              <th scope="row">All pools</th>
              {totalLine.map((n, i) => (
                <td key={i} className="num strong">
                  {formatInteger(n)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
