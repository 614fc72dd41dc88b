import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ErrorAlert } from '../ui/error-alert';
import { RadioGroup } from '../ui/radio-group';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo, type OperationErrorLike } from '../../lib/errors';
import { PRICED_CLASSES } from '../../lib/contract-terms-form';
import { humanize } from '../../lib/format';
import { emptyQuoteForm, quoteFieldOf, validateQuoteForm, type QuoteField, type QuoteFormValues } from '../../lib/quote-form';
import type { FieldErrors } from '../../lib/validation';
import { ChoiceOptions, type Choice } from '../ui/choice-options';

export interface QuoteFormProps {
  projects: readonly Choice[];
  gpuTypes: readonly Choice[];
  regions: readonly Choice[];
  models: readonly Choice[];
  /** Asks for the quote; resolves with the server's error when it refused to price. */
  ask(values: QuoteFormValues): Promise<OperationErrorLike | undefined>;
  asking: boolean;
}

const ORDER: readonly QuoteField[] = ['projectId', 'gpuTypeId', 'gpus', 'hours', 'modelId', 'inputTokens', 'outputTokens'];

/** What to price for the organization: GPU work or model tokens. Checked before asking. */
export function QuoteForm({ projects, gpuTypes, regions, models, ask, asking }: QuoteFormProps) {
  const [values, setValues] = useState<QuoteFormValues>(emptyQuoteForm);
  const [errors, setErrors] = useState<FieldErrors<QuoteField>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends keyof QuoteFormValues>(key: K, value: QuoteFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (key !== 'kind' && errors[key as QuoteField]) setErrors({ ...errors, [key]: validateQuoteForm(next)[key as QuoteField] });
  };
  const focus = (field: string) => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  async function send(e: FormEvent) {
    e.preventDefault();
    if (asking) return;
    setFormError(null);
    const found = validateQuoteForm(values);
    setErrors(found);
    const first = ORDER.find((f) => found[f]);
    if (first) return focus(first);
    const error = await ask(values);
    if (!error) return;
    const info = describeError(error);
    const raw = error.graphQLErrors?.[0]?.extensions?.['field'];
    const field =
      info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND' ? quoteFieldOf(typeof raw === 'string' ? raw : undefined) : undefined;
    if (field) {
      setErrors({ [field]: info.message });
      focus(field);
    } else setFormError(info);
  }

  const gpu = values.kind === 'gpu';
  return (
    <form ref={form} className="form" onSubmit={send} noValidate aria-label="Quote">
      {formError && <ErrorAlert error={formError} title="Could not price it" />}
      <RadioGroup
        legend="Price"
        name="kind"
        inline
        value={values.kind}
        onChange={(kind) => set('kind', kind)}
        options={[
          { value: 'gpu', label: 'GPU work', description: 'GPUs of a type, for hours' },
          { value: 'tokens', label: 'Model tokens', description: 'Input and output tokens of a model' },
        ]}
      />
      <SelectField
        label="Project"
        name="projectId"
        value={values.projectId}
        onChange={(e) => set('projectId', e.target.value)}
        error={errors.projectId}
        hint="Its quotas apply too."
      >
        <ChoiceOptions choices={projects} none={'The organization as a whole'} />
      </SelectField>
      {gpu ? (
        <>
          <div className="job-form__row">
            <SelectField
              label="GPU type"
              name="gpuTypeId"
              value={values.gpuTypeId}
              onChange={(e) => set('gpuTypeId', e.target.value)}
              error={errors.gpuTypeId}
            >
              <ChoiceOptions choices={gpuTypes} none={'Choose…'} />
            </SelectField>
            <SelectField
              label="Class"
              name="priceClass"
              value={values.priceClass}
              onChange={(e) => set('priceClass', e.target.value as QuoteFormValues['priceClass'])}
            >
              {PRICED_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {humanize(c)}
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
              label="Hours"
              name="hours"
              inputMode="decimal"
              value={values.hours}
              onChange={(e) => set('hours', e.target.value)}
              error={errors.hours}
            />
          </div>
          <CheckboxGroup
            legend="Acceptable regions"
            hint="None: any region the contract allows."
            options={regions.map((r) => ({ value: r.id, label: r.label }))}
            value={values.regionIds}
            onChange={(v) => set('regionIds', v)}
            error={errors.regionIds}
          />
        </>
      ) : (
        <>
          <SelectField
            label="Model"
            name="modelId"
            value={values.modelId}
            onChange={(e) => set('modelId', e.target.value)}
            error={errors.modelId}
          >
            <ChoiceOptions choices={models} none={'Choose…'} />
          </SelectField>
          <div className="job-form__row">
            <TextField
              label="Input tokens"
              name="inputTokens"
              inputMode="numeric"
              value={values.inputTokens}
              onChange={(e) => set('inputTokens', e.target.value)}
              error={errors.inputTokens}
            />
            <TextField
              label="Output tokens"
              name="outputTokens"
              inputMode="numeric"
              value={values.outputTokens}
              onChange={(e) => set('outputTokens', e.target.value)}
              error={errors.outputTokens}
            />
          </div>
        </>
      )}
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={asking}>
          {asking ? 'Pricing…' : 'Get quote'}
        </Button>
      </div>
    </form>
  );
}
