import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface Crumb {
  label: string;
  href?: string;
}

/** Breadcrumbs, the page's one <h1>, a line of context and the page's actions. */
export function PageHeader({
  crumbs = [],
  title,
  meta,
  actions,
}: {
  crumbs?: Crumb[];
  title: string;
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb">
          <ol className="breadcrumbs">
            {crumbs.map((crumb, i) => (
              <li key={`${i}-${crumb.label}`}>{crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span>{crumb.label}</span>}</li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-header__row">
        <div className="page-header__text">
          <h1 className="page-header__title">{title}</h1>
          {meta && <div className="page-header__meta">{meta}</div>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
