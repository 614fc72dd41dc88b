import { CheckboxGroup } from '../ui/checkbox-group';
import { RadioGroup } from '../ui/radio-group';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { GpuDiscountRows, TokenDiscountRows } from './discount-rows';
import type { TermChoices } from './term-names';
import { JURISDICTIONS, MAX_RETENTION_DAYS, type TermsField, type TermsFormValues } from '../../lib/contract-terms-form';
import type { FieldErrors } from '../../lib/validation';

export interface ContractTermsFieldsProps {
  values: TermsFormValues;
  onChange(values: TermsFormValues): void;
  errors: FieldErrors<TermsField>;
  choices: TermChoices;
  currency: string;
}

/** Every term of a contract version, to edit: discounts, the spend cap, residency, data terms, SLA, reclaim. */
export function ContractTermsFields({ values, onChange, errors, choices, currency }: ContractTermsFieldsProps) {
  const set = <K extends keyof TermsFormValues>(key: K, value: TermsFormValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <section className="job-form__section" aria-labelledby="terms-prices">
        <h2 className="job-form__heading" id="terms-prices">
          Prices
        </h2>
        <GpuDiscountRows
          rows={values.gpuDiscounts}
          onChange={(rows) => set('gpuDiscounts', rows)}
          errors={errors}
          gpuTypes={choices.gpuTypes}
        />
        <TokenDiscountRows
          rows={values.tokenDiscounts}
          onChange={(rows) => set('tokenDiscounts', rows)}
          errors={errors}
          models={choices.models}
        />
        <RadioGroup
          legend="Monthly spend cap"
          name="spendCapMode"
          inline
          value={values.spendCapMode}
          onChange={(mode) => set('spendCapMode', mode)}
          options={[
            { value: 'NONE', label: 'No cap' },
            { value: 'HARD', label: 'Hard', description: 'Work that would pass it is refused' },
            { value: 'ALERT', label: 'Alert only', description: 'Warns, never refuses' },
          ]}
        />
        {values.spendCapMode !== 'NONE' && (
          <TextField
            label={`Cap per calendar month (${currency})`}
            name="spendCapMonthly"
            inputMode="decimal"
            placeholder="25,000"
            value={values.spendCapMonthly}
            onChange={(e) => set('spendCapMonthly', e.target.value)}
            error={errors.spendCapMonthly}
          />
        )}
      </section>
      <section className="job-form__section" aria-labelledby="terms-data">
        <h2 className="job-form__heading" id="terms-data">
          Data and residency
        </h2>
        <div data-field="allowedJurisdictions">
          <CheckboxGroup
            legend="Allowed jurisdictions"
            hint="With the regions below: where work may run. None of either: anywhere."
            options={JURISDICTIONS.map((j) => ({ value: j, label: j }))}
            value={values.allowedJurisdictions}
            onChange={(v) => set('allowedJurisdictions', v)}
            error={errors.allowedJurisdictions}
          />
        </div>
        <div data-field="allowedRegionIds">
          <CheckboxGroup
            legend="Allowed regions"
            options={choices.regions.map((r) => ({ value: r.id, label: r.code, description: `${r.name} · ${r.jurisdiction}` }))}
            value={values.allowedRegionIds}
            onChange={(v) => set('allowedRegionIds', v)}
            error={errors.allowedRegionIds}
          />
        </div>
        <div className="job-form__row">
          <TextField
            label="Retention (days)"
            name="retentionDays"
            inputMode="numeric"
            value={values.retentionDays}
            onChange={(e) => set('retentionDays', e.target.value)}
            error={errors.retentionDays}
            hint={`Days prompts and logs are kept: 0 keeps nothing, at most ${MAX_RETENTION_DAYS}.`}
          />
          <SelectField
            label="SLA policy"
            name="slaPolicyId"
            value={values.slaPolicyId}
            onChange={(e) => set('slaPolicyId', e.target.value)}
            error={errors.slaPolicyId}
          >
            <option value="">None</option>
            {choices.slaPolicies.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
        <label className="checkbox job-form__check">
          <input type="checkbox" name="noTraining" checked={values.noTraining} onChange={(e) => set('noTraining', e.target.checked)} />
          <span className="checkbox__text">
            <span className="checkbox__label">No training</span>
            <span className="checkbox__description">The customer’s prompts and outputs are never used to train models.</span>
          </span>
        </label>
        <label className="checkbox job-form__check">
          <input
            type="checkbox"
            name="onDemandReclaimable"
            checked={values.onDemandReclaimable}
            onChange={(e) => set('onDemandReclaimable', e.target.checked)}
          />
          <span className="checkbox__text">
            <span className="checkbox__label">On-demand work may be reclaimed</span>
            <span className="checkbox__description">
              The owner’s internal demand may preempt this customer’s ON_DEMAND work, with notice.
            </span>
          </span>
        </label>
      </section>
    </>
  );
}
