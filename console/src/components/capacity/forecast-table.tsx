import { Link } from 'wouter';
import { tightestDay } from '../../lib/capacity';
import { formatInteger } from '../../lib/format';
import { poolPath } from '../../lib/paths';

export interface ForecastRow {
  label: string;
  pool: { id: string; totalGpus: number; internalFloorGpus: number };
  days: readonly { day: string; committedGpus: number; headroomGpus: number }[];
}

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' });

/**
 * What each pool can still sell, day by day (floor and commitments at their daily peak; running
 * work is not forecast). Days are UTC days, as the server counts them. Low days are shaded.
 */
export function ForecastTable({ rows }: { rows: readonly ForecastRow[] }) {
  const days = rows[0]?.days.map((d) => d.day) ?? [];
  return (
    <div className="table-wrap">
      <table className="table table--dense table--numbers forecast">
        <caption className="visually-hidden">Sellable GPUs per pool and day (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">Pool</th>
            {days.map((d) => (
              <th key={d} scope="col" className="num" title={fullDay.format(new Date(d))}>
                {dayFormat.format(new Date(d))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const sellable = Math.max(0, row.pool.totalGpus - row.pool.internalFloorGpus);
            const tightest = tightestDay(row.days);
            return (
              <tr key={row.pool.id}>
                <th scope="row">
                  <Link href={poolPath(row.pool.id)}>{row.label}</Link>
                  <div className="table__secondary">
                    {tightest && tightest.headroomGpus < sellable
                      ? `Least: ${formatInteger(tightest.headroomGpus)} on ${dayFormat.format(new Date(tightest.day))}`
                      : `${formatInteger(sellable)} above the floor`}
                  </div>
                </th>
                {row.days.map((d) => {
                  const share = sellable > 0 ? d.headroomGpus / sellable : 0;
                  const tone = d.headroomGpus === 0 ? 'forecast--none' : share < 0.25 ? 'forecast--low' : '';
                  return (
                    <td
                      key={d.day}
                      className={`num ${tone}`}
                      title={`${fullDay.format(new Date(d.day))}: ${d.headroomGpus} sellable, ${d.committedGpus} committed at the peak`}
                    >
                      {formatInteger(d.headroomGpus)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
