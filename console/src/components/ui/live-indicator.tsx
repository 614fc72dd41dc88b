import type { LiveState } from '../../lib/live';
import { Button } from './button';

const LABELS: Record<LiveState, string> = {
  idle: 'Not live',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Live updates stopped',
};

/**
 * Whether what the page shows follows the server as it changes: "Live" while the subscription
 * runs, and a way to start it again when it stopped. Announced politely when it changes.
 */
export function LiveIndicator({ state, failed = false, onRetry }: { state: LiveState; failed?: boolean; onRetry?: () => void }) {
  const shown: LiveState = failed ? 'closed' : state;
  return (
    <span className={`live live--${shown}`}>
      <span className="live__status" role="status" title="Updates appear here as they happen, without reloading">
        <span className="live__dot" aria-hidden="true" />
        {LABELS[shown]}
      </span>
      {shown === 'closed' && onRetry && (
        <Button size="sm" variant="ghost" onClick={onRetry}>
          Reconnect
        </Button>
      )}
    </span>
  );
}
