import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ErrorAlert } from '../ui/error-alert';
import { RadioGroup } from '../ui/radio-group';
import { Select } from '../ui/select';
import { TextArea } from '../ui/text-area';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { CAPACITY_CLASSES, jobShape } from '../../lib/jobs';
import {
  JOB_FIELD_ORDER,
  formFieldOf,
  submitJobInput,
  validateJobForm,
  type EnvironmentRow,
  type JobField,
  type JobFormValues,
} from '../../lib/job-form';
import { jobPath } from '../../lib/paths';
import { hasErrors, type FieldErrors } from '../../lib/validation';

const SubmitJobMutation = graphql(`
  mutation SubmitJob($input: SubmitJobInput!) {
    submitJob(input: $input) {
      created
      job {
        id
        name
        status
      }
    }
  }
`);

export interface GpuTypeChoice {
  id: string;
  code: string;
  description: string;
}

export interface RegionChoice {
  id: string;
  code: string;
  name: string;
  jurisdiction: string;
}

export interface SubmitJobFormProps {
  projectId: string;
  values: JobFormValues;
  onChange(values: JobFormValues): void;
  gpuTypes: readonly GpuTypeChoice[];
  regions: readonly RegionChoice[];
  /** The owner's own organization may submit INTERNAL work. */
  allowInternal: boolean;
  idempotencyKey: string;
  /** A new key: the next submission is a new job (after a CONFLICT on the key). */
  onNewKey(): void;
  cancelHref: string;
  onSubmitted(job: { id: string; created: boolean }): void;
}

let rowCounter = 0;
const newRow = (): EnvironmentRow => ({ key: `env-${++rowCounter}`, name: '', value: '' });

/**
 * Submits GPU work. Everything is checked before sending; the server's refusals that name a field
 * (`input.gpusPerNode`) are shown on that field, the rest above the form, and nothing typed is
 * lost. One idempotency key per form: sending twice creates one job.
 */
export function SubmitJobForm({
  projectId,
  values,
  onChange,
  gpuTypes,
  regions,
  allowInternal,
  idempotencyKey,
  onNewKey,
  cancelHref,
  onSubmitted,
}: SubmitJobFormProps) {
  const [state, submit] = useMutation(SubmitJobMutation);
  const [errors, setErrors] = useState<FieldErrors<JobField>>({});
  const [formError, setFormError] = useState<{ info: ErrorInfo; jobId: string | null } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focus = (field: string) => {
    const root = form.current;
    if (!root) return;
    const target =
      root.querySelector<HTMLElement>(`[name="${field}"]`) ??
      root.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] textarea`);
    target?.focus();
  };

  const update = (next: JobFormValues) => {
    onChange(next);
    // A flagged field is re-checked as it changes, so its message goes once it is fixed.
    if (hasErrors(errors)) {
      const fresh = validateJobForm(next);
      setErrors((old) => Object.fromEntries(Object.keys(old).map((k) => [k, fresh[k as JobField]])) as FieldErrors<JobField>);
    }
  };
  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) => update({ ...values, [key]: value });

  async function send(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const found = validateJobForm(values);
    setErrors(found);
    setFormError(null);
    const flagged = Object.keys(found).filter((k) => found[k as JobField]);
    if (flagged.length) {
      const first = [...flagged].sort((a, b) => rank(a) - rank(b))[0]!;
      focus(first);
      return;
    }
    const result = await submit({ input: submitJobInput(values, projectId, idempotencyKey) });
    const payload = result.data?.submitJob;
    if (result.error || !payload) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      const first = result.error?.graphQLErrors[0];
      const raw = typeof first?.extensions?.['field'] === 'string' ? first.extensions['field'] : undefined;
      const field = info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND' ? formFieldOf(raw, values) : undefined;
      if (field) {
        setErrors({ [field]: info.message });
        focus(field);
      } else {
        const jobId = typeof first?.extensions?.['jobId'] === 'string' ? first.extensions['jobId'] : null;
        setFormError({ info, jobId });
      }
      return;
    }
    onSubmitted({ id: payload.job.id, created: payload.created });
  }

  const image = values.runMode === 'image';
  const classes = CAPACITY_CLASSES.filter((c) => c.value !== 'INTERNAL' || allowInternal);
  const chosenClass = CAPACITY_CLASSES.find((c) => c.value === values.capacityClass);
  const perNode = Number(values.gpusPerNode);
  const nodes = Number(values.nodes);
  const shape = Number.isSafeInteger(perNode) && Number.isSafeInteger(nodes) && perNode > 0 && nodes > 0 ? jobShape(perNode, nodes) : null;

  return (
    <form ref={form} className="form job-form" onSubmit={send} noValidate aria-label="Submit a job">
      {formError && (
        <div>
          <ErrorAlert
            error={formError.info}
            title={
              formError.info.code === 'CONFLICT'
                ? 'This form was already used for another job'
                : formError.info.code === 'FORBIDDEN'
                  ? 'You cannot submit jobs here'
                  : undefined
            }
          />
          {formError.info.code === 'CONFLICT' && (
            <div className="form__actions form__actions--start">
              {formError.jobId && (
                <Link href={jobPath(formError.jobId)} className="btn btn--secondary">
                  Open {formError.jobId}
                </Link>
              )}
              <Button
                onClick={() => {
                  onNewKey();
                  setFormError(null);
                }}
              >
                Submit as a new job
              </Button>
            </div>
          )}
        </div>
      )}

      <section className="job-form__section" aria-labelledby="job-form-what">
        <h2 className="job-form__heading" id="job-form-what">
          What to run
        </h2>
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          maxLength={200}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          hint="Shown in lists and on invoices."
        />
        <RadioGroup
          legend="Run"
          name="runMode"
          inline
          value={values.runMode}
          onChange={(runMode) => set('runMode', runMode)}
          options={[
            { value: 'image', label: 'A container image', description: 'With its command and arguments' },
            { value: 'script', label: 'A script', description: 'A shell script run on the first node' },
          ]}
        />
        {image ? (
          <>
            <TextField
              label="Image"
              name="image"
              autoComplete="off"
              spellCheck={false}
              placeholder="registry.example/team/train:1.4"
              value={values.image}
              onChange={(e) => set('image', e.target.value)}
              error={errors.image}
            />
            <TextArea
              label="Command and arguments (optional)"
              name="command"
              code
              rows={3}
              spellCheck={false}
              placeholder={'python\ntrain.py\n--epochs=3'}
              value={values.command}
              onChange={(e) => set('command', e.target.value)}
              error={errors.command}
              hint="One argument per line. Empty: the image’s own command."
            />
          </>
        ) : (
          <TextArea
            label="Script"
            name="script"
            code
            rows={6}
            spellCheck={false}
            placeholder={'#!/bin/bash\nset -euo pipefail\ntorchrun train.py'}
            value={values.script}
            onChange={(e) => set('script', e.target.value)}
            error={errors.script}
            hint="At most 64 KiB."
          />
        )}
      </section>

      <section className="job-form__section" aria-labelledby="job-form-gpus">
        <h2 className="job-form__heading" id="job-form-gpus">
          GPUs
        </h2>
        <div data-field="gpuTypeIds">
          <CheckboxGroup
            legend="Acceptable GPU types"
            ranked
            options={gpuTypes.map((t) => ({ value: t.id, label: t.code, description: t.description }))}
            value={values.gpuTypeIds}
            onChange={(ids) => set('gpuTypeIds', ids)}
            error={errors.gpuTypeIds}
            hint="In order of preference: the first you tick is tried first."
          />
        </div>
        <div className="job-form__row">
          <TextField
            label="GPUs per node"
            name="gpusPerNode"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.gpusPerNode}
            onChange={(e) => set('gpusPerNode', e.target.value)}
            error={errors.gpusPerNode}
          />
          <TextField
            label="Nodes"
            name="nodes"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.nodes}
            onChange={(e) => set('nodes', e.target.value)}
            error={errors.nodes}
            hint={nodes > 1 ? 'All nodes start together or not at all.' : undefined}
          />
        </div>
        {shape && <p className="muted job-form__shape">{shape} in all.</p>}
        <div className="job-form__row">
          <TextField
            label="vCPUs per node (optional)"
            name="vcpusPerNode"
            inputMode="decimal"
            autoComplete="off"
            value={values.vcpusPerNode}
            onChange={(e) => set('vcpusPerNode', e.target.value)}
            error={errors.vcpusPerNode}
            hint="Empty: the pool’s share for the GPUs asked."
          />
          <TextField
            label="Memory per node, GiB (optional)"
            name="memoryGibPerNode"
            inputMode="decimal"
            autoComplete="off"
            value={values.memoryGibPerNode}
            onChange={(e) => set('memoryGibPerNode', e.target.value)}
            error={errors.memoryGibPerNode}
            hint="Empty: the pool’s share for the GPUs asked."
          />
        </div>
      </section>

      <section className="job-form__section" aria-labelledby="job-form-where">
        <h2 className="job-form__heading" id="job-form-where">
          Where, how and how long
        </h2>
        <div data-field="regionIds">
          <CheckboxGroup
            legend="Regions (optional)"
            options={regions.map((r) => ({ value: r.id, label: r.code, description: `${r.name} · ${r.jurisdiction}` }))}
            value={values.regionIds}
            onChange={(ids) => set('regionIds', ids)}
            error={errors.regionIds}
            hint="None ticked: any region your contract allows."
          />
        </div>
        <div className="job-form__row">
          <div data-field="capacityClass">
            <Select
              label="Class"
              name="capacityClass"
              value={values.capacityClass}
              onChange={(e) => set('capacityClass', e.target.value as JobFormValues['capacityClass'])}
              aria-describedby="job-form-class-hint"
            >
              {classes.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
            <p className={errors.capacityClass ? 'field__error' : 'field__hint'} id="job-form-class-hint">
              {errors.capacityClass ?? chosenClass?.description}
            </p>
          </div>
          <TextField
            label="Max duration (hours)"
            name="maxDuration"
            inputMode="decimal"
            autoComplete="off"
            value={values.maxDurationHours}
            onChange={(e) => set('maxDurationHours', e.target.value)}
            error={errors.maxDuration}
            hint="Stopped after this long; 0.5 is 30 minutes, at most 720 (30 days)."
          />
        </div>
        <label className="checkbox job-form__check">
          <input
            type="checkbox"
            name="requeueOnPreemption"
            checked={values.requeueOnPreemption}
            onChange={(e) => set('requeueOnPreemption', e.target.checked)}
          />
          <span className="checkbox__text">
            <span className="checkbox__label">Requeue if preempted</span>
            <span className="checkbox__description">Go back to the queue as a new attempt instead of ending as preempted.</span>
          </span>
        </label>
      </section>

      <section className="job-form__section" aria-labelledby="job-form-env">
        <h2 className="job-form__heading" id="job-form-env">
          Environment variables
        </h2>
        <EnvironmentEditor rows={values.environment} errors={errors} onChange={(rows) => set('environment', rows)} />
      </section>

      <p className="muted job-form__key">
        Idempotency key <code className="mono">{idempotencyKey}</code>: sending this form twice creates one job.
      </p>
      <div className="form__actions">
        <Link href={cancelHref} className="btn btn--secondary">
          Cancel
        </Link>
        <Button type="submit" variant="primary" loading={state.fetching}>
          {state.fetching ? 'Submitting…' : 'Submit job'}
        </Button>
      </div>
    </form>
  );
}

const rank = (field: string) => {
  const head = field.startsWith('env.') ? 'environment' : field;
  const i = JOB_FIELD_ORDER.indexOf(head);
  return i === -1 ? JOB_FIELD_ORDER.length : i + (field.startsWith('env.') ? Number(field.split('.')[1]) / 1000 : 0);
};

/** Name/value rows; values are write-only: sealed by the server and never shown again. */
function EnvironmentEditor({
  rows,
  errors,
  onChange,
}: {
  rows: readonly EnvironmentRow[];
  errors: FieldErrors<JobField>;
  onChange(rows: EnvironmentRow[]): void;
}) {
  const change = (i: number, patch: Partial<EnvironmentRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="env" data-field="environment">
      <p className="field__hint">
        Values are write-only: they are sealed when the job is submitted and never shown again, here or in the API.
      </p>
      {rows.length > 0 && (
        <ol className="env__rows">
          {rows.map((row, i) => {
            const nameError = errors[`env.${i}.name`];
            const valueError = errors[`env.${i}.value`];
            return (
              <li key={row.key} className="env__row">
                <div className={nameError ? 'field field--invalid' : 'field'}>
                  <input
                    className="field__input mono"
                    name={`env.${i}.name`}
                    aria-label={`Variable ${i + 1} name`}
                    placeholder="NAME"
                    autoComplete="off"
                    spellCheck={false}
                    value={row.name}
                    onChange={(e) => change(i, { name: e.target.value })}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? `env-${row.key}-name-error` : undefined}
                  />
                  {nameError && (
                    <p className="field__error" id={`env-${row.key}-name-error`}>
                      {nameError}
                    </p>
                  )}
                </div>
                <div className={valueError ? 'field field--invalid' : 'field'}>
                  <input
                    className="field__input"
                    name={`env.${i}.value`}
                    type="password"
                    aria-label={`Variable ${i + 1} value`}
                    placeholder="value"
                    autoComplete="new-password"
                    spellCheck={false}
                    value={row.value}
                    onChange={(e) => change(i, { value: e.target.value })}
                    aria-invalid={valueError ? true : undefined}
                    aria-describedby={valueError ? `env-${row.key}-value-error` : undefined}
                  />
                  {valueError && (
                    <p className="field__error" id={`env-${row.key}-value-error`}>
                      {valueError}
                    </p>
                  )}
                </div>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  aria-label={`Remove variable ${i + 1}`}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      {errors.environment && <p className="field__error">{errors.environment}</p>}
      <div>
        <Button size="sm" onClick={() => onChange([...rows, newRow()])}>
          Add variable
        </Button>
      </div>
    </div>
  );
}
