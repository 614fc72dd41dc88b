import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { describeError, type ErrorInfo } from '../../lib/errors';

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      ...ApiKeyRow
    }
  }
`);

export interface RevokeTarget {
  id: string;
  name: string;
  prefix: string;
}

/** Asks before revoking: a revoked key is refused on its next request and cannot be restored. */
export function RevokeApiKeyDialog({ target, onClose }: { target: RevokeTarget | null; onClose(revoked: boolean): void }) {
  const descriptionId = useId();
  return (
    <Dialog open={!!target} title="Revoke this API key?" onClose={() => onClose(false)} role="alertdialog" describedBy={descriptionId}>
      {target && <RevokeBody target={target} descriptionId={descriptionId} onClose={onClose} />}
    </Dialog>
  );
}

function RevokeBody({ target, descriptionId, onClose }: { target: RevokeTarget; descriptionId: string; onClose(revoked: boolean): void }) {
  const [state, revoke] = useMutation(RevokeApiKeyMutation);
  const [error, setError] = useState<ErrorInfo | null>(null);

  async function confirm() {
    setError(null);
    const result = await revoke({ id: target.id });
    if (result.error) {
      setError(describeError(result.error));
      return;
    }
    onClose(true);
  }

  return (
    <div className="form">
      <p id={descriptionId}>
        <strong>{target.name}</strong> (<code className="mono">hrk_{target.prefix}.…</code>) stops working at once: anything using it gets
        “unauthenticated” on its next request. This cannot be undone.
      </p>
      {error && <ErrorAlert error={error} title={error.code === 'FORBIDDEN' ? 'You cannot revoke keys here' : undefined} />}
      <div className="form__actions">
        <Button onClick={() => onClose(false)} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={confirm} loading={state.fetching}>
          {state.fetching ? 'Revoking…' : 'Revoke key'}
        </Button>
      </div>
    </div>
  );
}
