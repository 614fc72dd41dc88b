import type { ReactNode } from 'react';

export interface Stat {
  label: string;
  value: ReactNode;
  /** A line under the number: what it means or how it is made up. */
  hint?: ReactNode;
  tone?: 'default' | 'positive' | 'warning';
}

/** Key figures in tiles: a label, a big number, a hint. */
export function StatGrid({ stats }: { stats: readonly Stat[] }) {
  return (
    <dl className="stats">
      {stats.map((s) => (
        <div key={s.label} className={`stat stat--${s.tone ?? 'default'}`}>
          <dt className="stat__label">{s.label}</dt>
          <dd className="stat__value">{s.value}</dd>
          {s.hint && <dd className="stat__hint">{s.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
