import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { UtcDateRangeFields } from './utc-date-range-fields';
import { CapacityRefusalAlert } from './capacity-refusal-alert';
import { capacityRefusalOf, type CapacityRefusal } from '../../lib/capacity-refusal';
import {
  COMMITMENT_FIELD_ORDER,
  addCommitmentInput,
  commitmentFieldOf,
  emptyCommitmentForm,
  validateCommitmentForm,
  type CommitmentField,
  type CommitmentFormValues,
} from '../../lib/commitment-form';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { gpus } from '../../lib/format';
import type { FieldErrors } from '../../lib/validation';

const AddCommitmentMutation = graphql(`
  mutation AddCommitment($input: AddCommitmentInput!) {
    addCommitment(input: $input) {
      id
      gpus
      status
    }
  }
`);

export interface AddCommitmentFormProps {
  contract: { id: string; status: string; currency: string; startsAt: string; endsAt: string };
  gpuTypes: readonly { id: string; code: string }[];
  regions: readonly { id: string; code: string; name: string }[];
  onAdded(): void;
}

/**
 * Adds a commitment. To a DRAFT it waits for activation; to an ACTIVE contract it is an amendment
 * that reserves its GPUs now, or is refused naming the pool, dates and GPUs missing.
 */
export function AddCommitmentForm({ contract, gpuTypes, regions, onAdded }: AddCommitmentFormProps) {
  const [state, add] = useMutation(AddCommitmentMutation);
  const [values, setValues] = useState<CommitmentFormValues>(() => emptyCommitmentForm(contract));
  const [errors, setErrors] = useState<FieldErrors<CommitmentField>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [refusal, setRefusal] = useState<CapacityRefusal | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const active = contract.status === 'ACTIVE';

  const set = <K extends CommitmentField>(key: K, value: CommitmentFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setAdded(null);
    if (errors[key]) setErrors({ ...errors, [key]: validateCommitmentForm(next, contract)[key] });
  };
  const focus = (field: string) => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  async function send(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    setFormError(null);
    setRefusal(null);
    setAdded(null);
    const found = validateCommitmentForm(values, contract);
    setErrors(found);
    const first = COMMITMENT_FIELD_ORDER.find((f) => found[f]);
    if (first) return focus(first);
    const result = await add({ input: addCommitmentInput(values, contract.id) });
    if (result.error || !result.data) {
      const capacity = capacityRefusalOf(result.error);
      if (capacity) return setRefusal(capacity);
      const info = describeError(result.error ?? { graphQLErrors: [] });
      const raw = result.error?.graphQLErrors[0]?.extensions?.['field'];
      const field =
        info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND'
          ? commitmentFieldOf(typeof raw === 'string' ? raw : undefined)
          : undefined;
      if (field) {
        setErrors({ [field]: info.message });
        return focus(field);
      }
      return setFormError(info);
    }
    setAdded(`${gpus(result.data.addCommitment.gpus)} committed${active ? ' and reserved' : ''}.`);
    setValues({ ...emptyCommitmentForm(contract), startsOn: values.startsOn, endsOn: values.endsOn });
    onAdded();
  }

  return (
    <form ref={form} className="form" onSubmit={send} noValidate aria-label="Add a commitment">
      {refusal && <CapacityRefusalAlert refusal={refusal} title="The commitment does not fit" />}
      {formError && (
        <ErrorAlert error={formError} title={formError.code === 'CONFLICT' ? 'The contract cannot take commitments' : undefined} />
      )}
      {added && <Alert tone="success">{added}</Alert>}
      <div className="job-form__row">
        <SelectField
          label="GPU type"
          name="gpuTypeId"
          value={values.gpuTypeId}
          onChange={(e) => set('gpuTypeId', e.target.value)}
          error={errors.gpuTypeId}
        >
          <option value="">Choose…</option>
          {gpuTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.code}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Region"
          name="regionId"
          value={values.regionId}
          onChange={(e) => set('regionId', e.target.value)}
          error={errors.regionId}
        >
          <option value="">Choose…</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.code} · {r.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="job-form__row">
        <TextField
          label="GPUs"
          name="gpus"
          inputMode="numeric"
          value={values.gpus}
          onChange={(e) => set('gpus', e.target.value)}
          error={errors.gpus}
        />
        <TextField
          label={`Rate per GPU-hour (${contract.currency})`}
          name="rate"
          inputMode="decimal"
          placeholder="2.10"
          value={values.rate}
          onChange={(e) => set('rate', e.target.value)}
          error={errors.rate}
        />
      </div>
      <UtcDateRangeFields values={values} errors={errors} onChange={set} labels={['From (UTC)', 'Until (UTC)']} />
      {active && (
        <TextField
          label="Reason for the amendment (optional)"
          name="reason"
          value={values.reason}
          onChange={(e) => set('reason', e.target.value)}
          error={errors.reason}
          hint="Kept in the contract’s history. The GPUs are reserved at once."
        />
      )}
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={state.fetching}>
          {state.fetching ? 'Adding…' : 'Add commitment'}
        </Button>
      </div>
    </form>
  );
}
