import { useId, type ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { poolBar, SEGMENTS, segmentWidth } from '../../lib/capacity';
import { formatInteger, formatPercent } from '../../lib/format';

export const CapacityBarFigures = graphql(`
  fragment CapacityBarFigures on CapacityFigures {
    totalGpus
    availableGpus
    internalFloorGpus
    internalDemandGpus
    committedGpus
    peakCommittedGpus
    headroomGpus
    notes
    allocated {
      internal
      reserved
      onDemand
      spot
    }
  }
`);

export type CapacityBarFiguresRef = FragmentType<typeof CapacityBarFigures>;

export interface CapacityBarProps {
  /** The pool's name, linked or not. */
  title: ReactNode;
  /** Its name in words, for the bar's accessible label. */
  label: string;
  figures: CapacityBarFiguresRef;
  /** Region, GPU type: shown beside the title. */
  meta?: ReactNode;
}

/**
 * One pool as a horizontal bar of its total GPUs: internal floor, committed, on-demand, spot,
 * headroom and unavailable. The numbers show on hover and on keyboard focus; the server's notes
 * (an unreachable cluster, drained nodes) are written under it.
 */
export function CapacityBar({ title, label, figures, meta }: CapacityBarProps) {
  const f = getFragmentData(CapacityBarFigures, figures);
  const bar = poolBar(f);
  const tipId = useId();
  const parts = bar.segments.filter((s) => s.gpus > 0);
  const summary = `${label}: ${formatInteger(bar.total)} GPUs. ${bar.segments.map((s) => `${s.label} ${s.gpus}`).join(', ')}.`;
  return (
    <div className="cap-row">
      <div className="cap-row__head">
        <div className="cap-row__title">
          {title}
          {meta && <span className="cap-row__meta">{meta}</span>}
        </div>
        <div className="cap-row__summary">
          <strong>{formatInteger(f.headroomGpus)}</strong> of {formatInteger(bar.total)} GPUs sellable
          <span className="muted"> · {formatPercent(bar.total ? f.headroomGpus / bar.total : 0)}</span>
        </div>
      </div>
      <div className="cap-bar-wrap">
        <div className="cap-bar" role="img" aria-label={summary} tabIndex={0} aria-describedby={tipId}>
          {bar.total === 0 ? (
            <span className="cap-bar__empty">No GPUs</span>
          ) : (
            parts.map((s) => {
              const width = segmentWidth(s.gpus, bar.total);
              return (
                <span
                  key={s.key}
                  className={`cap-bar__seg seg--${s.key}`}
                  style={{ width: `${width}%` }}
                  title={`${s.label}: ${formatInteger(s.gpus)} GPUs`}
                >
                  {width >= 6 && <span className="cap-bar__num">{formatInteger(s.gpus)}</span>}
                </span>
              );
            })
          )}
        </div>
        <div className="cap-tip" id={tipId} role="tooltip">
          <p className="cap-tip__title">{label}</p>
          <dl className="cap-tip__list">
            {bar.segments.map((s) => (
              <div key={s.key} className="cap-tip__row">
                <dt>
                  <span className={`swatch seg--${s.key}`} aria-hidden="true" />
                  {s.label}
                </dt>
                <dd>{formatInteger(s.gpus)}</dd>
              </div>
            ))}
            <div className="cap-tip__row cap-tip__row--total">
              <dt>Total</dt>
              <dd>{formatInteger(bar.total)}</dd>
            </div>
          </dl>
        </div>
      </div>
      {(bar.overflow > 0 || f.notes.length > 0) && (
        <ul className="cap-row__notes">
          {f.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {bar.overflow > 0 && !f.notes.some((n) => n.startsWith('over-allocated')) && (
            <li>{formatInteger(bar.overflow)} GPUs are held beyond what is available</li>
          )}
        </ul>
      )}
    </div>
  );
}

/** What the colours mean. */
export function CapacityLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {SEGMENTS.map((s) => (
        <li key={s.key} className="legend__item" title={s.description}>
          <span className={`swatch seg--${s.key}`} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
