import { Badge, type BadgeTone } from '../ui/badge';
import { formatDate } from '../../lib/format';

const TONES: Record<string, BadgeTone> = { GA: 'success', PREVIEW: 'info', DEPRECATED: 'warning' };
const LABELS: Record<string, string> = { GA: 'GA', PREVIEW: 'Preview', DEPRECATED: 'Deprecated' };

/** GA, Preview, or Deprecated with the day it stops being served. */
export function ModelStatusBadge({ status, sunsetAt }: { status: string; sunsetAt?: string | null | undefined }) {
  return (
    <span className="status-cell">
      <Badge tone={TONES[status] ?? 'neutral'}>{LABELS[status] ?? status}</Badge>
      {status === 'DEPRECATED' && sunsetAt && <span className="status-cell__note">Sunset {formatDate(sunsetAt)}</span>}
    </span>
  );
}
