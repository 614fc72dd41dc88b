import { TextField } from '../ui/text-field';

export interface UtcDateRange {
  startsOn: string;
  endsOn: string;
}

export interface UtcDateRangeFieldsProps {
  values: UtcDateRange;
  errors: Partial<Record<keyof UtcDateRange, string>>;
  onChange(field: keyof UtcDateRange, value: string): void;
  /** The two fields' labels, e.g. "From (UTC)" and "Until (UTC)". */
  labels: [string, string];
  /** Under the end date: what the end means. */
  endHint?: string;
}

/** A period as two whole UTC days, side by side (contracts and commitments). */
export function UtcDateRangeFields({ values, errors, onChange, labels, endHint }: UtcDateRangeFieldsProps) {
  return (
    <div className="job-form__row">
      <TextField
        label={labels[0]}
        name="startsOn"
        type="date"
        value={values.startsOn}
        onChange={(e) => onChange('startsOn', e.target.value)}
        error={errors.startsOn}
      />
      <TextField
        label={labels[1]}
        name="endsOn"
        type="date"
        value={values.endsOn}
        onChange={(e) => onChange('endsOn', e.target.value)}
        error={errors.endsOn}
        hint={endHint}
      />
    </div>
  );
}
