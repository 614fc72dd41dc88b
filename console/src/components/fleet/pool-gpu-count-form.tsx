import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo, type OperationErrorLike } from '../../lib/errors';

export interface PoolGpuCountFormProps {
  /** The form's accessible name, e.g. "Internal floor". */
  title: string;
  label: string;
  /** The input's name; a server field error naming it goes on the field. */
  field: string;
  current: number;
  totalGpus: number;
  validate: (value: string, totalGpus: number) => string | undefined;
  /** Sends the new count; resolves with the count the server kept, or its error. */
  save: (gpus: number) => Promise<{ saved?: number; error?: OperationErrorLike }>;
  saving: boolean;
  submitLabel: string;
  hint: string;
  saved: (gpus: number) => ReactNode;
  conflictTitle?: string;
}

/**
 * One GPU count of a pool that an operator sets (its floor, its internal demand): checked before
 * sending, the server's field error shown on the field and any other refusal above the form,
 * what was typed kept, a reset to the current value.
 */
export function PoolGpuCountForm(props: PoolGpuCountFormProps) {
  const { current, totalGpus, validate } = props;
  const [value, setValue] = useState(String(current));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (props.saving) return;
    setFormError(null);
    setSaved(null);
    const problem = validate(value, totalGpus);
    setFieldError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    const result = await props.save(Number(value.trim()));
    if (result.error || result.saved === undefined) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      if (info.code === 'BAD_USER_INPUT' && info.field === props.field) {
        setFieldError(info.message);
        input.current?.focus();
      } else {
        setFormError(info);
      }
      return;
    }
    setSaved(result.saved);
  }

  const changed = value.trim() !== String(current) && !(saved !== null && value.trim() === String(saved));
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={props.title}>
      {formError && <ErrorAlert error={formError} title={formError.code === 'CONFLICT' ? props.conflictTitle : undefined} />}
      {saved !== null && <Alert tone="success">{props.saved(saved)}</Alert>}
      <TextField
        ref={input}
        label={props.label}
        name={props.field}
        type="number"
        inputMode="numeric"
        min={0}
        max={totalGpus}
        step={1}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(null);
          if (fieldError) setFieldError(validate(e.target.value, totalGpus));
        }}
        error={fieldError}
        hint={props.hint}
      />
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={props.saving} disabled={!changed && !props.saving}>
          {props.saving ? 'Saving…' : props.submitLabel}
        </Button>
        {changed && (
          <Button
            onClick={() => {
              setValue(String(current));
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
