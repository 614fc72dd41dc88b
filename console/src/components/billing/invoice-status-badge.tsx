import { Badge, type BadgeTone } from '../ui/badge';

const TONE: Record<string, BadgeTone> = { DRAFT: 'info', FINALIZED: 'success', VOID: 'neutral' };
const LABEL: Record<string, string> = { DRAFT: 'Draft (month open)', FINALIZED: 'Finalized', VOID: 'Void' };

/** Where an invoice stands: DRAFT while its month is open, FINALIZED after, VOID when replaced. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status] ?? 'neutral'}>{LABEL[status] ?? status}</Badge>;
}
