import type { ReactNode } from 'react';
import type { ErrorInfo } from '../../lib/errors';
import { Button } from './button';

/** A spinner and a sentence, announced politely. */
export function LoadingState({ label = 'Loading…', compact = false }: { label?: string; compact?: boolean }) {
  return (
    <div className={compact ? 'state state--compact' : 'state'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="state__text">{label}</span>
    </div>
  );
}

export interface ErrorStateProps {
  error: ErrorInfo;
  /** Offers "Try again" when the failure may be transient. */
  onRetry?: (() => void) | undefined;
  /** Another way out, e.g. a link back to a list. */
  action?: ReactNode;
}

/** What went wrong, the server's request id when there is one, and a way forward. */
export function ErrorState({ error, onRetry, action }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{error.title}</h2>
      <p className="state__text">{error.message}</p>
      {error.requestId && (
        <p className="state__meta">
          Request ID <code className="mono">{error.requestId}</code>
        </p>
      )}
      {(onRetry || action) && (
        <div className="state__actions">
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
          {action}
        </div>
      )}
    </div>
  );
}

/** Nothing to show yet, said plainly, with the next step if there is one. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state--empty">
      <h3 className="state__title">{title}</h3>
      {children && <p className="state__text">{children}</p>}
      {action && <div className="state__actions">{action}</div>}
    </div>
  );
}
