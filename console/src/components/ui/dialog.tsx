import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called for Escape (when `dismissable`) and by the caller's own buttons. */
  onClose(): void;
  children: ReactNode;
  /** The dialog's buttons, bottom right. */
  footer?: ReactNode;
  /** False keeps Escape from closing it (a secret shown once must be dismissed on purpose). */
  dismissable?: boolean;
  /** Labels the dialog as an alert (a confirmation), so screen readers read it at once. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind it inert and
 * handles Escape. Its content mounts only while open, so a form inside starts fresh every time.
 * Focus goes back to whatever opened it.
 */
export function Dialog({ open, title, onClose, children, footer, dismissable = true, role = 'dialog', describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  // Closing on unmount too (a page left while the dialog is open).
  useEffect(() => {
    const dialog = ref.current;
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        // The browser would close it on Escape; React state decides instead.
        e.preventDefault();
        if (dismissable) onClose();
      }}
    >
      {open && (
        <div className="dialog__panel">
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          <div className="dialog__body">{children}</div>
          {footer && <div className="dialog__footer">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
