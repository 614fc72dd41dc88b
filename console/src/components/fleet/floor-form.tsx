import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import { validateFloor } from '../../lib/validation';

const UpdatePoolFloorMutation = graphql(`
  mutation UpdatePoolFloor($input: UpdateNodePoolInput!) {
    updateNodePool(input: $input) {
      id
      internalFloorGpus
    }
  }
`);

export interface FloorFormProps {
  poolId: string;
  floor: number;
  totalGpus: number;
  /** The most GPUs committed at any instant ahead: the floor must fit beside it. */
  peakCommittedGpus: number;
}

/**
 * Changes how many GPUs the owner's own work keeps. The server refuses (CONFLICT, with the
 * numbers) a floor that no longer fits beside the commitments; the form shows that as it is.
 */
export function FloorForm({ poolId, floor, totalGpus, peakCommittedGpus }: FloorFormProps) {
  const [state, update] = useMutation(UpdatePoolFloorMutation);
  const [value, setValue] = useState(String(floor));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    setFormError(null);
    setSaved(null);
    const problem = validateFloor(value, totalGpus);
    setFieldError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    const next = Number(value.trim());
    const result = await update({ input: { id: poolId, internalFloorGpus: next } });
    if (result.error || !result.data) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      // A refusal about the floor itself goes on the field; a conflict with commitments is a whole-form message.
      if (info.code === 'BAD_USER_INPUT' && info.field === 'internalFloorGpus') {
        setFieldError(info.message);
        input.current?.focus();
      } else {
        setFormError(info);
      }
      return;
    }
    setSaved(result.data.updateNodePool.internalFloorGpus);
  }

  const changed = value.trim() !== String(floor) && !(saved !== null && value.trim() === String(saved));
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Internal floor">
      {formError && (
        <ErrorAlert error={formError} title={formError.code === 'CONFLICT' ? 'The floor does not fit beside the commitments' : undefined} />
      )}
      {saved !== null && <Alert tone="success">Floor set to {formatInteger(saved)} GPUs.</Alert>}
      <TextField
        ref={input}
        label="Internal floor (GPUs)"
        name="internalFloorGpus"
        type="number"
        inputMode="numeric"
        min={0}
        max={totalGpus}
        step={1}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(null);
          if (fieldError) setFieldError(validateFloor(e.target.value, totalGpus));
        }}
        error={fieldError}
        hint={`Held back for the owner’s own work, from 0 to ${formatInteger(totalGpus)}. Commitments peak at ${formatInteger(peakCommittedGpus)} GPUs, so at most ${formatInteger(Math.max(0, totalGpus - peakCommittedGpus))} fits beside them.`}
      />
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={state.fetching} disabled={!changed && !state.fetching}>
          {state.fetching ? 'Saving…' : 'Save floor'}
        </Button>
        {changed && (
          <Button
            onClick={() => {
              setValue(String(floor));
              setFieldError(undefined);
              setFormError(null);
            }}
          >
            Reset
          </Button>
        )}
      </div>
    </form>
  );
}
