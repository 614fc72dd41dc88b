import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { TextArea } from '../ui/text-area';
import { TextField } from '../ui/text-field';
import { UtcDateRangeFields } from './utc-date-range-fields';
import { ContractTermsFields } from './contract-terms-fields';
import type { TermChoices } from './term-names';
import {
  CONTRACT_FIELD_ORDER,
  contractFieldOf,
  validateContractForm,
  type ContractField,
  type ContractFormMode,
  type ContractFormValues,
} from '../../lib/contract-form';
import { describeError, type ErrorInfo, type OperationErrorLike } from '../../lib/errors';
import { hasErrors, type FieldErrors } from '../../lib/validation';

export interface ContractFormProps {
  mode: ContractFormMode;
  initial: ContractFormValues;
  choices: TermChoices;
  /** Amendments: the current version's start and the contract's end. */
  period?: { currentVersionFrom: string; endsAt: string };
  /** Sends the values; resolves with the server's error when it refused them. */
  save(values: ContractFormValues): Promise<{ error?: OperationErrorLike | undefined }>;
  saving: boolean;
  cancelHref: string;
}

const SUBMIT: Record<ContractFormMode, [idle: string, busy: string]> = {
  create: ['Create draft', 'Creating…'],
  draft: ['Save draft', 'Saving…'],
  amend: ['Amend contract', 'Amending…'],
};

/**
 * The contract editor. Everything is checked before sending; the server's refusals that name a
 * field (`input.terms.gpuDiscounts.0.percent`) are shown on it, the rest above the form, and
 * nothing typed is lost.
 */
export function ContractForm({ mode, initial, choices, period, save, saving, cancelHref }: ContractFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<ContractField>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const update = (next: ContractFormValues) => {
    setValues(next);
    // A flagged field is re-checked as it changes, so its message goes once it is fixed.
    if (hasErrors(errors)) {
      const fresh = validateContractForm(next, mode, period);
      setErrors((old) => Object.fromEntries(Object.keys(old).map((k) => [k, fresh[k as ContractField]])));
    }
  };
  const set = <K extends keyof ContractFormValues>(key: K, value: ContractFormValues[K]) => update({ ...values, [key]: value });
  const focus = (field: string) =>
    (
      form.current?.querySelector<HTMLElement>(`[name="${field}"]`) ??
      form.current?.querySelector<HTMLElement>(`[data-field="${field.split('.')[0]}"] input, [data-field="${field.split('.')[0]}"] select`)
    )?.focus();

  async function send(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setFormError(null);
    const found = validateContractForm(values, mode, period);
    setErrors(found);
    const flagged = Object.keys(found).filter((k) => found[k as ContractField]);
    if (flagged.length) {
      const rank = (f: string) => (CONTRACT_FIELD_ORDER.includes(f) ? CONTRACT_FIELD_ORDER.indexOf(f) : CONTRACT_FIELD_ORDER.length);
      return focus([...flagged].sort((a, b) => rank(a) - rank(b))[0]!);
    }
    const { error } = await save(values);
    if (!error) return;
    const info = describeError(error);
    const raw = error.graphQLErrors?.[0]?.extensions?.['field'];
    const field =
      info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND' ? contractFieldOf(typeof raw === 'string' ? raw : undefined) : undefined;
    if (field) {
      setErrors({ [field]: info.message });
      focus(field);
    } else {
      setFormError(info);
    }
  }

  const [idle, busy] = SUBMIT[mode];
  return (
    <form ref={form} className="form job-form" onSubmit={send} noValidate aria-label={idle}>
      {formError && (
        <ErrorAlert error={formError} title={formError.code === 'CONFLICT' ? 'The contract cannot change this way' : undefined} />
      )}
      {mode === 'amend' ? (
        <section className="job-form__section" aria-labelledby="contract-amendment">
          <h2 className="job-form__heading" id="contract-amendment">
            Amendment
          </h2>
          <TextField
            label="Takes effect on (UTC)"
            name="effectiveOn"
            type="date"
            value={values.effectiveOn}
            onChange={(e) => set('effectiveOn', e.target.value)}
            error={errors.effectiveOn}
            hint="From 00:00 UTC that day; the current version ends then."
          />
          <TextArea
            label="Reason"
            name="reason"
            rows={2}
            maxLength={500}
            value={values.reason}
            onChange={(e) => set('reason', e.target.value)}
            error={errors.reason}
            hint="Kept in the contract’s history, with who amended it and when."
          />
        </section>
      ) : (
        <section className="job-form__section" aria-labelledby="contract-details">
          <h2 className="job-form__heading" id="contract-details">
            Contract
          </h2>
          <div className="job-form__row">
            <TextField
              label="Name"
              name="name"
              autoComplete="off"
              maxLength={120}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              error={errors.name}
            />
            <TextField
              label="Currency"
              name="currency"
              autoComplete="off"
              maxLength={3}
              value={values.currency}
              disabled={mode !== 'create'}
              onChange={(e) => set('currency', e.target.value.toUpperCase())}
              error={errors.currency}
              hint={mode === 'create' ? 'ISO 4217; every amount on the contract is in it.' : 'Fixed once the contract exists.'}
            />
          </div>
          <UtcDateRangeFields
            values={values}
            errors={errors}
            onChange={set}
            labels={['Starts on (UTC)', 'Ends on (UTC)']}
            endHint="The contract runs until 00:00 UTC that day."
          />
        </section>
      )}
      <ContractTermsFields
        values={values.terms}
        onChange={(terms) => set('terms', terms)}
        errors={errors}
        choices={choices}
        currency={values.currency}
      />
      <div className="form__actions">
        <Link href={cancelHref} className="btn btn--secondary">
          Cancel
        </Link>
        <Button type="submit" variant="primary" loading={saving}>
          {saving ? busy : idle}
        </Button>
      </div>
    </form>
  );
}
