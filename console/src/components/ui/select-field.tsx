import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  /** Shown under the control in red; marks it invalid for assistive technology. */
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

/** A native, labelled <select> in a form, with its error and hint wired like TextField's. */
export function SelectField({ label, error, hint, className, children, ...rest }: SelectFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select {...rest} {...control} className="field__input select__control">
          {children}
        </select>
      )}
    </FormField>
  );
}
