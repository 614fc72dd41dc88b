import { useId } from 'react';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
  description?: string;
}

export interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: readonly CheckboxOption<V>[];
  value: readonly V[];
  onChange(value: V[]): void;
  error?: string | undefined;
  hint?: string;
  /**
   * The order of choosing is the order of preference: a new choice goes last, and each chosen
   * option shows its rank. Otherwise the value follows the options' order.
   */
  ranked?: boolean;
}

/** A fieldset of labelled checkboxes; its error is tied to the group for assistive technology. */
export function CheckboxGroup<V extends string>({ legend, options, value, onChange, error, hint, ranked = false }: CheckboxGroupProps<V>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const toggle = (option: V, checked: boolean) => {
    if (!checked) onChange(value.filter((v) => v !== option));
    else if (ranked) onChange([...value.filter((v) => v !== option), option]);
    else onChange(options.map((o) => o.value).filter((v) => v === option || value.includes(v)));
  };
  return (
    <fieldset
      className={error ? 'checkbox-group checkbox-group--invalid' : 'checkbox-group'}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" checked={value.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            <span className="checkbox__text">
              <span className="checkbox__label">{option.label}</span>
              {option.description && <span className="checkbox__description">{option.description}</span>}
            </span>
            {ranked && value.includes(option.value) && (
              <span className="checkbox__rank" title="Order of preference">
                <span className="visually-hidden">preference </span>
                {value.indexOf(option.value) + 1}
              </span>
            )}
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
