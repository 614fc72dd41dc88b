import { CLASS_ORDER } from '../../lib/usage';
import { capacityClassLabel } from '../../lib/jobs';

/** The colour of each capacity class in usage charts (the capacity page's palette). */
export const CLASS_SEGMENT: Record<string, string> = {
  INTERNAL: 'seg--internal',
  RESERVED: 'seg--committed',
  ON_DEMAND: 'seg--onDemand',
  SPOT: 'seg--spot',
};

/** Which colour is which class. */
export function ClassLegend() {
  return (
    <ul className="legend" aria-label="Classes">
      {CLASS_ORDER.map((c) => (
        <li key={c} className="legend__item">
          <span className={`swatch ${CLASS_SEGMENT[c]}`} aria-hidden="true" />
          {capacityClassLabel(c)}
        </li>
      ))}
    </ul>
  );
}
