import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, error and hint. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  label: string;
  /** Shown under the control in red; marks it invalid for assistive technology. */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string | undefined;
  /** The control (input, textarea, select), given the attributes that wire it up. */
  children(control: ControlProps): ReactNode;
}

/** A label, a control, its error and its hint, wired together by ids: the one layout of every form field. */
export function FormField({ label, error, hint, className, children }: FormFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
