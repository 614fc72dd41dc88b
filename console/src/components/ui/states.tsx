import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { describeError, type ErrorInfo, type OperationErrorLike } from '../../lib/errors';
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

export interface OperationErrorProps {
  /** A failed operation (urql's CombinedError fits). */
  error: OperationErrorLike;
  onRetry?: () => void;
  /** Shown for NOT_FOUND / FORBIDDEN instead of "Try again": retrying will not help. */
  backTo?: { href: string; label: string };
}

/**
 * The standard page-level answer to a failed query: a redirect notice when signed out (the client
 * is already navigating), a way back when the object is gone, "Try again" otherwise.
 */
export function OperationError({ error, onRetry, backTo }: OperationErrorProps) {
  const info = describeError(error);
  // On a page, bad input can only be the ID in the URL: a broken link, not a form to fix.
  if (info.code === 'BAD_USER_INPUT') info.title = 'Invalid link';
  if (info.code === 'UNAUTHENTICATED') return <LoadingState label="Your session has ended. Taking you to sign in…" />;
  const permanent = info.code === 'NOT_FOUND' || info.code === 'FORBIDDEN' || info.code === 'BAD_USER_INPUT';
  return (
    <ErrorState
      error={info}
      onRetry={permanent ? undefined : onRetry}
      action={
        backTo && (
          <Link href={backTo.href} className="btn btn--secondary">
            {backTo.label}
          </Link>
        )
      }
    />
  );
}

export interface PagePendingProps extends Omit<OperationErrorProps, 'error'> {
  error: OperationErrorLike | null | undefined;
  fetching: boolean;
  /** What the loading state says, e.g. "Loading cluster…". */
  loading: string;
}

/** A page whose query has not given it its data: the failure with a way back, or a loading state. */
export function PagePending({ error, fetching, loading, onRetry, backTo }: PagePendingProps) {
  return (
    <div className="page">
      {error && !fetching ? <OperationError error={error} onRetry={onRetry} backTo={backTo} /> : <LoadingState label={loading} />}
    </div>
  );
}
