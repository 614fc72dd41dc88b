import { CLASS_ORDER, gpuHours, share, type GpuUsageBar } from '../../lib/usage';
import { capacityClassLabel } from '../../lib/jobs';
import { CLASS_SEGMENT } from './class-legend';

/**
 * GPU-hours per GPU type as horizontal bars, each split by class; bar lengths compare GPU types.
 * Every bar is labelled with its numbers for screen readers; each segment names its class on hover.
 */
export function GpuUsageBars({ bars, gpuName }: { bars: readonly GpuUsageBar[]; gpuName(id: string): string }) {
  const max = bars.reduce((m, b) => (b.total > m ? b.total : m), 0n);
  return (
    <div className="usage-bars">
      {bars.map((bar) => {
        const parts = CLASS_ORDER.filter((c) => (bar.byClass.get(c) ?? 0n) > 0n);
        const summary = `${gpuName(bar.gpuTypeId)}: ${gpuHours(bar.total)} GPU-hours. ${parts
          .map((c) => `${capacityClassLabel(c)} ${gpuHours(bar.byClass.get(c)!)}`)
          .join(', ')}.`;
        return (
          <div key={bar.gpuTypeId} className="usage-bars__row">
            <div className="usage-bars__label">{gpuName(bar.gpuTypeId)}</div>
            <div className="usage-bars__track">
              <div className="cap-bar" role="img" aria-label={summary} style={{ width: `${Math.max(share(bar.total, max), 1)}%` }}>
                {parts.map((c) => (
                  <span
                    key={c}
                    className={`cap-bar__seg ${CLASS_SEGMENT[c]}`}
                    style={{ width: `${share(bar.byClass.get(c)!, bar.total)}%` }}
                    title={`${capacityClassLabel(c)}: ${gpuHours(bar.byClass.get(c)!)} GPU-hours`}
                  />
                ))}
              </div>
            </div>
            <div className="usage-bars__value">{gpuHours(bar.total)} h</div>
          </div>
        );
      })}
    </div>
  );
}
