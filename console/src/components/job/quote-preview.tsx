import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../ui/badge';
import { LoadingState } from '../ui/states';
import type { ErrorInfo } from '../../lib/errors';
import { formatDuration } from '../../lib/jobs';
import type { QuotePlan } from '../../lib/job-form';
import { formatMicros } from '../../lib/money';

export const GpuQuotePreview = graphql(`
  fragment GpuQuotePreview on GpuQuote {
    allowed
    amount
    currency
    unitPrice
    hours
    gpus
    asOf
    gpuType {
      id
      code
    }
    region {
      id
      code
      name
    }
    refusals {
      reason
      field
      message
    }
    warnings
    quotas {
      quotaId
      exceeded
      message
    }
    candidates {
      chosen
      unitPrice
      region {
        id
        code
      }
      exclusions {
        reason
        message
      }
    }
  }
`);

export type GpuQuotePreviewRef = FragmentType<typeof GpuQuotePreview>;

/** One GPU type's quote as it stands: loading, failed, or priced. */
export interface QuoteSlot {
  gpuTypeId: string;
  code: string;
  fetching: boolean;
  error: ErrorInfo | null;
  quote: GpuQuotePreviewRef | null;
}

/**
 * The admission preview beside the form: for each acceptable GPU type, the price per GPU-hour,
 * the total for the maximum duration (what the spend cap holds while it runs), the region it would
 * go to, and whatever would refuse it (residency, quota, spend cap, commitment) — before sending.
 */
export function QuotePreview({ plan, slots }: { plan: QuotePlan; slots: readonly QuoteSlot[] }) {
  if (plan.kind === 'internal') {
    return <p className="muted">Internal work is the owner’s own: it is not priced and needs no quote.</p>;
  }
  if (plan.kind === 'incomplete') {
    return <p className="muted">Choose {plan.missing} to see the price and whether the job would be admitted.</p>;
  }
  return (
    <div className="quotes">
      {slots.map((slot, i) => (
        <QuoteBlock key={slot.gpuTypeId} slot={slot} preferred={i === 0 && slots.length > 1} />
      ))}
    </div>
  );
}

function QuoteBlock({ slot, preferred }: { slot: QuoteSlot; preferred: boolean }) {
  const q = slot.quote ? getFragmentData(GpuQuotePreview, slot.quote) : null;
  const title = (
    <header className="quote__head">
      <h3 className="quote__title">
        <code className="code-tag">{slot.code}</code>
        {preferred && <span className="muted"> preferred</span>}
      </h3>
      {q && !slot.fetching && <Badge tone={q.allowed ? 'success' : 'danger'}>{q.allowed ? 'Would be admitted' : 'Would be refused'}</Badge>}
    </header>
  );
  if (slot.error) {
    return (
      <section className="quote" aria-label={`Quote for ${slot.code}`}>
        {title}
        <p className="quote__error" role="alert">
          Could not price it: {slot.error.message}
        </p>
      </section>
    );
  }
  if (!q) {
    return (
      <section className="quote" aria-label={`Quote for ${slot.code}`}>
        {title}
        <LoadingState label="Pricing…" compact />
      </section>
    );
  }
  const currency = q.currency ?? 'USD';
  const seconds = Math.round(q.hours * 3600);
  const others = q.candidates.filter((c) => !c.chosen);
  return (
    <section className={slot.fetching ? 'quote quote--stale' : 'quote'} aria-label={`Quote for ${slot.code}`} aria-busy={slot.fetching}>
      {title}
      <dl className="quote__figures">
        <div>
          <dt>Per GPU-hour</dt>
          <dd className="money money--lg" data-testid="quote-unit-price">
            {q.unitPrice ? formatMicros(q.unitPrice, currency) : '—'}
          </dd>
        </div>
        <div>
          <dt>For the max duration</dt>
          <dd className="money money--lg" data-testid="quote-total">
            {q.amount ? formatMicros(q.amount, currency) : '—'}
          </dd>
          <dd className="quote__hint muted">
            {q.gpus} {q.gpus === 1 ? 'GPU' : 'GPUs'} × {formatDuration(seconds)}, held against the spend cap while it runs
          </dd>
        </div>
      </dl>
      <p className="quote__region">
        {q.region ? (
          <>
            Would run in {q.region.name} <code className="code-tag">{q.region.code}</code>
          </>
        ) : (
          'No region would take it.'
        )}
      </p>
      {q.refusals.length > 0 && (
        <ul className="quote__list quote__list--refusals" aria-label={`Why ${slot.code} would be refused`}>
          {q.refusals.map((r, i) => (
            <li key={`${r.reason}-${i}`}>
              <code className="code-tag">{r.reason}</code> {r.message}
            </li>
          ))}
        </ul>
      )}
      {q.warnings.length > 0 && (
        <ul className="quote__list quote__list--warnings" aria-label="Warnings">
          {q.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {q.quotas.some((x) => x.exceeded) && (
        <ul className="quote__list quote__list--refusals" aria-label="Quotas">
          {q.quotas
            .filter((x) => x.exceeded)
            .map((x) => (
              <li key={x.quotaId}>{x.message}</li>
            ))}
        </ul>
      )}
      {others.length > 0 && (
        <details className="quote__others">
          <summary>Other regions ({others.length})</summary>
          <ul className="plain-list">
            {others.map((c) => (
              <li key={c.region.id}>
                <code className="code-tag">{c.region.code}</code>{' '}
                {c.exclusions.length ? (
                  <span className="muted">{c.exclusions.map((x) => x.message).join('; ')}</span>
                ) : (
                  <span>{c.unitPrice ? `${formatMicros(c.unitPrice, currency)} per GPU-hour` : 'no price'}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
