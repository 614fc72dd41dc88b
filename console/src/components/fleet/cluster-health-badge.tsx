import { Badge, type BadgeTone } from '../ui/badge';
import { humanize } from '../../lib/format';

const TONES: Record<string, BadgeTone> = { HEALTHY: 'success', DEGRADED: 'warning', UNREACHABLE: 'danger', UNKNOWN: 'neutral' };

export function ClusterHealthBadge({ health }: { health: string }) {
  return (
    <Badge tone={TONES[health] ?? 'neutral'}>
      <span className={`dot dot--${(TONES[health] ?? 'neutral') as string}`} aria-hidden="true" />
      {humanize(health)}
    </Badge>
  );
}
