import { Button } from '../ui/button';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { PRICED_CLASSES, newRowKey, type GpuDiscountRow, type TermsField, type TokenDiscountRow } from '../../lib/contract-terms-form';
import { humanize } from '../../lib/format';
import type { FieldErrors } from '../../lib/validation';
import './contracts.css';

interface RowsProps<Row> {
  rows: readonly Row[];
  onChange(rows: Row[]): void;
  errors: FieldErrors<TermsField>;
}

const replace = <Row,>(rows: readonly Row[], i: number, patch: Partial<Row>) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r));

/** Discounts off the GPU-hour list price, one per GPU type and class. */
export function GpuDiscountRows({
  rows,
  onChange,
  errors,
  gpuTypes,
}: RowsProps<GpuDiscountRow> & { gpuTypes: readonly { id: string; code: string }[] }) {
  return (
    <fieldset className="checkbox-group" data-field="gpuDiscounts">
      <legend className="field__label">GPU discounts</legend>
      {rows.length === 0 && <p className="field__hint">None: list prices apply.</p>}
      <ol className="terms-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="terms-row">
            <SelectField
              label={`GPU type, discount ${i + 1}`}
              name={`gpuDiscounts.${i}.gpuTypeId`}
              value={row.gpuTypeId}
              onChange={(e) => onChange(replace(rows, i, { gpuTypeId: e.target.value }))}
              error={errors[`gpuDiscounts.${i}.gpuTypeId`]}
            >
              <option value="">Choose…</option>
              {gpuTypes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.code}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={`Class, discount ${i + 1}`}
              name={`gpuDiscounts.${i}.priceClass`}
              value={row.priceClass}
              onChange={(e) => onChange(replace(rows, i, { priceClass: e.target.value as GpuDiscountRow['priceClass'] }))}
            >
              {PRICED_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {humanize(c)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={`Percent off, discount ${i + 1}`}
              name={`gpuDiscounts.${i}.percent`}
              inputMode="decimal"
              value={row.percent}
              onChange={(e) => onChange(replace(rows, i, { percent: e.target.value }))}
              error={errors[`gpuDiscounts.${i}.percent`]}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={`Remove GPU discount ${i + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {errors.gpuDiscounts && <p className="field__error">{errors.gpuDiscounts}</p>}
      <div>
        <Button size="sm" onClick={() => onChange([...rows, { key: newRowKey(), gpuTypeId: '', priceClass: 'RESERVED', percent: '' }])}>
          Add GPU discount
        </Button>
      </div>
    </fieldset>
  );
}

/** Discounts off token list prices: one for every model, or per model. */
export function TokenDiscountRows({
  rows,
  onChange,
  errors,
  models,
}: RowsProps<TokenDiscountRow> & { models: readonly { id: string; key: string }[] }) {
  return (
    <fieldset className="checkbox-group" data-field="tokenDiscounts">
      <legend className="field__label">Token discounts</legend>
      {rows.length === 0 && <p className="field__hint">None: list prices apply.</p>}
      <ol className="terms-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="terms-row terms-row--tokens">
            <SelectField
              label={`Model, token discount ${i + 1}`}
              name={`tokenDiscounts.${i}.modelId`}
              value={row.modelId}
              onChange={(e) => onChange(replace(rows, i, { modelId: e.target.value }))}
              error={errors[`tokenDiscounts.${i}.modelId`]}
            >
              <option value="">Every model</option>
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.key}
                </option>
              ))}
            </SelectField>
            <TextField
              label={`Percent off, token discount ${i + 1}`}
              name={`tokenDiscounts.${i}.percent`}
              inputMode="decimal"
              value={row.percent}
              onChange={(e) => onChange(replace(rows, i, { percent: e.target.value }))}
              error={errors[`tokenDiscounts.${i}.percent`]}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={`Remove token discount ${i + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {errors.tokenDiscounts && <p className="field__error">{errors.tokenDiscounts}</p>}
      <div>
        <Button size="sm" onClick={() => onChange([...rows, { key: newRowKey(), modelId: '', percent: '' }])}>
          Add token discount
        </Button>
      </div>
    </fieldset>
  );
}
