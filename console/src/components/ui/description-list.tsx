import type { ReactNode } from 'react';

/** Label/value pairs: the details of one object. */
export function DescriptionList({ items }: { items: { term: string; value: ReactNode }[] }) {
  return (
    <dl className="dl">
      {items.map((item) => (
        <div className="dl__row" key={item.term}>
          <dt className="dl__term">{item.term}</dt>
          <dd className="dl__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
