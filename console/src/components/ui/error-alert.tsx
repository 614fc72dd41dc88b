import type { ErrorInfo } from '../../lib/errors';
import { Alert } from './alert';

/** A failed action inside a page or a form: what the server said, and its request ID when it gave one. */
export function ErrorAlert({ error, title }: { error: ErrorInfo; title?: string }) {
  return (
    <Alert title={title ?? error.title}>
      {error.message}
      {error.requestId && (
        <>
          {' '}
          Request ID <code className="mono">{error.requestId}</code>
        </>
      )}
    </Alert>
  );
}
