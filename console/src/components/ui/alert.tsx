import type { ReactNode } from 'react';

export type AlertTone = 'danger' | 'warning' | 'info' | 'success';

/** An inline message inside a form or a page; `danger` ones are announced at once. */
export function Alert({ tone = 'danger', title, children }: { tone?: AlertTone; title?: string | undefined; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      <div className="alert__body">{children}</div>
    </div>
  );
}
