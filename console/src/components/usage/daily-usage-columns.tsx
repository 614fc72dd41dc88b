import { CLASS_ORDER, gpuHours, share, type DailyGpuUsage } from '../../lib/usage';
import { capacityClassLabel } from '../../lib/jobs';
import { CLASS_SEGMENT } from './class-legend';

/** GPU-hours per day as columns stacked by class (day of month under each); each column is labelled with its figures. */
export function DailyUsageColumns({ days }: { days: readonly DailyGpuUsage[] }) {
  const max = days.reduce((m, d) => (d.total > m ? d.total : m), 0n);
  return (
    <div className="usage-columns" role="list" aria-label="GPU-hours per day">
      {days.map((d) => {
        const parts = CLASS_ORDER.filter((c) => (d.byClass.get(c) ?? 0n) > 0n);
        const label = `${d.day}: ${gpuHours(d.total)} GPU-hours${parts.length ? `, ${parts.map((c) => `${capacityClassLabel(c)} ${gpuHours(d.byClass.get(c)!)}`).join(', ')}` : ''}`;
        return (
          <div key={d.day} className="usage-columns__day" role="listitem" aria-label={label} title={label}>
            <div className="usage-columns__stack" style={{ height: `${share(d.total, max)}%` }}>
              {parts.map((c) => (
                <span
                  key={c}
                  className={`usage-columns__seg ${CLASS_SEGMENT[c]}`}
                  style={{ height: `${share(d.byClass.get(c)!, d.total)}%` }}
                />
              ))}
            </div>
            <span className="usage-columns__tick" aria-hidden="true">
              {Number(d.day.slice(8))}
            </span>
          </div>
        );
      })}
    </div>
  );
}
