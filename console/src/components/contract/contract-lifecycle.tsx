import { useState } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { CapacityRefusalAlert } from './capacity-refusal-alert';
import { capacityRefusalOf, type CapacityRefusal } from '../../lib/capacity-refusal';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { contractTermsPath } from '../../lib/paths';

const ActivateContractMutation = graphql(`
  mutation ActivateContract($id: ID!) {
    activateContract(id: $id) {
      id
      status
      activatedAt
    }
  }
`);

const TerminateContractMutation = graphql(`
  mutation TerminateContract($id: ID!) {
    terminateContract(id: $id) {
      id
      status
      terminatedAt
    }
  }
`);

export interface ContractLifecycleProps {
  contract: { id: string; name: string; status: string };
  /** The page reloads the contract (its commitments are reserved or released). */
  onChanged(): void;
}

/**
 * What an account manager does next with a contract: a DRAFT is edited or activated (refused,
 * naming the pool, dates and GPUs missing, when a commitment does not fit); an ACTIVE contract
 * is amended or terminated (after a confirmation: its capacity is released at once).
 */
export function ContractLifecycle({ contract, onChanged }: ContractLifecycleProps) {
  const [activation, activate] = useMutation(ActivateContractMutation);
  const [termination, terminate] = useMutation(TerminateContractMutation);
  const [refusal, setRefusal] = useState<CapacityRefusal | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: typeof activate | typeof terminate, success: string) {
    setRefusal(null);
    setError(null);
    setDone(null);
    const result = await action({ id: contract.id });
    setConfirming(false);
    if (result.error || !result.data) {
      const capacity = capacityRefusalOf(result.error);
      if (capacity) setRefusal(capacity);
      else setError(describeError(result.error ?? { graphQLErrors: [] }));
      return;
    }
    setDone(success);
    onChanged();
  }

  if (contract.status !== 'DRAFT' && contract.status !== 'ACTIVE') {
    return <p className="muted">This contract has ended: it can no longer change.</p>;
  }
  const draft = contract.status === 'DRAFT';
  return (
    <div className="form">
      {refusal && <CapacityRefusalAlert refusal={refusal} title="Activation refused: a commitment does not fit" />}
      {error && <ErrorAlert error={error} title={draft ? 'The contract was not activated' : 'The contract was not terminated'} />}
      {done && <Alert tone="success">{done}</Alert>}
      <p className="muted">
        {draft
          ? 'A draft changes freely. Activating it reserves every commitment in the capacity ledger, or is refused and reserves nothing.'
          : 'An active contract changes only by amendment: a new version from a date, with the reason. Terminating releases its capacity now.'}
      </p>
      <div className="form__actions form__actions--start">
        <Link href={contractTermsPath(contract.id)} className="btn btn--secondary">
          {draft ? 'Edit draft' : 'Amend terms'}
        </Link>
        {draft ? (
          <Button variant="primary" loading={activation.fetching} onClick={() => run(activate, 'Activated: its commitments are reserved.')}>
            Activate
          </Button>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Terminate…
          </Button>
        )}
      </div>
      <Dialog
        open={confirming}
        title={`Terminate ${contract.name}?`}
        role="alertdialog"
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Keep it</Button>
            <Button
              variant="danger"
              loading={termination.fetching}
              onClick={() => run(terminate, 'Terminated: its commitments are released.')}
            >
              Terminate now
            </Button>
          </>
        }
      >
        <p>The contract ends now and its committed GPUs go back to the pool. This cannot be undone.</p>
      </Dialog>
    </div>
  );
}
