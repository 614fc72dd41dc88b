import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { RadioGroup } from '../ui/radio-group';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';
import {
  QUOTA_KINDS,
  emptyQuotaForm,
  quotaDimensions,
  quotaFieldOf,
  quotaLimitText,
  setQuotaInput,
  validateQuotaForm,
  type QuotaField,
  type QuotaFormValues,
} from '../../lib/quota-form';
import type { FieldErrors } from '../../lib/validation';
import { ChoiceOptions, type Choice } from '../ui/choice-options';

const SetQuotaMutation = graphql(`
  mutation SetQuota($input: SetQuotaInput!) {
    setQuota(input: $input) {
      id
      kind
      limit
      gpuType {
        code
      }
      region {
        code
      }
      model {
        key
      }
    }
  }
`);

export interface SetQuotaFormProps {
  organizationId: string;
  projects: readonly Choice[];
  gpuTypes: readonly Choice[];
  regions: readonly Choice[];
  models: readonly Choice[];
  onSaved(): void;
}

/** Sets one scope's limit (replacing the one it has): kind, scope, dimensions, limit. */
export function SetQuotaForm({ organizationId, projects, gpuTypes, regions, models, onSaved }: SetQuotaFormProps) {
  const [state, setQuota] = useMutation(SetQuotaMutation);
  const [values, setValues] = useState<QuotaFormValues>(emptyQuotaForm);
  const [errors, setErrors] = useState<FieldErrors<QuotaField>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends QuotaField>(key: K, value: QuotaFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setSaved(null);
    if (errors[key]) setErrors({ ...errors, [key]: validateQuotaForm(next)[key] });
  };
  const focus = (field: string) => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  async function send(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    setFormError(null);
    setSaved(null);
    const found = validateQuotaForm(values);
    setErrors(found);
    const first = (['limit', 'modelId'] as const).find((f) => found[f]);
    if (first) return focus(first);
    const result = await setQuota({ input: setQuotaInput(values, organizationId) });
    const quota = result.data?.setQuota;
    if (result.error || !quota) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      const raw = result.error?.graphQLErrors[0]?.extensions?.['field'];
      const field =
        info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND' ? quotaFieldOf(typeof raw === 'string' ? raw : undefined) : undefined;
      if (field) {
        setErrors({ [field]: info.message });
        return focus(field);
      }
      return setFormError(info);
    }
    setSaved(`Quota set: ${quotaLimitText(quota)} on ${quotaDimensions(quota)}.`);
    onSaved();
  }

  return (
    <form ref={form} className="form" onSubmit={send} noValidate aria-label="Set a quota">
      {formError && <ErrorAlert error={formError} />}
      {saved && <Alert tone="success">{saved}</Alert>}
      <RadioGroup legend="Kind" name="kind" value={values.kind} onChange={(kind) => set('kind', kind)} options={QUOTA_KINDS} />
      <SelectField
        label="Scope"
        name="projectId"
        value={values.projectId}
        onChange={(e) => set('projectId', e.target.value)}
        error={errors.projectId}
      >
        <ChoiceOptions choices={projects} none={'Whole organization'} />
      </SelectField>
      {values.kind === 'CONCURRENT_GPUS' && (
        <div className="job-form__row">
          <SelectField
            label="GPU type"
            name="gpuTypeId"
            value={values.gpuTypeId}
            onChange={(e) => set('gpuTypeId', e.target.value)}
            error={errors.gpuTypeId}
          >
            <ChoiceOptions choices={gpuTypes} none={'Every GPU type'} />
          </SelectField>
          <SelectField
            label="Region"
            name="regionId"
            value={values.regionId}
            onChange={(e) => set('regionId', e.target.value)}
            error={errors.regionId}
          >
            <ChoiceOptions choices={regions} none={'Every region'} />
          </SelectField>
        </div>
      )}
      {values.kind === 'TOKENS_PER_MINUTE' && (
        <SelectField
          label="Model"
          name="modelId"
          value={values.modelId}
          onChange={(e) => set('modelId', e.target.value)}
          error={errors.modelId}
        >
          <ChoiceOptions choices={models} none={'Choose…'} />
        </SelectField>
      )}
      <TextField
        label={`Limit (${QUOTA_KINDS.find((k) => k.value === values.kind)?.unit})`}
        name="limit"
        inputMode="numeric"
        value={values.limit}
        onChange={(e) => set('limit', e.target.value)}
        error={errors.limit}
        hint="Replaces the limit this scope has, if any. 0 allows nothing."
      />
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={state.fetching}>
          {state.fetching ? 'Saving…' : 'Set quota'}
        </Button>
      </div>
    </form>
  );
}
