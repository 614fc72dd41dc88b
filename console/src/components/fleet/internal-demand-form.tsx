import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import { validateInternalDemand } from '../../lib/validation';

const SetInternalDemandMutation = graphql(`
  mutation SetInternalDemand($input: SetInternalDemandInput!) {
    setInternalDemand(input: $input) {
      id
      internalDemandGpus
    }
  }
`);

export interface InternalDemandFormProps {
  poolId: string;
  demand: number;
  totalGpus: number;
  floor: number;
  onDemandReclaimable: boolean;
}

/**
 * Sets how many GPUs the owner's own work wants in the pool now. Above what is idle, the scheduler
 * preempts SPOT work at once and, where the pool allows it, ON_DEMAND after notice; the page lists
 * the preemptions as they happen.
 */
export function InternalDemandForm({ poolId, demand, totalGpus, floor, onDemandReclaimable }: InternalDemandFormProps) {
  const [state, update] = useMutation(SetInternalDemandMutation);
  const [value, setValue] = useState(String(demand));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    setFormError(null);
    setSaved(null);
    const problem = validateInternalDemand(value, totalGpus);
    setFieldError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    const result = await update({ input: { poolId, gpus: Number(value.trim()) } });
    if (result.error || !result.data) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      if (info.code === 'BAD_USER_INPUT' && info.field === 'gpus') {
        setFieldError(info.message);
        input.current?.focus();
      } else {
        setFormError(info);
      }
      return;
    }
    setSaved(result.data.setInternalDemand.internalDemandGpus);
  }

  const changed = value.trim() !== String(demand) && !(saved !== null && value.trim() === String(saved));
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Internal demand">
      {formError && <ErrorAlert error={formError} />}
      {saved !== null && (
        <Alert tone="success">
          Internal demand set to {formatInteger(saved)} GPUs.{' '}
          {saved > floor ? 'Work it reclaims is listed under Preemptions as it happens.' : 'Nothing above the floor is reclaimed.'}
        </Alert>
      )}
      <TextField
        ref={input}
        label="Internal demand (GPUs)"
        name="internalDemandGpus"
        type="number"
        inputMode="numeric"
        min={0}
        max={totalGpus}
        step={1}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(null);
          if (fieldError) setFieldError(validateInternalDemand(e.target.value, totalGpus));
        }}
        error={fieldError}
        hint={`What the owner’s own work wants now, 0 to ${formatInteger(totalGpus)}. Above what is idle it preempts spot work at once${
          onDemandReclaimable ? ', then on-demand work after notice' : ''
        }; reserved work is never touched.`}
      />
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={state.fetching} disabled={!changed && !state.fetching}>
          {state.fetching ? 'Saving…' : 'Set demand'}
        </Button>
        {changed && (
          <Button
            onClick={() => {
              setValue(String(demand));
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
