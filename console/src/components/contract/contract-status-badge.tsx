import { Badge, type BadgeTone } from '../ui/badge';
import { humanize } from '../../lib/format';

const TONE: Record<string, BadgeTone> = { DRAFT: 'info', ACTIVE: 'success', EXPIRED: 'neutral', TERMINATED: 'danger' };

/** DRAFT, ACTIVE, EXPIRED or TERMINATED, in words and colour. */
export function ContractStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status] ?? 'neutral'}>{humanize(status)}</Badge>;
}
