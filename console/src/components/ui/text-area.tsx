import { forwardRef, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { FormField } from './form-field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  /** Shown under the field in red; marks it invalid for assistive technology. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Monospace, for code and scripts. */
  code?: boolean;
}

/** A labelled multi-line input with its error and hint wired to aria-describedby, like TextField. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { label, error, hint, code = false, className, ...rest },
  ref,
) {
  return (
    <FormField label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <textarea
          {...rest}
          {...control}
          ref={ref}
          className={code ? 'field__input field__textarea field__textarea--code' : 'field__input field__textarea'}
        />
      )}
    </FormField>
  );
});
