import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  description?: string;
}

export interface RadioGroupProps<V extends string> {
  legend: string;
  /** The inputs' shared name (also how a form finds the group to focus it). */
  name: string;
  options: readonly RadioOption<V>[];
  value: V;
  onChange(value: V): void;
  error?: string | undefined;
  /** Options side by side instead of one per line. */
  inline?: boolean;
}

/** A fieldset of native radio buttons: arrow keys move between them, as browsers do. */
export function RadioGroup<V extends string>({ legend, name, options, value, onChange, error, inline = false }: RadioGroupProps<V>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['checkbox-group', error && 'checkbox-group--invalid'].filter(Boolean).join(' ')}
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className={inline ? 'checkbox-group__options radio-group__options--inline' : 'checkbox-group__options'}>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span className="checkbox__text">
              <span className="checkbox__label">{option.label}</span>
              {option.description && <span className="checkbox__description">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
