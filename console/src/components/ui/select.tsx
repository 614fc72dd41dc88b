import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  /** Keeps the label for screen readers only (compact toolbars). */
  hideLabel?: boolean;
  children: ReactNode;
}

/** A native, labelled <select>: keyboard and screen-reader behaviour come from the browser. */
export function Select({ label, hideLabel = false, className, children, ...rest }: SelectProps) {
  const id = useId();
  return (
    <div className={['select', className].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'select__label'} htmlFor={id}>
        {label}
      </label>
      <select {...rest} id={id} className="select__control">
        {children}
      </select>
    </div>
  );
}
