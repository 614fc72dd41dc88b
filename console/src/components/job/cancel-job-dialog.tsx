import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';

const CancelJobMutation = graphql(`
  mutation CancelJob($id: ID!, $reason: String) {
    cancelJob(id: $id, reason: $reason) {
      id
      status
      updatedAt
      ...JobDetails
    }
  }
`);

export interface CancelTarget {
  id: string;
  name: string;
}

/**
 * Asks before cancelling: the cluster is told to stop the work and GPU time up to now is billed.
 * A job that ended meanwhile is refused by the server (CONFLICT): the dialog says so plainly.
 */
export function CancelJobDialog({ target, onClose }: { target: CancelTarget | null; onClose(cancelled: boolean): void }) {
  const descriptionId = useId();
  return (
    <Dialog open={!!target} title="Cancel this job?" onClose={() => onClose(false)} role="alertdialog" describedBy={descriptionId}>
      {target && <CancelBody target={target} descriptionId={descriptionId} onClose={onClose} />}
    </Dialog>
  );
}

function CancelBody({
  target,
  descriptionId,
  onClose,
}: {
  target: CancelTarget;
  descriptionId: string;
  onClose(cancelled: boolean): void;
}) {
  const [state, cancel] = useMutation(CancelJobMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);

  async function confirm() {
    if (state.fetching) return;
    setError(null);
    const result = await cancel({ id: target.id, reason: reason.trim() || null });
    if (result.error) {
      setError(describeError(result.error));
      return;
    }
    onClose(true);
  }

  const ended = error?.code === 'CONFLICT';
  return (
    <div className="form">
      <p id={descriptionId}>
        <strong>{target.name}</strong> (<code className="mono">{target.id}</code>) stops at once: the cluster is told to end it, its GPUs
        are released and GPU time up to now is billed. This cannot be undone.
      </p>
      {error && <ErrorAlert error={error} title={ended ? 'This job has already ended' : undefined} />}
      {!ended && (
        <TextField
          label="Reason (optional)"
          name="reason"
          maxLength={500}
          autoComplete="off"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          hint="Recorded in the job’s timeline."
        />
      )}
      <div className="form__actions">
        <Button onClick={() => onClose(false)} autoFocus>
          {ended ? 'Close' : 'Keep it running'}
        </Button>
        {!ended && (
          <Button variant="danger" onClick={confirm} loading={state.fetching}>
            {state.fetching ? 'Cancelling…' : 'Cancel job'}
          </Button>
        )}
      </div>
    </div>
  );
}
