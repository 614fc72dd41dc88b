import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FormField } from './form-field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Shown under the field in red; marks the input invalid for assistive technology. */
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled input with its error and hint wired to aria-describedby. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, error, hint, className, ...rest }, ref) {
  return (
    <FormField label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...rest} {...control} ref={ref} className="field__input" />}
    </FormField>
  );
});
