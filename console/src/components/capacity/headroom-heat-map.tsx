import { HEAT_LEVELS, headroomHeatMap, type HeatInput } from '../../lib/capacity';
import { formatInteger, formatPercent } from '../../lib/format';

/**
 * Headroom across regions × GPU types, summed over pools: a table whose cells are coloured by the
 * share of GPUs still sellable. The numbers are in every cell; colour only adds the overview.
 */
export function HeadroomHeatMap({ rows }: { rows: readonly HeatInput[] }) {
  const map = headroomHeatMap(rows);
  if (map.regions.length === 0) return null;
  return (
    <div className="heat">
      <div className="table-wrap">
        <table className="heat__table">
          <caption className="visually-hidden">Sellable GPUs by region (rows) and GPU type (columns), with the share of the total</caption>
          <thead>
            <tr>
              <td className="heat__corner">Region \ GPU type</td>
              {map.gpuTypes.map((g) => (
                <th key={g} scope="col">
                  {g}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.regions.map((region) => (
              <tr key={region}>
                <th scope="row">{region}</th>
                {map.gpuTypes.map((gpuType) => {
                  const cell = map.cell(region, gpuType);
                  if (!cell) {
                    return (
                      <td key={gpuType} className="heat__cell heat__cell--none">
                        <span className="visually-hidden">No pools</span>
                        <span aria-hidden="true">—</span>
                      </td>
                    );
                  }
                  return (
                    <td
                      key={gpuType}
                      className={`heat__cell heat--${cell.level}`}
                      title={`${region} × ${gpuType}: ${cell.headroomGpus} of ${cell.totalGpus} GPUs sellable in ${cell.pools} ${cell.pools === 1 ? 'pool' : 'pools'}`}
                    >
                      <span className="heat__value">{formatInteger(cell.headroomGpus)}</span>
                      <span className="heat__detail">
                        of {formatInteger(cell.totalGpus)} · {formatPercent(cell.share)}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="legend" aria-label="Share of GPUs sellable">
        {HEAT_LEVELS.map((l) => (
          <li key={l.level} className="legend__item">
            <span className={`swatch heat--${l.level}`} aria-hidden="true" />
            {l.label}
          </li>
        ))}
        <li className="legend__item">
          <span className="swatch heat__cell--none" aria-hidden="true" />
          No pools
        </li>
      </ul>
    </div>
  );
}
